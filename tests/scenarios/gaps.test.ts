/**
 * Behaviour of the first commands that an outside check found missing (issue 11, "Gaps"): ps
 * filters, events filters, inspect --type, detach keys, image references and ps sizes. Each was
 * checked on a real engine where the version does not matter (docs/commands.md).
 */
import { describe, expect, it } from 'vitest';
import { must, sim } from './helpers';

const names = async (s: ReturnType<typeof sim>, line: string): Promise<string[]> =>
  (await must(s, line)).stdout.split('\n').filter(Boolean);

/** web (labels app=web, tier), then two (created), then three: newest first in `docker ps`. */
async function three() {
  const s = sim();
  await must(s, 'docker run -d --name web --label app=web --label tier busybox sleep 100');
  await must(s, 'docker create --name two --label app=db busybox');
  await must(s, 'docker run -d --name three busybox sleep 50');
  return s;
}

describe('docker ps --filter (daemon/list.go)', () => {
  it('since=NAME lists only the containers created after it, newest first', async () => {
    const s = await three();
    expect(await names(s, "docker ps -a --filter since=web --format '{{.Names}}'")).toEqual(['three', 'two']);
  });

  it('before=NAME lists only the containers created before it, and does not imply --all', async () => {
    const s = await three();
    expect(await names(s, "docker ps -a --filter before=three --format '{{.Names}}'")).toEqual(['two', 'web']);
    expect(await names(s, "docker ps --filter before=three --format '{{.Names}}'")).toEqual(['web']);
  });

  it('since and before take a full ID too, but no ID prefix: a miss is the daemon’s No such container', async () => {
    const s = await three();
    const id = s.inspect('web')?.Id ?? '';
    expect(await names(s, `docker ps -a --filter since=${id} --format '{{.Names}}'`)).toEqual(['three', 'two']);
    expect(await s.exec(`docker ps -a --filter since=${id.slice(0, 12)}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: No such container: ${id.slice(0, 12)}\n`,
      exitCode: 1,
    });
  });

  it('label=KEY and label=KEY=VALUE must all hold', async () => {
    const s = await three();
    expect(await names(s, "docker ps -a --filter label=app --format '{{.Names}}'")).toEqual(['two', 'web']);
    expect(await names(s, "docker ps -a --filter label=app=web --filter label=tier --format '{{.Names}}'")).toEqual([
      'web',
    ]);
    expect(await names(s, "docker ps -a --filter label=app=db --filter label=tier --format '{{.Names}}'")).toEqual([]);
  });

  it('health= accepts only the four statuses, and a container without a healthcheck is none', async () => {
    const s = await three();
    expect(await names(s, "docker ps -a --filter health=none --format '{{.Names}}'")).toEqual(['three', 'two', 'web']);
    expect((await s.exec('docker ps --filter health=sick')).stderr).toBe(
      "Error response from daemon: invalid filter 'health=sick': invalid value for health (sick): must be one of none, starting, healthy, unhealthy\n",
    );
  });
});

describe('docker ps sizes (list.go: a template that reads .Size asks the daemon for sizes)', () => {
  it('--format {{.Size}} prints the writable layer and the image as virtual', async () => {
    const s = await three();
    expect((await must(s, "docker ps --format '{{.Names}} {{.Size}}'")).stdout).toBe(
      'three 0B (virtual 1.98MB)\nweb 0B (virtual 1.98MB)\n',
    );
  });

  it('{{json .}} reads every field, so its Size has the virtual size too', async () => {
    const s = await three();
    const row = JSON.parse((await must(s, "docker ps -l --format '{{json .}}'")).stdout) as { Size: string };
    expect(row.Size).toBe('0B (virtual 1.98MB)');
  });

  it('--size=false keeps the sizes unasked', async () => {
    const s = await three();
    expect((await must(s, "docker ps -l --size=false --format '{{.Size}}'")).stdout).toBe('0B\n');
  });
});

describe('docker ps --format shows --label values', () => {
  it('{{.Labels}} joins them sorted and {{.Label "k"}} reads one', async () => {
    const s = await three();
    expect((await must(s, `docker ps -a --filter name=web --format '{{.Labels}}|{{.Label "app"}}'`)).stdout).toBe(
      'app=web,tier=|web\n',
    );
    expect(s.inspect('web')?.Config.Labels).toEqual({ app: 'web', tier: '' });
  });
});

describe('docker events --filter (daemon/events/filter.go)', () => {
  const filtered = async (s: ReturnType<typeof sim>, filter: string) =>
    names(s, `docker events --since 0 --until 0s ${filter} --format '{{.Action}} {{.Actor.Attributes.name}}'`);

  it('label=KEY and label=KEY=VALUE match the labels copied into each event', async () => {
    const s = await three();
    expect(await filtered(s, '--filter label=tier')).toEqual(['create web', 'start web']);
    expect(await filtered(s, '--filter label=app=db')).toEqual(['create two']);
    expect(await filtered(s, '--filter label=app --filter label=tier')).toEqual(['create web', 'start web']);
  });

  it('image=busybox also matches events of busybox:latest (matchImage compares the name without its tag)', async () => {
    const s = sim();
    await must(s, 'docker create --name tagged busybox:latest');
    await must(s, 'docker create --name other alpine');
    expect(await filtered(s, '--filter image=busybox')).toEqual(['create tagged']);
    expect(await filtered(s, '--filter image=busybox:latest')).toEqual(['create tagged']);
  });

  it('image=busybox:latest does not match events of an image typed as busybox', async () => {
    const s = sim();
    await must(s, 'docker create --name plain busybox');
    expect(await filtered(s, '--filter image=busybox:latest')).toEqual([]);
  });

  it('container= matches a name by its prefix, as FuzzyMatch does', async () => {
    const s = await three();
    expect(await filtered(s, '--filter container=thr')).toEqual(['create three', 'start three']);
  });

  it('an unknown key filters nothing: the daemon never validates event filter keys (seen on a real engine)', async () => {
    const s = await three();
    expect(await filtered(s, '--filter foo=bar')).toHaveLength(5);
  });
});

describe('docker inspect --type', () => {
  it('--type=container for a missing container prints the daemon’s 404, not the untyped no-such-object', async () => {
    const s = sim();
    expect(await s.exec('docker inspect --type=container missing')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: missing\n',
      exitCode: 1,
    });
    expect((await s.exec('docker inspect missing')).stderr).toBe('error: no such object: missing\n');
  });

  it('--type=container finds containers as the untyped inspect does', async () => {
    const s = await three();
    expect((await must(s, "docker inspect --type=container -f '{{.Name}}' web")).stdout).toBe('/web\n');
  });
});

describe('--detach-keys (hijack.go validateDetachKeys)', () => {
  it('docker start --detach-keys shift-a is refused before anything starts', async () => {
    const s = sim();
    await must(s, 'docker create --name web busybox sleep 100');
    expect(await s.exec('docker start --detach-keys shift-a web')).toEqual({
      stdout: '',
      stderr: "invalid detach keys (shift-a): Unknown character: 'shift-a'\n",
      exitCode: 1,
    });
    expect(s.inspect('web')?.State.Status).toBe('created');
  });

  it('docker run --detach-keys with an unknown key creates nothing', async () => {
    const s = sim();
    expect(await s.exec('docker run -d --detach-keys ctrl-x,y,DEL,bad --name web busybox')).toEqual({
      stdout: '',
      stderr: "invalid detach keys (ctrl-x,y,DEL,bad): Unknown character: 'bad'\n",
      exitCode: 1,
    });
    expect(s.events()).toEqual([]);
  });

  it('accepts single characters, ctrl- names and DEL', async () => {
    const s = sim();
    await must(s, 'docker run -d --detach-keys ctrl-x,y,DEL,ctrl-@ --name web busybox sleep 5');
  });
});

describe('image references (distribution/reference)', () => {
  it('docker run busybox@foo is an invalid reference format, exit 125, and creates nothing', async () => {
    const s = sim();
    expect(await s.exec('docker run busybox@foo')).toEqual({
      stdout: '',
      stderr: "docker: invalid reference format\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
  });

  it('docker create checks the digest: a short one is refused with exit 1', async () => {
    const s = sim();
    expect(await s.exec(`docker create busybox@sha256:${'a'.repeat(40)}`)).toEqual({
      stdout: '',
      stderr: 'invalid checksum digest length\n',
      exitCode: 1,
    });
    expect((await s.exec(`docker create busybox@md5:${'a'.repeat(32)}`)).stderr).toBe('unsupported digest algorithm\n');
  });

  it('a well-formed digest of a catalog image runs', async () => {
    const s = sim();
    await must(s, `docker run -d --name pinned busybox@sha256:${'ab'.repeat(32)} sleep 5`);
    expect(s.inspect('pinned')?.Config.Image).toBe(`busybox@sha256:${'ab'.repeat(32)}`);
  });
});
