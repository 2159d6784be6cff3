/**
 * Scenarios that start from a `running` container: stop and its grace period, kill and signals,
 * foreground run, hello-world, injected faults (docker-lifecycle.md §2.2, §3, §5, §9; contract §2).
 */
import { describe, expect, it } from 'vitest';
import {
  RUN_HELP,
  T0,
  dieStopCanonical,
  eventsOf,
  expectImageAndName,
  idOf,
  info,
  labels,
  must,
  rfc3339,
  sim,
  sinceT0,
  state,
  tFinished,
  tStarted,
} from './helpers';

/** Events after create and start, as labels, with die/stop treated as unordered. */
function afterStart(s: Parameters<typeof eventsOf>[0], id: string): string[] {
  const seq = labels(eventsOf(s, id));
  expect(seq.slice(0, 2)).toEqual(['create', 'start']);
  return dieStopCanonical(seq.slice(2));
}

describe('running', () => {
  it('docker stop on PID-1 sleep waits the 10 s grace period, then SIGKILLs it: exit 137', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.advance(2000);
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    const evs = eventsOf(s, id);
    expectImageAndName(evs, 'busybox', 'web');
    const kill15 = evs.find((e) => e.Action === 'kill' && e.Actor.Attributes.signal === '15');
    const kill9 = evs.find((e) => e.Action === 'kill' && e.Actor.Attributes.signal === '9');
    const die = evs.find((e) => e.Action === 'die');
    expect(sinceT0(kill15)).toBe(2000);
    expect(sinceT0(kill9)).toBe(12_000);
    expect(sinceT0(die)).toBe(12_000);
    expect(die?.Actor.Attributes.execDuration).toBe('12');
    expect(state(s, 'web')).toMatchObject({
      Status: 'exited',
      Running: false,
      ExitCode: 137,
      OOMKilled: false,
      Pid: 0,
    });
    expect(tStarted(s, 'web')).toBe(0);
    expect(tFinished(s, 'web')).toBe(12_000);
  });

  it('docker stop -t 2 gives up after 2 s and docker stop -t 0 sends SIGKILL at once', async () => {
    const s = sim();
    const a = await idOf(s, 'docker run -d --name aa busybox sleep 1000');
    const b = await idOf(s, 'docker run -d --name bb busybox sleep 1000');
    await must(s, 'docker stop -t 2 aa');
    expect(afterStart(s, a)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    expect(tFinished(s, 'aa')).toBe(2000);
    await must(s, 'docker stop -t 0 bb');
    expect(afterStart(s, b)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    const evs = eventsOf(s, b);
    expect(sinceT0(evs[2])).toBe(2000);
    expect(sinceT0(evs[3])).toBe(2000);
    expect(tFinished(s, 'bb')).toBe(2000);
  });

  it('docker stop --timeout is the long form of -t', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker stop --timeout 4 web');
    expect(tFinished(s, 'web')).toBe(4000);
  });

  it('--stop-timeout 3 at create replaces the 10 s default, and -t still overrides it', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --stop-timeout 3 busybox sleep 1000');
    expect(info(s, 'web').Config.StopTimeout).toBe(3);
    await must(s, 'docker stop web');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    expect(tFinished(s, 'web')).toBe(3000);
    await must(s, 'docker start web');
    await must(s, 'docker stop -t 1 web');
    expect(tFinished(s, 'web')).toBe(4000);
  });

  it("sh -c 'sleep 10; exit 42' stopped with -t 20 ignores SIGTERM and exits 42 on its own after 10 s", async () => {
    const s = sim();
    const id = await idOf(s, "docker run -d --name job busybox sh -c 'sleep 10; exit 42'");
    expect(await s.exec('docker stop -t 20 job')).toEqual({ stdout: 'job\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=42', 'stop']);
    expect(state(s, 'job')).toMatchObject({ Status: 'exited', ExitCode: 42 });
    expect(tFinished(s, 'job')).toBe(10_000);
  });

  it("sh -c 'sleep 10; exit 42' stopped with -t 2 is SIGKILLed: 137 after 2 s", async () => {
    const s = sim();
    const id = await idOf(s, "docker run -d --name job busybox sh -c 'sleep 10; exit 42'");
    await must(s, 'docker stop -t 2 job');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    expect(state(s, 'job').ExitCode).toBe(137);
    expect(tFinished(s, 'job')).toBe(2000);
  });

  it('top dies of SIGTERM at once: docker stop gives 143 with no SIGKILL', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web alpine top');
    await s.advance(1500);
    await must(s, 'docker stop web');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=143', 'stop']);
    expect(state(s, 'web').ExitCode).toBe(143);
    expect(tFinished(s, 'web')).toBe(1500);
  });

  it('--init in front of sleep makes docker stop end it with 143 at once', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --init busybox sleep 1000');
    expect(info(s, 'web').HostConfig.Init).toBe(true);
    await must(s, 'docker stop web');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=143', 'stop']);
    expect(tFinished(s, 'web')).toBe(0);
  });

  it('docker stop on nginx sends its STOPSIGNAL (3, SIGQUIT) and it exits 0 at once', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web nginx');
    expect(info(s, 'web').Config.StopSignal).toBe('SIGQUIT');
    await must(s, 'docker stop web');
    expect(afterStart(s, id)).toEqual(['kill signal=3', 'die exitCode=0', 'stop']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect(tFinished(s, 'web')).toBe(0);
  });

  it('docker stop -s TERM on nginx overrides the STOPSIGNAL and nginx still exits 0', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web nginx');
    await must(s, 'docker stop -s TERM web');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=0', 'stop']);
  });

  it('redis handles SIGTERM: docker stop exits 0 at once', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name cache redis');
    await must(s, 'docker stop cache');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=0', 'stop']);
    expect(state(s, 'cache').ExitCode).toBe(0);
  });

  it('postgres stops on its STOPSIGNAL SIGINT (2) and httpd on SIGWINCH (28), both exit 0', async () => {
    const s = sim();
    const pg = await idOf(s, 'docker run -d --name db postgres');
    const web = await idOf(s, 'docker run -d --name web httpd');
    await must(s, 'docker stop db web');
    expect(afterStart(s, pg)).toEqual(['kill signal=2', 'die exitCode=0', 'stop']);
    expect(afterStart(s, web)).toEqual(['kill signal=28', 'die exitCode=0', 'stop']);
  });

  it('--stop-signal SIGINT on top makes docker stop send 2 and top dies with 130', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --stop-signal SIGINT busybox top');
    await must(s, 'docker stop web');
    expect(afterStart(s, id)).toEqual(['kill signal=2', 'die exitCode=130', 'stop']);
  });

  it('docker kill -s HUP on nginx leaves it running with only a kill event', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web nginx');
    expect(await s.exec('docker kill -s HUP web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual(['kill signal=1']);
    await s.advance(60_000);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Running: true });
    expect(afterStart(s, id)).toEqual(['kill signal=1']);
  });

  it.each([
    ['TERM', '15', 143],
    ['SIGTERM', '15', 143],
    ['15', '15', 143],
    ['term', '15', 143],
    ['INT', '2', 130],
    ['SIGHUP', '1', 129],
    ['3', '3', 131],
    ['KILL', '9', 137],
    ['SIGKILL', '9', 137],
    ['9', '9', 137],
  ])('docker kill -s %s on top logs kill(signal=%s) and top exits %i', async (sig, num, code) => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    expect(await s.exec(`docker kill -s ${sig} web`)).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual([`kill signal=${num}`, `die exitCode=${code}`]);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: code });
  });

  it('docker kill --signal=USR1 on PID-1 sleep is ignored: running, one kill event', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker kill --signal=USR1 web');
    expect(afterStart(s, id)).toEqual(['kill signal=10']);
    expect(state(s, 'web').Status).toBe('running');
  });

  it('docker kill without -s sends SIGKILL: kill 9, die 137, exited, at once', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.advance(5000);
    expect(await s.exec('docker kill web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual(['kill signal=9', 'die exitCode=137']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 137, OOMKilled: false });
    expect(tFinished(s, 'web')).toBe(5000);
  });

  it.each(['FOO', '0', 'SIGFOO'])('docker kill -s %s is an invalid signal (E11): nothing is sent', async (sig) => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    expect(await s.exec(`docker kill -s ${sig} web`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: invalid signal: ${sig}\n`,
      exitCode: 1,
    });
    expect(afterStart(s, id)).toEqual([]);
    expect(state(s, 'web').Status).toBe('running');
  });

  it('docker stop -s FOO on a running container fails with E20 and leaves it running', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    expect(await s.exec('docker stop -s FOO web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot stop container: web: invalid signal: FOO\n',
      exitCode: 1,
    });
    expect(afterStart(s, id)).toEqual([]);
    expect(state(s, 'web').Status).toBe('running');
  });

  it('docker stop -s FOO on a stopped container is a 304: it prints the name', async () => {
    const s = sim();
    await must(s, 'docker create --name web busybox top');
    expect(await s.exec('docker stop -s FOO web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
  });

  it('docker start on a running container is a 304: it prints the name and logs nothing', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    expect(await s.exec('docker start web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual([]);
  });

  it('docker unpause on a running container fails with E8', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    expect(await s.exec('docker unpause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
  });

  it('docker rm on a running container fails with E13 and it keeps running', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    expect(await s.exec('docker rm web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(afterStart(s, id)).toEqual([]);
    expect(state(s, 'web').Status).toBe('running');
  });

  it('docker rm -f on a running container: kill 9, die 137, destroy, and it is gone', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    expect(await s.exec('docker rm -f web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual(['kill signal=9', 'die exitCode=137', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('docker restart on a running sleep: kill 15, kill 9 after 10 s, die, stop, start, restart; running again', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    expect(await s.exec('docker restart web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual([
      'kill signal=15',
      'kill signal=9',
      'die exitCode=137',
      'stop',
      'start',
      'restart',
    ]);
    const evs = eventsOf(s, id);
    expect(sinceT0(evs.at(-1))).toBe(10_000);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', ExitCode: 0 });
    expect(tStarted(s, 'web')).toBe(10_000);
  });

  it('docker restart -t 0 on top: kill 15 and top dies 143, then start and restart at the same instant', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    await must(s, 'docker restart -t 0 web');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=143', 'stop', 'start', 'restart']);
    expect(info(s, 'web').RestartCount).toBe(0);
  });

  it('foreground docker run waits for the process and exits with its code', async () => {
    const s = sim();
    const r = await s.exec("docker run --name job busybox sh -c 'sleep 5; exit 3'");
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    const c = info(s, 'job');
    expect(labels(eventsOf(s, c.Id))).toEqual(['create', 'attach', 'start', 'die exitCode=3']);
    expect(c.State).toMatchObject({ Status: 'exited', ExitCode: 3 });
    expect(tFinished(s, 'job')).toBe(5000);
    expect(eventsOf(s, c.Id).at(-1)?.Actor.Attributes.execDuration).toBe('5');
  });

  it('foreground docker run of false exits 1 and of true exits 0', async () => {
    const s = sim();
    expect(await s.exec('docker run busybox false')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(await s.exec('docker run busybox true')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('busybox without -it reads end-of-file and exits 0 at once (the container that "exited immediately")', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name box busybox');
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0']);
    expect(state(s, 'box')).toMatchObject({ Status: 'exited', ExitCode: 0 });
  });

  it('busybox with -it keeps its shell running until it is stopped, and the shell ignores SIGTERM', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -dit --name box busybox');
    await s.advance(60_000);
    expect(state(s, 'box').Status).toBe('running');
    await must(s, 'docker stop box');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
  });

  it('sleep N exits 0 by itself after N seconds', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name nap busybox sleep 30');
    await s.advance(29_999);
    expect(state(s, 'nap').Status).toBe('running');
    await s.advance(1);
    expect(afterStart(s, id)).toEqual(['die exitCode=0']);
    expect(tFinished(s, 'nap')).toBe(30_000);
    expect(eventsOf(s, id).at(-1)?.Actor.Attributes.execDuration).toBe('30');
  });

  it('docker run hello-world prints the greeting and exits 0', async () => {
    const s = sim();
    const r = await s.exec('docker run hello-world');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '',
        'Hello from Docker!',
        'This message shows that your installation appears to be working correctly.',
        '',
        'To generate this message, Docker took the following steps:',
        ' 1. The Docker client contacted the Docker daemon.',
        ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
        '    (amd64)',
        ' 3. The Docker daemon created a new container from that image which runs the',
        '    executable that produces the output you are currently reading.',
        ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
        '    to your terminal.',
        '',
        'To try something more ambitious, you can run an Ubuntu container with:',
        ' $ docker run -it ubuntu bash',
        '',
        'Share images, automate workflows, and more with a free Docker ID:',
        ' https://hub.docker.com/',
        '',
        'For more examples and ideas, visit:',
        ' https://docs.docker.com/get-started/',
        '',
        '',
      ].join('\n'),
    );
    const evs = s.events();
    expect(labels(evs)).toEqual(['create', 'attach', 'start', 'die exitCode=0']);
    expect(evs[0]?.Actor.Attributes.image).toBe('hello-world');
  });

  it('docker run -d hello-world prints only the ID: the greeting is not attached', async () => {
    const s = sim();
    const r = await s.exec('docker run -d hello-world');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.stderr).toBe('');
  });

  it('an injected OOM kill logs oom then die 137 and sets OOMKilled', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.advance(7000);
    await s.inject('web', { type: 'oom' });
    expect(afterStart(s, id)).toEqual(['oom', 'die exitCode=137']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 137, OOMKilled: true, Running: false });
    expect(tFinished(s, 'web')).toBe(7000);
    expect(sinceT0(eventsOf(s, id).at(-1))).toBe(7000);
  });

  it('a manual start after an OOM kill clears OOMKilled and ExitCode', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web busybox sleep 1000');
    await s.inject('web', { type: 'oom' });
    await must(s, 'docker start web');
    expect(state(s, 'web')).toMatchObject({ Status: 'running', ExitCode: 0, OOMKilled: false });
  });

  it('an injected exit with code 3 logs only die(3) and leaves the container exited with 3', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.advance(12_500);
    await s.inject('web', { type: 'exit', code: 3 });
    expect(afterStart(s, id)).toEqual(['die exitCode=3']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 3, OOMKilled: false });
    expect(eventsOf(s, id).at(-1)?.Actor.Attributes.execDuration).toBe('12');
    expect(tFinished(s, 'web')).toBe(12_500);
  });

  it('inject by ID prefix reaches the container too', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.inject(id.slice(0, 12), { type: 'exit', code: 0 });
    expect(afterStart(s, id)).toEqual(['die exitCode=0']);
  });

  it('foreground run of a process that gets OOM-killed exits 137', async () => {
    const s = sim({ autoAdvance: false });
    const pending = s.exec('docker run --name job busybox sleep 1000');
    await s.advance(3000);
    await s.inject('job', { type: 'oom' });
    expect(await pending).toEqual({ stdout: '', stderr: '', exitCode: 137 });
  });

  it('docker run with a bad --restart policy is refused before anything is created', async () => {
    const s = sim();
    const r = await s.exec('docker run -d --restart always:3 busybox');
    expect(r).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${RUN_HELP}\n`,
      exitCode: 125,
    });
    expect(s.events()).toEqual([]);
  });

  it('inspect keeps StartedAt from the run and FinishedAt from the stop', async () => {
    const s = sim();
    await s.advance(1000);
    await must(s, 'docker run -d --name web busybox top');
    await s.advance(61_000);
    await must(s, 'docker stop web');
    const st = state(s, 'web');
    expect(rfc3339(st.StartedAt)).toBe(T0 + 1000);
    expect(rfc3339(st.FinishedAt)).toBe(T0 + 62_000);
  });
  it('docker start -a attaches, starts, waits and exits with the container code', async () => {
    const s = sim();
    const id = await idOf(s, "docker create --name job busybox sh -c 'sleep 3; exit 7'");
    expect(await s.exec('docker start -a job')).toEqual({ stdout: '', stderr: '', exitCode: 7 });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'attach', 'start', 'die exitCode=7']);
    expect(tFinished(s, 'job')).toBe(3000);
  });

  it('docker events prints the stop story with sorted attributes, one line per event', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker stop web');
    const r = await s.exec(
      'docker events --filter type=container --since 2026-01-01T00:00:00Z --until 2026-01-01T00:00:10Z',
    );
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const lines = dieStopCanonical(r.stdout.split('\n'));
    expect(lines).toEqual(
      [
        `2026-01-01T00:00:00.000000000Z container create ${id} (image=busybox, name=web)`,
        `2026-01-01T00:00:00.000000000Z container start ${id} (image=busybox, name=web)`,
        `2026-01-01T00:00:00.000000000Z container kill ${id} (image=busybox, name=web, signal=15)`,
        `2026-01-01T00:00:10.000000000Z container kill ${id} (image=busybox, name=web, signal=9)`,
        `2026-01-01T00:00:10.000000000Z container die ${id} (execDuration=10, exitCode=137, image=busybox, name=web)`,
        `2026-01-01T00:00:10.000000000Z container stop ${id} (image=busybox, name=web)`,
        '',
      ].map((l) => l),
    );
  });

  it("docker events --format '{{.Action}}' lists the actions of a kill", async () => {
    const s = sim();
    await must(s, 'docker run -d --name web busybox top');
    await s.advance(5000);
    await must(s, 'docker kill web');
    const r = await s.exec(
      "docker events --filter type=container --since 2026-01-01T00:00:01Z --until 2026-01-01T00:00:05Z --format '{{.Action}}'",
    );
    expect(r).toEqual({ stdout: 'kill\ndie\n', stderr: '', exitCode: 0 });
  });

  it('docker inspect --format reads State fields, and docker inspect JSON agrees with inspect()', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await s.inject('web', { type: 'oom' });
    expect(
      await s.exec(
        "docker inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}} {{.RestartCount}}' web",
      ),
    ).toEqual({
      stdout: 'exited 137 true 0\n',
      stderr: '',
      exitCode: 0,
    });
    const r = await s.exec('docker inspect web');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const parsed = JSON.parse(r.stdout) as Array<{ Id: string; Name: string; State: Record<string, unknown> }>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.Id).toBe(id);
    expect(parsed[0]?.Name).toBe('/web');
    expect(parsed[0]?.State).toMatchObject({ Status: 'exited', ExitCode: 137, OOMKilled: true, Running: false });
  });

  it('docker inspect of an unknown name prints [] and error: no such object, exit 1', async () => {
    const s = sim();
    expect(await s.exec('docker inspect missing')).toEqual({
      stdout: '[]\n',
      stderr: 'error: no such object: missing\n',
      exitCode: 1,
    });
  });
  it('the Up column of docker ps follows go-units HumanDuration as the container keeps running', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web busybox sleep infinity');
    const steps: Array<[number, string]> = [
      [999, 'Up Less than a second'],
      [1000, 'Up 1 second'],
      [59_999, 'Up 59 seconds'],
      [60_000, 'Up About a minute'],
      [119_999, 'Up About a minute'],
      [120_000, 'Up 2 minutes'],
      [3_599_999, 'Up 59 minutes'],
      [3_600_000, 'Up About an hour'],
      [5_399_999, 'Up About an hour'],
      [5_400_000, 'Up 2 hours'],
      [47.4 * 3_600_000, 'Up 47 hours'],
      [47.5 * 3_600_000, 'Up 2 days'],
      [14 * 86_400_000, 'Up 2 weeks'],
      [60 * 86_400_000, 'Up 2 months'],
      [730 * 86_400_000, 'Up 2 years'],
    ];
    let now = 0;
    for (const [t, text] of steps) {
      await s.advance(t - now);
      now = t;
      expect((await s.exec("docker ps --format '{{.Status}}'")).stdout).toBe(`${text}\n`);
    }
  });

  it('docker stop -t -1 never falls back to SIGKILL: the stop waits until something else ends the process', async () => {
    const s = sim({ autoAdvance: false });
    const id = await idOf(s, 'docker run -d --name web busybox sleep infinity');
    let done = false;
    const pending = s.exec('docker stop -t -1 web').then((r) => {
      done = true;
      return r;
    });
    await s.advance(3_600_000);
    expect(done).toBe(false);
    expect(state(s, 'web').Status).toBe('running');
    expect(afterStart(s, id)).toEqual(['kill signal=15']);
    await must(s, 'docker kill web');
    expect(await pending).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
  });

  it('a foreground docker run of nginx returns 0 when another terminal stops the container', async () => {
    const s = sim({ autoAdvance: false });
    const run = s.exec('docker run --name web nginx');
    await s.advance(5000);
    expect(state(s, 'web').Status).toBe('running');
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    // The attached CLI prints what nginx writes: its start-up lines, then its farewell to SIGQUIT.
    expect(await run).toEqual({
      stdout: '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
      stderr:
        '2026/01/01 00:00:00 [notice] 1#1: nginx/1.29.2\n' +
        '2026/01/01 00:00:00 [notice] 1#1: start worker processes\n' +
        '2026/01/01 00:00:05 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n',
      exitCode: 0,
    });
    expect(labels(eventsOf(s, info(s, 'web').Id))).toEqual([
      'create',
      'attach',
      'start',
      'kill signal=3',
      'die exitCode=0',
      'stop',
    ]);
  });

  it('docker stop -s KILL and docker restart -s KILL skip the grace period entirely', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    await must(s, 'docker restart -s KILL web');
    expect(afterStart(s, id)).toEqual(['kill signal=9', 'die exitCode=137', 'stop', 'start', 'restart']);
    await must(s, 'docker stop -s KILL web');
    expect(afterStart(s, id)).toEqual([
      'kill signal=9',
      'die exitCode=137',
      'stop',
      'start',
      'restart',
      'kill signal=9',
      'die exitCode=137',
      'stop',
    ]);
    expect(tFinished(s, 'web')).toBe(0);
  });

  it('an invalid kill signal is reported even for a container that does not exist (the signal is parsed first)', async () => {
    const s = sim();
    expect(await s.exec('docker kill -s FOO missing')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot kill container: missing: invalid signal: FOO\n',
      exitCode: 1,
    });
  });

  it('docker kill -s HUP on a created container fails with E10', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name web busybox top');
    expect(await s.exec('docker kill -s HUP web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
  });

  it('docker rm -f on a running --rm container logs a single destroy', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --rm --name web busybox sleep 1000');
    await must(s, 'docker rm -f web');
    expect(afterStart(s, id)).toEqual(['kill signal=9', 'die exitCode=137', 'destroy']);
  });
  it('--init in front of sleep: a HUP kills the child and the container exits 129', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --init busybox sleep 1000');
    await must(s, 'docker kill -s HUP web');
    expect(afterStart(s, id)).toEqual(['kill signal=1', 'die exitCode=129']);
  });

  it("--init in front of sh -c 'sleep 10; exit 42': docker stop ends it with 143 at once", async () => {
    const s = sim();
    const id = await idOf(s, "docker run -d --name job --init busybox sh -c 'sleep 10; exit 42'");
    await must(s, 'docker stop -t 20 job');
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'die exitCode=143', 'stop']);
    expect(tFinished(s, 'job')).toBe(0);
  });

  it('ubuntu without -it runs bash, which reads end-of-file and exits 0 at once', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name box ubuntu');
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'die exitCode=0']);
  });

  it('a leading slash in the reference works for stop and is echoed as typed; docker rm strips it in its errors', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    expect(await s.exec('docker rm /web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(await s.exec('docker stop /web')).toEqual({ stdout: '/web\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker rm /web')).toEqual({ stdout: '/web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id)).at(-1)).toBe('destroy');
  });

  it('docker container stop / docker container rm / docker container remove are the same commands', async () => {
    const s = sim();
    const a = await idOf(s, 'docker container run -d --name aa busybox top');
    await idOf(s, 'docker container create --name bb busybox');
    expect(await s.exec('docker container stop aa')).toEqual({ stdout: 'aa\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker container rm aa')).toEqual({ stdout: 'aa\n', stderr: '', exitCode: 0 });
    expect(await s.exec('docker container remove bb')).toEqual({ stdout: 'bb\n', stderr: '', exitCode: 0 });
    expect(dieStopCanonical(labels(eventsOf(s, a)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'die exitCode=143',
      'stop',
      'destroy',
    ]);
  });
  it('docker kill during a docker stop grace period ends the stop early: kill 15, kill 9, die 137, stop at the kill', async () => {
    const s = sim({ autoAdvance: false });
    const id = await idOf(s, 'docker run -d --name web busybox sleep 1000');
    const stopping = s.exec('docker stop web');
    await s.advance(3000);
    expect(await s.exec('docker kill web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(await stopping).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    const evs = eventsOf(s, id);
    expect(afterStart(s, id)).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    expect(evs.slice(3).map(sinceT0)).toEqual([3000, 3000, 3000]);
  });

  it('a foreground docker run --rm of top returns 143 when the container is stopped, after the removal', async () => {
    const s = sim({ autoAdvance: false });
    const run = s.exec('docker run --rm --name web busybox top');
    await s.advance(2000);
    await must(s, 'docker stop web');
    expect(await run).toEqual({ stdout: '', stderr: '', exitCode: 143 });
    const seq = labels(s.events());
    expect(seq.at(-1)).toBe('destroy');
    expect(dieStopCanonical(seq.slice(0, -1))).toEqual([
      'create',
      'attach',
      'start',
      'kill signal=15',
      'die exitCode=143',
      'stop',
    ]);
  });

  it('--stop-timeout also bounds the stop inside docker restart', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web --stop-timeout 2 busybox sleep 1000');
    await must(s, 'docker restart web');
    expect(afterStart(s, id)).toEqual([
      'kill signal=15',
      'kill signal=9',
      'die exitCode=137',
      'stop',
      'start',
      'restart',
    ]);
    expect(tStarted(s, 'web')).toBe(2000);
  });

  it('docker start -a of a command not on PATH prints the daemon error and exits 1, leaving only create and attach', async () => {
    const s = sim();
    const id = await idOf(s, 'docker create --name app busybox nosuchcmd');
    const r = await s.exec('docker start -a app');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^Error response from daemon: .*executable file not found in \$PATH.*\n$/);
    expect(labels(eventsOf(s, id))).toEqual(['create', 'attach']);
  });

  it('docker start -a with two containers is refused by the CLI', async () => {
    const s = sim();
    await must(s, 'docker create --name aa busybox');
    await must(s, 'docker create --name bb busybox');
    expect(await s.exec('docker start -a aa bb')).toEqual({
      stdout: '',
      stderr: 'you cannot start and attach multiple containers at once\n',
      exitCode: 1,
    });
    expect(labels(s.events())).toEqual(['create', 'create']);
  });
});

describe('running: a restart that the process outruns', () => {
  it('docker restart on a sleep that ends by itself during the grace period starts a new process with its own PID', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 5');
    const firstPid = state(s, 'web').Pid;
    expect(await s.exec('docker restart web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    // sleep ignores SIGTERM as PID 1, but its 5 s run out before the 10 s grace period does.
    expect(dieStopCanonical(labels(eventsOf(s, id)))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'die exitCode=0',
      'stop',
      'start',
      'restart',
    ]);
    const after = state(s, 'web');
    expect(after.Status).toBe('running');
    expect(after.Pid).toBeGreaterThan(0);
    expect(after.Pid).not.toBe(firstPid);
  });
});
