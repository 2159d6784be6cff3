import { describe, expect, it } from 'vitest';
import { ellipsis, truncateId } from '../../../machines/format/display';

describe('TruncateID', () => {
  it('keeps the first 12 characters', () => {
    expect(truncateId('a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90')).toBe('a1b2c3d4e5f6');
  });

  it('drops an algorithm prefix first', () => {
    expect(truncateId('sha256:a5a665ff33eced1e0803148700880edab4269067')).toBe('a5a665ff33ec');
  });
});

describe('Ellipsis', () => {
  it('shows a long ASCII command as 19 characters and an ellipsis', () => {
    expect(ellipsis('docker-entrypoint.sh postgres', 20)).toBe('docker-entrypoint.s…');
  });

  it('leaves text that fits', () => {
    expect(ellipsis('sleep 1000', 20)).toBe('sleep 1000');
    expect(ellipsis('12345678901234567890', 20)).toBe('12345678901234567890');
  });

  it('counts wide characters as two columns', () => {
    expect(ellipsis('名前名前名前', 6)).toBe('名前…');
  });

  it('appends no ellipsis at width 1 and returns nothing at width 0', () => {
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 0)).toBe('');
  });
});
