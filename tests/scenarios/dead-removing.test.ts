/**
 * `dead` and `removing`, reached through the removal faults: a teardown that fails leaves the
 * container dead, a slow one shows removing (docker-lifecycle.md §1.1, §3 E3/E5/E9/E12/E16, §4, §5 rm, §8).
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, idOf, info, labels, must, sim, sinceT0, state } from './helpers';

const TEARDOWN = /^Error response from daemon: cannot remove container "web": unable to remove filesystem: .+\n$/;

describe('dead', () => {
  it('when the teardown fails, rm prints the filesystem error, exit 1, and leaves the container dead with no destroy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-fails' });
    const r = await s.exec('docker rm web');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(TEARDOWN);
    expect(labels(eventsOf(s, id))).toEqual(['create']);
    expect(state(s, 'web')).toMatchObject({ Status: 'dead', Dead: true, Running: false });
  });

  it('a second docker rm retries the removal of a dead container and succeeds: destroy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-fails' });
    await s.exec('docker rm web');
    expect(await s.exec('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('rm -f on a running container whose teardown fails: kill 9, die 137, and it is left dead', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-fails' });
    const r = await s.exec('docker rm -f web');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(TEARDOWN);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137']);
    expect(state(s, 'web')).toMatchObject({ Status: 'dead', Dead: true, ExitCode: 137 });
    expect(await s.exec('docker rm -f web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id)).at(-1)).toBe('destroy');
  });

  it('a dead container refuses start (E3), restart (E12), pause (E5) and kill (E9); stop is a 304', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-fails' });
    await s.exec('docker rm web');
    const mark = s.events().length;
    expect(await s.exec('docker start web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: container is marked for removal and cannot be started\nfailed to start containers: web\n',
      exitCode: 1,
    });
    expect(await s.exec('docker restart web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: Cannot restart container web: container is marked for removal and cannot be started\n',
      exitCode: 1,
    });
    expect(await s.exec('docker pause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker unpause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker kill web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'web').Status).toBe('dead');
  });

  it('docker ps -a shows a dead container as Dead', async () => {
    const s = sim();
    await must(s, 'docker create --name web busybox');
    await s.inject('web', { type: 'rm-fails' });
    await s.exec('docker rm web');
    expect(await s.exec("docker ps -a --format '{{.Names}} {{.Status}}'")).toEqual({
      stdout: 'web Dead\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await s.exec("docker ps -a --filter status=dead --format '{{.Names}}'")).toEqual({
      stdout: 'web\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('the removal fault is used up by one rm: a fresh container with no fault is removed normally', async () => {
    const s = sim();
    await must(s, 'docker create --name web busybox');
    await s.inject('web', { type: 'rm-fails' });
    await s.exec('docker rm web');
    await must(s, 'docker rm web');
    await must(s, 'docker create --name web busybox');
    expect(await s.exec('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
  });
});

describe('removing', () => {
  it('a slow teardown shows removing until it ends, then destroy and the rm returns the name', async () => {
    const s = sim({ autoAdvance: false });
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-slow', ms: 5000 });
    const pending = s.exec('docker rm web');
    expect(state(s, 'web')).toMatchObject({ Status: 'removing', Running: false });
    await s.advance(4999);
    expect(state(s, 'web').Status).toBe('removing');
    expect(labels(eventsOf(s, id))).toEqual(['create']);
    await s.advance(1);
    expect(await pending).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    const evs = eventsOf(s, id);
    expect(labels(evs)).toEqual(['create', 'destroy']);
    expect(sinceT0(evs[1])).toBe(5000);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('a second rm while the first is removing fails with E16, with or without -f', async () => {
    const s = sim({ autoAdvance: false });
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-slow', ms: 5000 });
    const pending = s.exec('docker rm web');
    expect(await s.exec('docker rm web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: removal of container web is already in progress\n',
      exitCode: 1,
    });
    expect(await s.exec('docker rm -f web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: removal of container web is already in progress\n',
      exitCode: 1,
    });
    await s.advance(5000);
    expect(await pending).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'destroy']);
  });

  it('a removing container refuses start (E3), restart (E12), pause (E5), unpause (E8) and kill (E9); stop is a 304', async () => {
    const s = sim({ autoAdvance: false });
    const id = await idOf(s, 'docker create --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-slow', ms: 5000 });
    const pending = s.exec('docker rm web');
    expect(await s.exec('docker start web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: container is marked for removal and cannot be started\nfailed to start containers: web\n',
      exitCode: 1,
    });
    expect(await s.exec('docker restart web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: Cannot restart container web: container is marked for removal and cannot be started\n',
      exitCode: 1,
    });
    expect(await s.exec('docker pause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker unpause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker kill web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create']);
    await s.advance(5000);
    await pending;
  });

  it('docker ps -a shows Removal In Progress while the teardown runs', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, 'docker create --name web busybox');
    await s.inject('web', { type: 'rm-slow', ms: 3000 });
    const pending = s.exec('docker rm web');
    expect(await s.exec("docker ps -a --format '{{.Names}} {{.Status}}'")).toEqual({
      stdout: 'web Removal In Progress\n',
      stderr: '',
      exitCode: 0,
    });
    await s.advance(3000);
    await pending;
    expect(await s.exec("docker ps -a --format '{{.Names}}'")).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('with autoAdvance, a slow rm simply takes its time: the destroy comes after the teardown', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox');
    await s.advance(1000);
    await s.inject('web', { type: 'rm-slow', ms: 2500 });
    expect(await s.exec('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(sinceT0(eventsOf(s, id).at(-1))).toBe(3500);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('rm -f of a running container with a slow teardown: kill 9 and die 137 at once, destroy after the teardown', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.inject('web', { type: 'rm-slow', ms: 2000 });
    expect(await s.exec('docker rm -f web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    const evs = eventsOf(s, id);
    expect(labels(evs)).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137', 'destroy']);
    expect(evs.map(sinceT0)).toEqual([0, 0, 0, 0, 2000]);
  });

  it('inspect of a removing container still shows its ID and name', async () => {
    const s = sim({ autoAdvance: false });
    const id = await idOf(s, 'docker create --name web busybox');
    await s.inject('web', { type: 'rm-slow', ms: 1000 });
    const pending = s.exec('docker rm web');
    expect(info(s, 'web')).toMatchObject({ Id: id, Name: '/web' });
    await s.advance(1000);
    await pending;
  });
});
