/**
 * Restart policies and the `restarting` state: counts, the back-off, and what stop/kill/rm/restart
 * do during it (docker-lifecycle.md §1.1, §2.2, §4, §5 kill, §7).
 */
import { describe, expect, it } from 'vitest';
import {
  backoffGaps,
  count,
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
  tStarted,
} from './helpers';

describe('restarting', () => {
  it('on-failure:3 with false: 4 starts, 4 dies, RestartCount 3, then exited with 1', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart on-failure:3 busybox false');
    expect(info(s, 'job').HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 3 });
    await s.advance(10_000);
    const evs = eventsOf(s, id);
    expect(labels(evs)).toEqual([
      'create',
      'start',
      'die exitCode=1',
      'start',
      'die exitCode=1',
      'start',
      'die exitCode=1',
      'start',
      'die exitCode=1',
    ]);
    expect(count(evs, 'restart')).toBe(0);
    expect(backoffGaps(evs)).toEqual([100, 200, 400]);
    const c = info(s, 'job');
    expect(c.RestartCount).toBe(3);
    expect(c.State).toMatchObject({ Status: 'exited', Running: false, Restarting: false, ExitCode: 1 });
    expect(tFinished(s, 'job')).toBe(700);
  });

  it('right after the first failure the container is restarting: Running and Restarting true, RestartCount 1, Pid 0', async () => {
    const s = sim();
    await must(s, 'docker run -d --name job --restart on-failure:3 busybox false');
    const c = info(s, 'job');
    expect(c.State).toMatchObject({
      Status: 'restarting',
      Running: true,
      Restarting: true,
      Paused: false,
      Pid: 0,
      ExitCode: 1,
    });
    expect(c.RestartCount).toBe(1);
  });

  it('docker ps lists a restarting container as Restarting (code) … ago', async () => {
    const s = sim();
    await must(s, 'docker run -d --name job --restart always busybox false');
    expect(await s.exec("docker ps --format '{{.Names}} {{.Status}}'")).toEqual({
      stdout: 'job Restarting (1) Less than a second ago\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('on-failure does not restart after exit 0', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart on-failure busybox true');
    await s.advance(60_000);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0']);
    expect(info(s, 'job').RestartCount).toBe(0);
    expect(state(s, 'job').Status).toBe('exited');
  });

  it('always restarts after exit 0 too', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox sleep 1000');
    await s.inject('job', { type: 'exit', code: 0 });
    await s.advance(100);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0', 'start']);
    expect(state(s, 'job').Status).toBe('running');
    expect(info(s, 'job').RestartCount).toBe(1);
  });

  it('the back-off doubles from 100 ms (100, 200, 400, 800 … ms between die and start) and is capped at 60 s', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    await s.advance(400_000);
    const gaps = backoffGaps(eventsOf(s, id));
    expect(gaps.slice(0, 13)).toEqual([
      100, 200, 400, 800, 1600, 3200, 6400, 12_800, 25_600, 51_200, 60_000, 60_000, 60_000,
    ]);
    expect(Math.max(...gaps)).toBe(60_000);
    expect(count(eventsOf(s, id), 'restart')).toBe(0);
  });

  it('no event is logged during a back-off, and the start comes exactly when it ends', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox sleep 1000');
    await s.inject('job', { type: 'exit', code: 1 });
    await s.advance(99);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=1']);
    expect(state(s, 'job').Status).toBe('restarting');
    await s.advance(1);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=1', 'start']);
    expect(sinceT0(eventsOf(s, id).at(-1))).toBe(100);
    expect(state(s, 'job')).toMatchObject({ Status: 'running', Restarting: false, ExitCode: 0 });
  });

  it('a run of 10 s or more resets the back-off to 100 ms; a run of 9.999 s does not', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox sleep 1000');
    const fail = async () => s.inject('job', { type: 'exit', code: 1 });
    await fail(); // ran 0 s → 100 ms
    await s.advance(100);
    await fail(); // → 200 ms
    await s.advance(200);
    await fail(); // → 400 ms
    await s.advance(400);
    await s.advance(9999);
    await fail(); // ran 9.999 s → 800 ms
    await s.advance(800);
    await s.advance(10_000);
    await fail(); // ran 10 s → reset → 100 ms
    await s.advance(100);
    await fail(); // → 200 ms
    await s.advance(200);
    expect(backoffGaps(eventsOf(s, id))).toEqual([100, 200, 400, 800, 100, 200]);
    expect(info(s, 'job').RestartCount).toBe(6);
  });

  it("sh -c 'sleep 10; exit 1' with --restart always restarts every 100 ms: each 10 s run resets the back-off", async () => {
    const s = sim();
    const id = await idOf(s, "docker run -d --name job --restart always busybox sh -c 'sleep 10; exit 1'");
    await s.advance(35_000);
    const evs = eventsOf(s, id);
    expect(backoffGaps(evs)).toEqual([100, 100, 100]);
    expect(evs.filter((e) => e.Action === 'die').map(sinceT0)).toEqual([10_000, 20_100, 30_200]);
    expect(evs.filter((e) => e.Action === 'die').map((e) => e.Actor.Attributes.execDuration)).toEqual([
      '10',
      '10',
      '10',
    ]);
  });

  it('docker stop during the back-off logs only stop; the container ends exited with the previous exit code', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    await s.advance(1000); // dies at 0, 100, 300, 700 (RestartCount 4); waiting 800 ms until 1500
    expect(state(s, 'job').Status).toBe('restarting');
    const mark = s.events().length;
    expect(await s.exec('docker stop job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    const evs = eventsOf(s, id, mark);
    expect(labels(evs)).toEqual(['stop']);
    expect(sinceT0(evs[0])).toBe(1000);
    expect(state(s, 'job')).toMatchObject({ Status: 'exited', Running: false, Restarting: false, ExitCode: 1 });
    expect(info(s, 'job').RestartCount).toBe(4);
    await s.advance(120_000);
    expect(labels(eventsOf(s, id, mark))).toEqual(['stop']);
  });

  it('docker kill during the back-off logs nothing at all and the container ends exited', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    const mark = s.events().length;
    expect(await s.exec('docker kill job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    await s.advance(120_000);
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'job')).toMatchObject({ Status: 'exited', Running: false, Restarting: false, ExitCode: 1 });
  });

  it('docker kill -s HUP during the back-off sends nothing but still cancels the policy: exited, no events', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    const mark = s.events().length;
    expect(await s.exec('docker kill -s HUP job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    await s.advance(120_000);
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'job')).toMatchObject({ Status: 'exited', ExitCode: 1 });
  });

  it('docker rm -f during the back-off logs only destroy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    const mark = s.events().length;
    expect(await s.exec('docker rm -f job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id, mark))).toEqual(['destroy']);
    expect(s.inspect('job')).toBeUndefined();
    await s.advance(120_000);
    expect(labels(eventsOf(s, id, mark))).toEqual(['destroy']);
  });

  it('docker rm without -f during the back-off fails with E14', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    const mark = s.events().length;
    expect(await s.exec('docker rm job')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "job": container is restarting: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'job').Status).toBe('restarting');
  });

  it('docker pause during the back-off fails with E7; docker start is a 304 that prints the name', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox false');
    const mark = s.events().length;
    expect(await s.exec('docker pause job')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is restarting, wait until the container is running\n`,
      exitCode: 1,
    });
    expect(await s.exec('docker start job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker unpause job')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'job').Status).toBe('restarting');
  });

  it('docker restart during the back-off: stop, start, restart; running with RestartCount 0', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart always busybox sleep 1000');
    await s.inject('job', { type: 'exit', code: 1 });
    expect(state(s, 'job').Status).toBe('restarting');
    const mark = s.events().length;
    expect(await s.exec('docker restart job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id, mark))).toEqual(['stop', 'start', 'restart']);
    expect(state(s, 'job')).toMatchObject({ Status: 'running', Restarting: false, ExitCode: 0 });
    expect(info(s, 'job').RestartCount).toBe(0);
    // The policy is live again, with a fresh back-off.
    await s.advance(5000);
    await s.inject('job', { type: 'exit', code: 2 });
    await s.advance(100);
    expect(labels(eventsOf(s, id, mark))).toEqual(['stop', 'start', 'restart', 'die exitCode=2', 'start']);
  });

  it('a manual docker start resets RestartCount to 0', async () => {
    const s = sim();
    await must(s, 'docker run -d --name job --restart on-failure:5 busybox sleep 1000');
    await s.inject('job', { type: 'exit', code: 1 });
    await s.advance(100);
    await s.inject('job', { type: 'exit', code: 1 });
    await s.advance(200);
    expect(info(s, 'job').RestartCount).toBe(2);
    await must(s, 'docker stop -t 0 job');
    expect(info(s, 'job').RestartCount).toBe(2);
    await must(s, 'docker start job');
    expect(info(s, 'job').RestartCount).toBe(0);
    expect(state(s, 'job').Status).toBe('running');
  });

  it('after on-failure:3 gives up, docker start gives it three fresh retries', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart on-failure:3 busybox false');
    await s.advance(10_000);
    const mark = s.events().length;
    expect(await s.exec('docker start job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    await s.advance(10_000);
    const evs = eventsOf(s, id, mark);
    expect(labels(evs)).toEqual([
      'start',
      'die exitCode=1',
      'start',
      'die exitCode=1',
      'start',
      'die exitCode=1',
      'start',
      'die exitCode=1',
    ]);
    expect(backoffGaps(evs)).toEqual([100, 200, 400]);
    expect(info(s, 'job').RestartCount).toBe(3);
  });

  it('kill -s HUP on a --restart always container without STOPSIGNAL cancels the policy: a later exit does not restart', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always busybox sleep 1000');
    expect(await s.exec('docker kill -s HUP web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(state(s, 'web').Status).toBe('running');
    await s.advance(5000);
    await s.inject('web', { type: 'exit', code: 1 });
    await s.advance(120_000);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=1', 'die exitCode=1']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 1 });
    expect(info(s, 'web').RestartCount).toBe(0);
  });

  it('after the HUP cancelled the policy, a manual start brings the policy back', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always busybox sleep 1000');
    await must(s, 'docker kill -s HUP web');
    await s.inject('web', { type: 'exit', code: 1 });
    await must(s, 'docker start web');
    const mark = s.events().length;
    await s.inject('web', { type: 'exit', code: 1 });
    await s.advance(100);
    expect(labels(eventsOf(s, id, mark))).toEqual(['die exitCode=1', 'start']);
  });

  it('kill -s HUP on nginx (STOPSIGNAL QUIT) with --restart always does not cancel the policy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always nginx');
    await must(s, 'docker kill -s HUP web');
    await s.inject('web', { type: 'exit', code: 1 });
    await s.advance(100);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'kill signal=1', 'die exitCode=1', 'start']);
    expect(info(s, 'web').RestartCount).toBe(1);
  });

  it('unless-stopped does not restart after docker stop', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart unless-stopped busybox top');
    await must(s, 'docker stop web');
    await s.advance(120_000);
    expect(dieStopCanonical(labels(eventsOf(s, id)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'die exitCode=143',
      'stop',
    ]);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 143 });
  });

  it('always does not restart after docker stop or docker kill either', async () => {
    const s = sim();
    const a = await idOf(s, 'docker run -d --name aa --restart always busybox top');
    const b = await idOf(s, 'docker run -d --name bb --restart always busybox top');
    await must(s, 'docker stop aa');
    await must(s, 'docker kill bb');
    await s.advance(120_000);
    expect(count(eventsOf(s, a), 'start')).toBe(1);
    expect(count(eventsOf(s, b), 'start')).toBe(1);
    expect(state(s, 'aa').Status).toBe('exited');
    expect(state(s, 'bb')).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });

  it('unless-stopped restarts after a crash like always', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart unless-stopped busybox sleep 1000');
    await s.inject('web', { type: 'exit', code: 0 });
    await s.advance(100);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0', 'start']);
  });

  it('an OOM kill under on-failure: oom, die 137, then a policy start that clears OOMKilled', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart on-failure busybox sleep 1000');
    await s.inject('web', { type: 'oom' });
    expect(state(s, 'web')).toMatchObject({ Status: 'restarting', OOMKilled: true, ExitCode: 137 });
    await s.advance(100);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'oom', 'die exitCode=137', 'start']);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', OOMKilled: false, ExitCode: 0 });
    expect(info(s, 'web').RestartCount).toBe(1);
  });

  it('a policy restart moves StartedAt to the restart and FinishedAt to the last exit', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web --restart always busybox sleep 1000');
    await s.advance(3000);
    await s.inject('web', { type: 'exit', code: 1 });
    expect(tFinished(s, 'web')).toBe(3000);
    await s.advance(100);
    expect(tStarted(s, 'web')).toBe(3100);
    expect(tFinished(s, 'web')).toBe(3000);
  });

  it('docker stop on a running container with --restart always: kill, die, stop, and no restart', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always busybox sleep 1000');
    await must(s, 'docker stop -t 1 web');
    await s.advance(120_000);
    expect(dieStopCanonical(labels(eventsOf(s, id)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'kill signal=9',
      'die exitCode=137',
      'stop',
    ]);
  });
  it('docker stop -s TERM on nginx with --restart always does not cancel the policy: it restarts after stop is reported', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always nginx');
    expect(await s.exec('docker stop -s TERM web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    await s.advance(100);
    expect(dieStopCanonical(labels(eventsOf(s, id)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'die exitCode=0',
      'stop',
      'start',
    ]);
    expect(state(s, 'web').Status).toBe('running');
    expect(info(s, 'web').RestartCount).toBe(1);
  });

  it('a process that exits by itself during a stop grace period is not restarted: the stop already cancelled the policy', async () => {
    const s = sim();
    const id = await idOf(s, "docker run -d --name job --restart always busybox sh -c 'sleep 5; exit 1'");
    await must(s, 'docker stop -t 20 job');
    await s.advance(60_000);
    expect(dieStopCanonical(labels(eventsOf(s, id)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'die exitCode=1',
      'stop',
    ]);
    expect(state(s, 'job')).toMatchObject({ Status: 'exited', ExitCode: 1 });
    expect(tFinished(s, 'job')).toBe(5000);
  });

  it('docker restart of a running --restart always container re-arms the policy with RestartCount 0', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always busybox sleep 1000');
    await s.inject('web', { type: 'exit', code: 1 });
    await s.advance(100);
    expect(info(s, 'web').RestartCount).toBe(1);
    await must(s, 'docker restart -t 0 web');
    expect(info(s, 'web').RestartCount).toBe(0);
    const mark = s.events().length;
    await s.inject('web', { type: 'exit', code: 1 });
    await s.advance(100);
    expect(labels(eventsOf(s, id, mark))).toEqual(['die exitCode=1', 'start']);
  });

  it('unless-stopped restarts crashes again after a docker stop followed by a docker start', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart unless-stopped busybox sleep 1000');
    await must(s, 'docker stop -t 0 web');
    await must(s, 'docker start web');
    const mark = s.events().length;
    await s.inject('web', { type: 'exit', code: 0 });
    await s.advance(100);
    expect(labels(eventsOf(s, id, mark))).toEqual(['die exitCode=0', 'start']);
  });

  it('during a policy restart docker ps shows Up Less than a second again after the back-off', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web --restart always busybox sleep 1000');
    await s.advance(30_000);
    await s.inject('web', { type: 'exit', code: 3 });
    await s.advance(50);
    expect((await s.exec("docker ps --format '{{.Status}}'")).stdout).toBe('Restarting (3) Less than a second ago\n');
    await s.advance(50);
    expect((await s.exec("docker ps --format '{{.Status}}'")).stdout).toBe('Up Less than a second\n');
  });
  it('kill -s HUP on a restarting nginx (STOPSIGNAL QUIT) sends nothing and does not cancel the policy: it starts again', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --restart always nginx');
    await s.inject('web', { type: 'exit', code: 1 });
    const mark = s.events().length;
    expect(await s.exec('docker kill -s HUP web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(eventsOf(s, id, mark)).toEqual([]);
    await s.advance(100);
    expect(labels(eventsOf(s, id, mark))).toEqual(['start']);
    expect(state(s, 'web').Status).toBe('running');
  });
  it('on-failure:0 means no limit: false keeps being restarted', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name job --restart on-failure:0 busybox false');
    await s.advance(20_000);
    // Starts at 0, 0.1, 0.3, 0.7, 1.5, 3.1, 6.3 and 12.7 s; the next would be at 25.5 s.
    expect(count(eventsOf(s, id), 'start')).toBe(8);
    expect(info(s, 'job').RestartCount).toBe(8);
    expect(state(s, 'job').Status).toBe('restarting');
  });

  it.each([
    ['on-failure:-1', 'invalid restart policy: maximum retry count cannot be negative'],
    [
      'sometimes',
      "invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
    ],
    ['unless-stopped:2', "invalid restart policy: maximum retry count can only be used with 'on-failure'"],
  ])('docker run --restart %s is refused by the daemon, exit 125', async (policy, message) => {
    const s = sim();
    expect(await s.exec(`docker run -d --restart ${policy} busybox`)).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: ${message}\n\nRun 'docker run --help' for more information\n`,
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
  });
});
