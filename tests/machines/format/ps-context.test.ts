import { describe, expect, it } from 'vitest';
import { EMPTY_SUMMARY, psFields, type PsSummary } from '../../../machines/format/ps-context';
import { NOW } from './fixtures';

const field = (over: Partial<PsSummary>, name: string, trunc = true): unknown =>
  psFields({ ...EMPTY_SUMMARY, ...over }, trunc, NOW)[name];

describe('ContainerContext fields (cases from formatter/container_test.go)', () => {
  it('ID is truncated to 12 unless --no-trunc', () => {
    const id = 'b2c4e6f8a0b1324354657687980a1b2cb2c4e6f8a0b1324354657687980a1b2c';
    expect(field({ ID: id }, 'ID')).toBe('b2c4e6f8a0b1');
    expect(field({ ID: id }, 'ID', false)).toBe(id);
  });

  it('Names drops the slash and, truncated, legacy link names', () => {
    expect(field({ Names: ['/foobar_baz'] }, 'Names')).toBe('foobar_baz');
    expect(field({ Names: ['/other/link', '/web'] }, 'Names')).toBe('web');
    expect(field({ Names: ['/web', '/other/link'] }, 'Names', false)).toBe('web,other/link');
  });

  it('Image shows a short ID when the image is referenced by ID, and <no image> when empty', () => {
    const over = {
      Image: 'a5a665ff33eced1e0803148700880edab4',
      ImageID: 'a5a665ff33eced1e0803148700880edab4269067ed77e27737a708d0d293fbf5',
    };
    expect(field(over, 'Image')).toBe('a5a665ff33ec');
    expect(field(over, 'Image', false)).toBe('a5a665ff33eced1e0803148700880edab4');
    expect(field({ Image: '' }, 'Image')).toBe('<no image>');
  });

  it('Command is quoted', () => {
    expect(field({ Command: "sh -c 'ls -la'" }, 'Command')).toBe(`"sh -c 'ls -la'"`);
  });

  it('RunningFor counts from the whole second of creation', () => {
    expect(field({ Created: Math.floor(NOW / 1000) - 65 }, 'RunningFor')).toBe('About a minute ago');
  });

  it('Size shows the writable layer and the virtual size', () => {
    expect(field({ SizeRw: 10 }, 'Size')).toBe('10B');
    expect(field({ SizeRw: 10, SizeRootFs: 20 }, 'Size')).toBe('10B (virtual 20B)');
  });

  it('Labels are sorted key=value pairs; no labels is empty', () => {
    expect(field({ Labels: { storage: 'ssd', cpu: '6' } }, 'Labels')).toBe('cpu=6,storage=ssd');
    expect(field({}, 'Labels')).toBe('');
  });

  it('Mounts prefers the volume name and ellipsises it to 15 when truncating', () => {
    const mounts = [
      {
        Name: 'this-is-a-long-volume-name-and-will-be-truncated-if-trunc-is-set',
        Driver: 'local',
        Source: '/a/path',
      },
    ];
    expect(field({ Mounts: mounts }, 'Mounts')).toBe('this-is-a-long…');
    expect(field({ Mounts: [{ Name: '', Driver: 'local', Source: '/a/path' }] }, 'Mounts', false)).toBe('/a/path');
    expect(field({ Mounts: mounts }, 'LocalVolumes')).toBe('1');
  });

  it('HealthStatus falls back to the "(health: …)" suffix of Status', () => {
    expect(field({ Health: 'healthy' }, 'HealthStatus')).toBe('healthy');
    expect(field({ Status: 'Up 2 minutes (health: starting)' }, 'HealthStatus')).toBe('starting');
    expect(field({ Status: 'Up 2 minutes (Paused)' }, 'HealthStatus')).toBe('');
  });

  it('Platform is nil without a manifest descriptor', () => {
    expect(field({}, 'Platform')).toBeNull();
  });

  it('the key set of {{json .}} is every method without arguments', () => {
    expect(Object.keys(psFields(EMPTY_SUMMARY, true, NOW))).toEqual([
      'Command',
      'CreatedAt',
      'HealthStatus',
      'ID',
      'Image',
      'Labels',
      'LocalVolumes',
      'Mounts',
      'Names',
      'Networks',
      'Platform',
      'Ports',
      'RunningFor',
      'Size',
      'State',
      'Status',
    ]);
  });
});
