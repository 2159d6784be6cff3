/**
 * Scenarios around `exited` containers and `--rm` (AutoRemove): natural exits, stop/kill removal,
 * the docker restart exception and the --rm/--restart conflict (docker-lifecycle.md §2.2, §3 E19,
 * §4, §5 restart, §6).
 */
import { describe, expect, it } from 'vitest';
import {
  RUN_HELP,
  dieStopCanonical,
  eventsOf,
  idOf,
  info,
  labels,
  must,
  sim,
  sinceT0,
  state,
  tFinished,
} from './helpers';

describe('exited', () => {
  it('docker start on an exited container runs it again with ExitCode back to 0', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker kill web');
    await s.advance(2000);
    expect(await s.exec('docker start web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137', 'start']);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', ExitCode: 0 });
    expect(tFinished(s, 'web')).toBe(0);
  });

  it('an exited container answers stop with its name (304, no events) and kill with E9', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker kill web');
    const mark = s.events().length;
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker kill web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker kill -s HUP web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker pause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });

  it('docker restart on an exited container: start, restart', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker kill web');
    const mark = s.events().length;
    await must(s, 'docker restart web');
    expect(labels(eventsOf(s, id, mark))).toEqual(['start', 'restart']);
  });

  it('docker rm on an exited container: destroy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker kill web');
    expect(await s.exec('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137', 'destroy']);
    expect(s.inspect(id)).toBeUndefined();
  });

  it('docker ps -a shows Exited (code) … ago, counting from FinishedAt', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web busybox sleep 1000');
    await s.advance(30_000);
    await must(s, 'docker kill web');
    await s.advance(2000);
    expect(await s.exec("docker ps -a --format '{{.Names}} {{.Status}}'")).toEqual({
      stdout: 'web Exited (137) 2 seconds ago\n',
      stderr: '',
      exitCode: 0,
    });
    await s.advance(60_000);
    expect(await s.exec("docker ps -a --format '{{.Status}}'")).toEqual({
      stdout: 'Exited (137) About a minute ago\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await s.exec("docker ps --format '{{.Names}}'")).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('a --rm container that exits by itself is removed: die then destroy, and inspect finds nothing', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name job busybox sleep 5');
    expect(info(s, 'job').HostConfig.AutoRemove).toBe(true);
    await s.advance(5000);
    const evs = eventsOf(s, id);
    expect(labels(evs)).toEqual(['create', 'start', 'die exitCode=0', 'destroy']);
    expect(sinceT0(evs[2])).toBe(5000);
    expect(sinceT0(evs[3])).toBe(5000);
    expect(s.inspect('job')).toBeUndefined();
    expect(s.inspect(id)).toBeUndefined();
    await must(s, 'docker create --name job busybox');
  });

  it('foreground docker run --rm waits for the removal and exits with the container code', async () => {
    const s = sim();
    expect(await s.exec("docker run --rm --name job busybox sh -c 'sleep 2; exit 4'")).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 4,
    });
    expect(labels(s.events())).toEqual(['create', 'attach', 'start', 'die exitCode=4', 'destroy']);
    expect(s.inspect('job')).toBeUndefined();
  });

  it('docker stop on a --rm container: kill, die, stop, then destroy; nothing is left', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name web busybox top');
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    const seq = labels(eventsOf(s, id));
    expect(seq.at(-1)).toBe('destroy');
    expect(dieStopCanonical(seq.slice(0, -1))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'die exitCode=143',
      'stop',
    ]);
    expect(s.inspect('web')).toBeUndefined();
    expect(await s.exec("docker ps -a --format '{{.Names}}'")).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('docker kill on a --rm container: kill 9, die 137, destroy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name web busybox sleep 1000');
    await must(s, 'docker kill web');
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('an OOM kill of a --rm container removes it too', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name web busybox sleep 1000');
    await s.inject('web', { type: 'oom' });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'oom', 'die exitCode=137', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('docker restart on a --rm container does not remove it: it is running again afterwards', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name web busybox sleep 1000');
    expect(await s.exec('docker restart -t 1 web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(dieStopCanonical(labels(eventsOf(s, id)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'kill signal=9',
      'die exitCode=137',
      'stop',
      'start',
      'restart',
    ]);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Running: true });
    expect(info(s, 'web').HostConfig.AutoRemove).toBe(true);
  });

  it('after a docker restart, a --rm container is removed again at its next exit', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name web busybox sleep 1000');
    await must(s, 'docker restart -t 0 web');
    const mark = s.events().length;
    await must(s, 'docker kill web');
    expect(labels(eventsOf(s, id, mark))).toEqual(['kill signal=9', 'die exitCode=137', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('docker run --rm with --restart always is refused by the CLI (E19), exit 125, nothing created', async () => {
    const s = sim();
    expect(await s.exec('docker run -d --rm --restart always busybox sleep 5')).toEqual({
      stdout: '',
      stderr: `docker: conflicting options: cannot specify both --restart and --rm${RUN_HELP}\n`,
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
  });

  it('docker create --rm with --restart on-failure:3 is refused with the create --help hint, exit 125', async () => {
    const s = sim();
    expect(await s.exec('docker create --rm --restart on-failure:3 busybox')).toEqual({
      stdout: '',
      stderr:
        "docker: conflicting options: cannot specify both --restart and --rm\n\nRun 'docker create --help' for more information\n",
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
  });

  it('--rm with --restart no is allowed', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --restart no --name job busybox sleep 1');
    await s.advance(1000);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0', 'destroy']);
  });

  it('a --rm container that never started stays until it is started (create does not remove)', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --rm --name job busybox sleep 1');
    await s.advance(60_000);
    expect(state(s, 'job').Status).toBe('created');
    await must(s, 'docker start job');
    await s.advance(1000);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0', 'destroy']);
  });
});
