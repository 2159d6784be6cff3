/**
 * Commands over several containers and container lookup: parallel stop/kill/rm, sequential
 * restart/start, output order, errors, rm -f of a missing one, ID prefixes
 * (docker-lifecycle.md §3 "How the CLI prints these", E17/E17k/E21, §10; contract §1).
 */
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../machines/index';
import { dieStopCanonical, eventsOf, idOf, labels, must, relaxed, sim, sinceT0, state, tFinished } from './helpers';

async function twoSleepers(s: Simulator): Promise<[string, string]> {
  const a = await idOf(s, 'docker run -d --name aa busybox sleep 1000');
  const b = await idOf(s, 'docker run -d --name bb busybox sleep 1000');
  return [a, b];
}

/** Makes containers until two IDs share a first character; returns their longest common prefix. */
async function sharedPrefix(s: Simulator): Promise<{ prefix: string; ids: string[] }> {
  const ids: string[] = [];
  for (let i = 0; i < 17; i++) {
    ids.push(await idOf(s, 'docker create busybox sleep 1000'));
    for (let j = 0; j < ids.length - 1; j++) {
      const x = ids[j] ?? '';
      const y = ids.at(-1) ?? '';
      let n = 0;
      while (n < 64 && x[n] === y[n]) n++;
      if (n > 0) return { prefix: x.slice(0, n), ids: [x, y] };
    }
  }
  throw new Error('17 IDs without a shared first hex digit is impossible');
}

describe('several containers', () => {
  it('docker stop aa bb stops both in parallel: both kill(15) at the same instant, 10 s in total', async () => {
    const s = sim();
    const [a, b] = await twoSleepers(s);
    await s.advance(1000);
    expect(await s.exec('docker stop aa bb')).toEqual({ stdout: 'aa\nbb\n', stderr: '', exitCode: 0 });
    for (const id of [a, b]) {
      const evs = eventsOf(s, id);
      expect(dieStopCanonical(labels(evs))).toEqual([
        'create',
        'start',
        'kill signal=15',
        'kill signal=9',
        'die exitCode=137',
        'stop',
      ]);
      expect(sinceT0(evs[2])).toBe(1000);
      expect(sinceT0(evs[3])).toBe(11_000);
    }
    expect(tFinished(s, 'aa')).toBe(11_000);
    expect(tFinished(s, 'bb')).toBe(11_000);
  });

  it('docker restart aa bb goes one by one: bb is only signalled after aa has restarted (20 s in total)', async () => {
    const s = sim();
    const [a, b] = await twoSleepers(s);
    expect(await s.exec('docker restart aa bb')).toEqual({ stdout: 'aa\nbb\n', stderr: '', exitCode: 0 });
    const ea = eventsOf(s, a);
    const eb = eventsOf(s, b);
    expect(dieStopCanonical(labels(ea))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'kill signal=9',
      'die exitCode=137',
      'stop',
      'start',
      'restart',
    ]);
    expect(dieStopCanonical(labels(eb))).toEqual([
      'create',
      'start',
      'kill signal=15',
      'kill signal=9',
      'die exitCode=137',
      'stop',
      'start',
      'restart',
    ]);
    expect(sinceT0(ea[2])).toBe(0);
    expect(sinceT0(ea.at(-1))).toBe(10_000);
    expect(sinceT0(eb[2])).toBe(10_000);
    expect(sinceT0(eb.at(-1))).toBe(20_000);
    // In the log, all of aa's restart comes before bb's first kill.
    const log = s.events();
    const aRestart = log.findIndex((e) => e.Actor.ID === a && e.Action === 'restart');
    const bKill = log.findIndex((e) => e.Actor.ID === b && e.Action === 'kill');
    expect(aRestart).toBeLessThan(bKill);
  });

  it('docker stop with a missing container in the middle: the others are stopped and printed in order, the error on stderr, exit 1', async () => {
    const s = sim();
    await twoSleepers(s);
    expect(await s.exec('docker stop -t 0 aa missing bb')).toEqual({
      stdout: 'aa\nbb\n',
      stderr: 'Error response from daemon: No such container: missing\n',
      exitCode: 1,
    });
    expect(state(s, 'aa').Status).toBe('exited');
    expect(state(s, 'bb').Status).toBe('exited');
  });

  it('docker kill of a missing container says cannot kill container (E17k)', async () => {
    const s = sim();
    await twoSleepers(s);
    expect(await s.exec('docker kill bb missing aa')).toEqual({
      stdout: 'bb\naa\n',
      stderr: 'Error response from daemon: cannot kill container: missing: No such container: missing\n',
      exitCode: 1,
    });
  });

  it('docker pause aa bb where bb is already paused: aa is paused, bb fails with E6', async () => {
    const s = sim();
    const [a, b] = await twoSleepers(s);
    await must(s, 'docker pause bb');
    expect(await s.exec('docker pause aa bb')).toEqual({
      stdout: 'aa\n',
      stderr: `Error response from daemon: container ${b} is already paused\n`,
      exitCode: 1,
    });
    expect(labels(eventsOf(s, a))).toEqual(['create', 'start', 'pause']);
  });

  it('docker start with failures prints each error, then one summary line naming all that failed', async () => {
    const s = sim();
    await must(s, 'docker create --name aa busybox sleep 1000');
    await must(s, 'docker create --name bad busybox nosuchcmd');
    const r = await s.exec('docker start missing aa bad');
    expect(r.stdout).toBe('aa\n');
    expect(r.exitCode).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('Error response from daemon: No such container: missing');
    expect(lines[1]).toMatch(/^Error response from daemon: .*executable file not found in \$PATH/);
    expect(lines[2]).toBe('failed to start containers: missing, bad');
    expect(lines.slice(3)).toEqual(['']);
  });

  it('docker rm -f of a missing container prints nothing and exits 0', async () => {
    const s = sim();
    expect(await s.exec('docker rm -f missing')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('docker rm -f aa missing bb removes both and stays silent about the missing one', async () => {
    const s = sim();
    const [a, b] = await twoSleepers(s);
    expect(await s.exec('docker rm -f aa missing bb')).toEqual({ stdout: 'aa\nbb\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, a)).at(-1)).toBe('destroy');
    expect(labels(eventsOf(s, b)).at(-1)).toBe('destroy');
  });

  it('docker rm of a missing container (without -f) fails with E17', async () => {
    const s = sim();
    expect(await s.exec('docker rm missing')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: missing\n',
      exitCode: 1,
    });
  });

  it('docker rm aa bb where aa is running: bb is removed, aa fails with E13', async () => {
    const s = sim();
    await must(s, 'docker run -d --name aa busybox sleep 1000');
    await must(s, 'docker create --name bb busybox');
    expect(await s.exec('docker rm aa bb')).toEqual({
      stdout: 'bb\n',
      stderr:
        'Error response from daemon: cannot remove container "aa": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(s.inspect('bb')).toBeUndefined();
    expect(state(s, 'aa').Status).toBe('running');
  });

  it('unknown containers fail with E17 for start, stop, restart, pause and unpause', async () => {
    const s = sim();
    const e = 'Error response from daemon: No such container: nope\n';
    expect(await s.exec('docker stop nope')).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec('docker restart nope')).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec('docker pause nope')).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec('docker unpause nope')).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec('docker start nope')).toEqual({
      stdout: '',
      stderr: `${e}failed to start containers: nope\n`,
      exitCode: 1,
    });
  });

  it('a container can be named by its full ID, its name, or a unique ID prefix; the output echoes what was typed', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    expect(await s.exec(`docker pause ${id}`)).toEqual({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
    expect(await s.exec(`docker unpause ${id.slice(0, 12)}`)).toEqual({
      stdout: `${id.slice(0, 12)}\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(await s.exec(`docker kill -s TERM ${id.slice(0, 3)}`)).toEqual({
      stdout: `${id.slice(0, 3)}\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(labels(eventsOf(s, id))).toEqual([
      'create',
      'start',
      'pause',
      'unpause',
      'kill signal=15',
      'die exitCode=143',
    ]);
    expect(s.inspect(id.slice(0, 5))?.Id).toBe(id);
    expect(s.inspect('web')?.Id).toBe(id);
  });

  it('an ID prefix shared by two containers is ambiguous (E21) for stop, rm -f, restart, start and kill (wrapped by the kill route)', async () => {
    const s = sim();
    const { prefix, ids } = await sharedPrefix(s);
    const e = `Error response from daemon: multiple IDs found with provided prefix: ${prefix}\n`;
    const before = s.events().length;
    expect(await s.exec(`docker stop ${prefix}`)).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec(`docker rm -f ${prefix}`)).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec(`docker restart ${prefix}`)).toEqual({ stdout: '', stderr: e, exitCode: 1 });
    expect(await s.exec(`docker start ${prefix}`)).toEqual({
      stdout: '',
      stderr: `${e}failed to start containers: ${prefix}\n`,
      exitCode: 1,
    });
    expect(await s.exec(`docker kill ${prefix}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: ${prefix}: multiple IDs found with provided prefix: ${prefix}\n`,
      exitCode: 1,
    });
    expect(s.events()).toHaveLength(before);
    // One more character makes it unique again.
    const longer = (ids[0] ?? '').slice(0, prefix.length + 1);
    expect(await s.exec(`docker start ${longer}`)).toEqual({ stdout: `${longer}\n`, stderr: '', exitCode: 0 });
    expect(state(s, ids[0] ?? '').Status).toBe('running');
  });

  it('an exact name wins over an ID prefix that spells the same text', async () => {
    const s = sim();
    const first = await idOf(s, 'docker run -d --name web busybox top');
    const prefix = first.slice(0, 4);
    const named = await idOf(s, `docker run -d --name ${prefix} busybox top`);
    expect(await s.exec(`docker stop ${prefix}`)).toEqual({ stdout: `${prefix}\n`, stderr: '', exitCode: 0 });
    expect(state(s, named).Status).toBe('exited');
    expect(state(s, first).Status).toBe('running');
  });

  it('docker kill aa bb kills both at the same instant', async () => {
    const s = sim();
    const [a, b] = await twoSleepers(s);
    await s.advance(2500);
    await must(s, 'docker kill aa bb');
    expect(labels(eventsOf(s, a))).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137']);
    expect(labels(eventsOf(s, b))).toEqual(['create', 'start', 'kill signal=9', 'die exitCode=137']);
    expect(sinceT0(eventsOf(s, a)[3])).toBe(2500);
    expect(sinceT0(eventsOf(s, b)[3])).toBe(2500);
  });

  it('docker ps lists running containers in the newest-first order with the default table', async () => {
    const s = sim();
    const a = await idOf(s, 'docker run -d --name aa busybox sleep 1000');
    await s.advance(5000);
    expect(await s.exec('docker ps')).toEqual({
      stdout:
        'CONTAINER ID   IMAGE     COMMAND        CREATED         STATUS         PORTS     NAMES\n' +
        `${a.slice(0, 12)}   busybox   "sleep 1000"   5 seconds ago   Up 5 seconds             aa\n`,
      stderr: '',
      exitCode: 0,
    });
    await must(s, 'docker run -d --name bb busybox sleep 1000');
    expect(await s.exec("docker ps --format '{{.Names}}'")).toEqual({ stdout: 'bb\naa\n', stderr: '', exitCode: 0 });
  });
  it('docker restart aa missing bb restarts the others in order and reports the missing one, exit 1', async () => {
    const s = sim();
    await must(s, 'docker run -d --name aa busybox top');
    await must(s, 'docker run -d --name bb busybox top');
    expect(await s.exec('docker restart aa missing bb')).toEqual({
      stdout: 'aa\nbb\n',
      stderr: 'Error response from daemon: No such container: missing\n',
      exitCode: 1,
    });
  });

  it('errors quote the ID prefix as it was typed', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox top');
    const p = id.slice(0, 6);
    expect(await s.exec(`docker rm ${p}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot remove container "${p}": container is running: stop the container before removing or force remove\n`,
      exitCode: 1,
    });
    await must(s, `docker kill ${p}`);
    expect(await s.exec(`docker kill ${p}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: ${p}: container ${id} is not running\n`,
      exitCode: 1,
    });
  });

  it('docker stop over a paused, a running and a restarting container handles each as its state demands', async () => {
    const s = sim();
    const p = await idOf(s, 'docker run -d --name pp busybox top');
    await must(s, 'docker pause pp');
    const r = await idOf(s, 'docker run -d --name rr busybox top');
    const x = await idOf(s, 'docker run -d --name xx --restart always busybox false');
    const mark = s.events().length;
    expect(await s.exec('docker stop pp rr xx')).toEqual({ stdout: 'pp\nrr\nxx\n', stderr: '', exitCode: 0 });
    expect(relaxed(labels(eventsOf(s, p, mark)))).toEqual(['kill signal=15', 'die exitCode=143', 'stop']);
    expect(dieStopCanonical(labels(eventsOf(s, r, mark)))).toEqual(['kill signal=15', 'die exitCode=143', 'stop']);
    expect(labels(eventsOf(s, x, mark))).toEqual(['stop']);
    for (const n of ['pp', 'rr', 'xx']) expect(state(s, n).Status).toBe('exited');
  });
});
