/**
 * `docker images` and `docker pull` over the simulator's catalog: the engine already has every
 * catalog image (images.ts), so images lists them as the v29 CLI prints them and pull answers as
 * an engine that is up to date (image/list.go, image/tree.go, image/pull.go; image_pull.go).
 */
import { describe, expect, it } from 'vitest';
import { IMAGE_NAMES } from '../../machines/index';
import { must, sim } from './helpers';

describe('with no containers', () => {
  it('docker images prints the v29 image tree of the whole catalog, sorted by name, without a terminal', async () => {
    const r = await must(sim(), 'docker images');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines[2]).toMatch(/^busybox:latest {7}[0-9a-f]{12} {7}1\.98MB {10}935kB {8}$/);
    expect(lines.slice(1, -1).map((l) => l.split(' ')[0])).toEqual([...IMAGE_NAMES].sort().map((n) => `${n}:latest`));
    expect(r.stderr).toBe('');
  });

  it('docker images -q prints the short image IDs, newest image first', async () => {
    const r = await must(sim(), 'docker images -q');
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(IMAGE_NAMES.length);
    for (const id of r.stdout.split('\n').filter(Boolean)) expect(id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('docker images REPOSITORY filters by reference, and --format reads the image context', async () => {
    const r = await must(sim(), "docker images --format '{{.Repository}}:{{.Tag}} {{.Size}} {{.Containers}}' busybox");
    expect(r.stdout).toBe('busybox:latest 1.98MB 0\n');
    const glob = await must(sim(), "docker image ls --format '{{.Repository}}' 'h*'");
    expect(glob.stdout).toBe('httpd\nhello-world\n');
  });

  it('docker images ls finds nothing and says what was meant', async () => {
    const r = await sim().exec('docker images ls');
    expect(r.stderr).toBe('No images found matching "ls": did you mean "docker image ls"?\n');
    expect(r.exitCode).toBe(0);
  });

  it('docker pull busybox answers as an engine that has it: up to date, then the full name', async () => {
    const r = await must(sim(), 'docker pull busybox');
    expect(r.stdout).toMatch(
      /^Using default tag: latest\nlatest: Pulling from library\/busybox\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for busybox:latest\ndocker\.io\/library\/busybox:latest\n$/,
    );
  });

  it('docker pull with a tag keeps the tag, and -q prints only the name', async () => {
    const s = sim();
    expect((await must(s, 'docker pull nginx:1.27')).stdout).toMatch(
      /^1\.27: Pulling from library\/nginx\nDigest: sha256:[0-9a-f]{64}\nStatus: Image is up to date for nginx:1\.27\ndocker\.io\/library\/nginx:1\.27\n$/,
    );
    expect(await s.exec('docker image pull -q redis')).toEqual({
      stdout: 'docker.io/library/redis:latest\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('docker pull of an image outside the catalog fails as docker run does', async () => {
    const s = sim();
    expect(await s.exec('docker pull nosuchimage')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr:
        "Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      exitCode: 1,
    });
    expect(s.events()).toEqual([]);
  });

  it('docker pull checks the reference first', async () => {
    expect(await sim().exec('docker pull busybox@foo')).toEqual({
      stdout: '',
      stderr: 'invalid reference format\n',
      exitCode: 1,
    });
    expect((await sim().exec('docker pull -a busybox:1.36')).stderr).toBe("tag can't be used with --all-tags/-a\n");
  });
});

describe('with a container', () => {
  it('docker images marks the image in use with U in EXTRA', async () => {
    const s = sim();
    await must(s, 'docker create --name web nginx:1.27');
    const rows = (await must(s, 'docker images')).stdout.split('\n');
    expect(rows.find((l) => l.startsWith('nginx:latest'))).toMatch(/ {3}U {4}$/);
    expect(rows.find((l) => l.startsWith('redis:latest'))).toMatch(/ {8}$/);
  });
});
