/**
 * `docker attach` (container/attach.go; daemon/attach.go) and `docker top` (container/top.go;
 * daemon/top_unix.go). Checked on a real engine: the `top` event, the ps -ef columns through the
 * tabwriter, the refusal of a stopped container with its ID; attach's state checks are the CLI's
 * own words (v29 lowercases 20.10's "You cannot attach to a stopped container, start it first").
 */
import { describe, expect, it } from 'vitest';
import { createInterruptSource } from '../../machines/index';
import { eventsOf, must, sim } from './helpers';

const TICK = "docker run -d --name tick busybox sh -c 'while true; do echo tick; sleep 1; done'";

describe('docker attach', () => {
  it('running: streams what the container writes from now on, and ends with its exit code', async () => {
    const s = sim({ autoAdvance: false });
    await must(s, "docker run -d --name job busybox sh -c 'for i in 1 2 3 4; do echo $i; sleep 1; done; exit 5'");
    await s.advance(1500);
    const attached = s.exec('docker attach job');
    await s.advance(3000);
    expect(await attached).toEqual({ stdout: '3\n4\n', stderr: '', exitCode: 5 });
    const id = s.inspect('job')?.Id ?? '';
    expect(eventsOf(s, id).map((e) => e.Action)).toEqual(['create', 'start', 'attach', 'die']);
  });

  it('forwards Ctrl+C as SIGINT (a kill caused by attach); a process that ignores it keeps running', async () => {
    const s = sim({ autoAdvance: false });
    const id = (await must(s, TICK)).stdout.trim();
    const keys = createInterruptSource();
    const attached = s.exec('docker attach tick', { interrupts: keys });
    await s.advance(1500);
    keys.interrupt();
    keys.interrupt();
    keys.interrupt();
    expect(await attached).toEqual({
      stdout: 'tick\n',
      stderr: '\ngot 3 SIGTERM/SIGINTs, forcefully exiting\n',
      exitCode: 1,
    });
    const kills = eventsOf(s, id).filter((e) => e.Action === 'kill');
    expect(kills.map((e) => e.Actor.Attributes.signal)).toEqual(['2', '2', '2']);
    expect(s.inspect('tick')?.State.Status).toBe('running');
  });

  it('a SIGINT that ends the process is attach’s doing in the moves', async () => {
    const s = sim({ autoAdvance: false });
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    const keys = createInterruptSource();
    const attached = s.exec('docker attach web', { interrupts: keys });
    keys.interrupt();
    expect((await attached).exitCode).toBe(0);
    expect(
      s
        .moves()
        .filter((m) => m.container === id)
        .at(-1),
    ).toMatchObject({
      from: 'running',
      to: 'exited',
      cause: 'attach',
      signal: 2,
    });
  });

  it('--sig-proxy=false forwards nothing', async () => {
    const s = sim({ autoAdvance: false });
    const id = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
    const keys = createInterruptSource();
    const attached = s.exec('docker attach --sig-proxy=false web', { interrupts: keys });
    keys.interrupt();
    keys.interrupt();
    keys.interrupt();
    expect((await attached).exitCode).toBe(1);
    expect(eventsOf(s, id).some((e) => e.Action === 'kill')).toBe(false);
  });

  it('with -it the detach keys detach: detach event, “read escape sequence”, exit 1', async () => {
    const s = sim({ autoAdvance: false });
    const id = (await must(s, 'docker run -dit --name shell busybox sh')).stdout.trim();
    const keys = createInterruptSource();
    const modes: string[] = [];
    const attached = s.exec('docker attach --detach-keys ctrl-x shell', {
      interrupts: keys,
      onAttach: (a) => modes.push(`${a.mode} ${a.detachKeys ?? ''}`),
    });
    keys.detach();
    expect(await attached).toEqual({ stdout: '', stderr: 'read escape sequence\n', exitCode: 1 });
    expect(modes).toEqual(['raw ctrl-x']);
    expect(
      eventsOf(s, id)
        .slice(-2)
        .map((e) => e.Action),
    ).toEqual(['attach', 'detach']);
  });

  it('refuses a stopped, paused or restarting container in the CLI’s words, and bad detach keys', async () => {
    const s = sim();
    await must(s, 'docker create --name new busybox');
    await must(s, 'docker run -d --name web nginx');
    await must(s, 'docker pause web');
    await must(s, 'docker run -d --name loop --restart always busybox false');
    const refused = (text: string) => ({ stdout: '', stderr: `${text}\n`, exitCode: 1 });
    expect(await s.exec('docker attach new')).toEqual(refused('cannot attach to a stopped container, start it first'));
    expect(await s.exec('docker attach web')).toEqual(refused('cannot attach to a paused container, unpause it first'));
    expect(await s.exec('docker attach loop')).toEqual(
      refused('cannot attach to a restarting container, wait until it is running'),
    );
    expect(await s.exec('docker attach --detach-keys nope web')).toEqual(
      refused("invalid detach keys (nope): Unknown character: 'nope'"),
    );
  });
});

describe('docker top', () => {
  it('running: prints ps -ef of its processes through the tabwriter and logs top', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web busybox sleep 100')).stdout.trim();
    const r = await must(s, 'docker top web');
    const rows = r.stdout.split('\n');
    expect(rows[0]).toBe(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
    );
    expect(rows[1]).toMatch(/^root {16}\d+ +\d+ +0 {19}00:00 {15}\? {19}00:00:00 {12}sleep 100$/);
    expect(eventsOf(s, id).at(-1)?.Action).toBe('top');
  });

  it('lists nginx’s master and worker, and the execs running in it', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web nginx');
    await must(s, 'docker exec -d web sleep 100');
    const cmds = (await must(s, 'docker top web')).stdout
      .split('\n')
      .slice(1, -1)
      .map((l) => l.slice(140));
    expect(cmds).toEqual(['nginx: master process nginx -g daemon off;', 'nginx: worker process', 'sleep 100']);
  });

  it('paused: still lists the frozen processes; created: not running, with its ID', async () => {
    const s = sim();
    await must(s, 'docker run -d --name web nginx');
    await must(s, 'docker pause web');
    expect((await s.exec('docker top web')).exitCode).toBe(0);
    const id = (await must(s, 'docker create --name new busybox')).stdout.trim();
    expect(await s.exec('docker container top new')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
  });
});
