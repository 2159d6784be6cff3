/**
 * Scenarios that start from a `paused` container: the daemon thaws it for stop-type signals,
 * refuses rm/start/pause, and the Up time keeps counting (docker-lifecycle.md §1.1, §2.2, §3, §4, §5).
 */
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../machines/index';
import { at, eventsOf, idOf, labels, must, relaxed, sim, sinceT0, state, tFinished, tStarted } from './helpers';

/** A container named `web` running `cmd`, started at T0 and paused at T0+3 s; the clock then at T0+5 s. */
async function pausedAt5s(s: Simulator, cmd = 'busybox sleep 1000', flags = ''): Promise<{ id: string; mark: number }> {
  const id = await idOf(s, `docker run -d --name web ${flags} ${cmd}`.replace(/\s+/g, ' '));
  await s.advance(3000);
  expect(await s.exec('docker pause web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
  await s.advance(2000);
  const mark = s.events().length;
  return { id, mark };
}

describe('paused', () => {
  it('docker pause marks it paused while Running stays true, and logs pause', async () => {
    const s = sim();
    const { id } = await pausedAt5s(s);
    expect(state(s, 'web')).toMatchObject({ Status: 'paused', Running: true, Paused: true, Restarting: false });
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'pause']);
    expect(sinceT0(eventsOf(s, id)[2])).toBe(3000);
  });

  it('docker stop on a paused sleep thaws it and exits 137 after the grace period', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    const evs = eventsOf(s, id, mark);
    expect(relaxed(labels(evs))).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    // If the optional unpause is there, it comes right after the first kill (the thaw).
    const seq = labels(evs);
    if (seq.includes('unpause')) expect(seq.indexOf('unpause')).toBe(1);
    expect(sinceT0(evs[0])).toBe(5000);
    expect(sinceT0(evs.find((e) => e.Actor.Attributes.signal === '9'))).toBe(15_000);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', Running: false, Paused: false, ExitCode: 137 });
    expect(tFinished(s, 'web')).toBe(15_000);
  });

  it('while docker stop waits on a paused sleep, the container is already thawed (running, not paused)', async () => {
    const s = sim({ autoAdvance: false });
    await pausedAt5s(s);
    const pending = s.exec('docker stop web');
    await s.advance(1000);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Running: true, Paused: false });
    await s.advance(9000);
    expect(await pending).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 137 });
  });

  it('docker stop on a paused top thaws it and top dies of SIGTERM: 143 with no SIGKILL', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'busybox top');
    await must(s, 'docker stop web');
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual(['kill signal=15', 'die exitCode=143', 'stop']);
    expect(tFinished(s, 'web')).toBe(5000);
  });

  it('docker stop on a paused nginx sends SIGQUIT (its STOPSIGNAL), thaws it, and it exits 0', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'nginx');
    await must(s, 'docker stop web');
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual(['kill signal=3', 'die exitCode=0', 'stop']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 0 });
  });

  it('docker stop -s TERM on a paused nginx does not thaw it: the full timeout passes, then SIGKILL gives 137', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'nginx');
    await must(s, 'docker stop -s TERM web');
    const evs = eventsOf(s, id, mark);
    expect(relaxed(labels(evs))).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    const seq = labels(evs);
    // No thaw after the SIGTERM: an unpause, if any, comes only after the SIGKILL.
    if (seq.includes('unpause')) expect(seq.indexOf('unpause')).toBeGreaterThan(seq.indexOf('kill signal=9'));
    expect(sinceT0(evs.find((e) => e.Actor.Attributes.signal === '9'))).toBe(15_000);
    expect(state(s, 'web').ExitCode).toBe(137);
  });

  it('docker kill on a paused container: kill 9, optional unpause, die 137, exited', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker kill web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual(['kill signal=9', 'die exitCode=137']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', Paused: false, Running: false, ExitCode: 137 });
    expect(tFinished(s, 'web')).toBe(5000);
  });

  it('docker kill -s TERM on a paused top thaws it and top dies with 143', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'busybox top');
    await must(s, 'docker kill -s TERM web');
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual(['kill signal=15', 'die exitCode=143']);
  });

  it('docker kill -s HUP on a paused sleep without STOPSIGNAL thaws it: kill(1), unpause, still running', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    await must(s, 'docker kill -s HUP web');
    expect(labels(eventsOf(s, id, mark))).toEqual(['kill signal=1', 'unpause']);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Paused: false, Running: true });
  });

  it('docker kill -s HUP on a paused nginx (STOPSIGNAL QUIT) leaves it paused; the HUP lands at unpause and nginx survives', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'nginx');
    await must(s, 'docker kill -s HUP web');
    expect(labels(eventsOf(s, id, mark))).toEqual(['kill signal=1']);
    expect(state(s, 'web')).toMatchObject({ Status: 'paused', Paused: true });
    await must(s, 'docker unpause web');
    expect(labels(eventsOf(s, id, mark))).toEqual(['kill signal=1', 'unpause']);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Paused: false });
  });

  it('docker rm without -f on a paused container fails with E15 and it stays paused', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker rm web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n',
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
    expect(state(s, 'web').Status).toBe('paused');
  });

  it('docker rm -f on a paused container: kill 9, optional unpause, die 137, destroy', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker rm -f web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual(['kill signal=9', 'die exitCode=137', 'destroy']);
    expect(s.inspect('web')).toBeUndefined();
  });

  it('docker start on a paused container fails with E1 and the start summary line', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker start web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot start a paused container, try unpause instead\nfailed to start containers: web\n',
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
  });

  it('docker pause on a paused container fails with E6 naming the full ID', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker pause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is already paused\n`,
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
  });

  it('docker unpause resumes it: unpause event, running, StartedAt unchanged', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker unpause web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(labels(eventsOf(s, id, mark))).toEqual(['unpause']);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Paused: false, Running: true });
    expect(tStarted(s, 'web')).toBe(0);
    expect(await s.exec('docker unpause web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not paused\n`,
      exitCode: 1,
    });
  });

  it('a frozen sleep does not exit while paused, even past the end of its sleep', async () => {
    const s = sim();
    const id = await idOf(s, 'docker run -d --name web busybox sleep 10');
    await s.advance(3000);
    await must(s, 'docker pause web');
    await s.advance(60_000);
    expect(state(s, 'web').Status).toBe('paused');
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'pause']);
  });

  it('docker stop on a paused container with a short -t still ends in exited', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    await must(s, 'docker stop -t 1 web');
    const evs = eventsOf(s, id, mark);
    expect(relaxed(labels(evs))).toEqual(['kill signal=15', 'kill signal=9', 'die exitCode=137', 'stop']);
    expect(at(evs.at(-1)) - at(evs[0])).toBe(1000);
  });

  it('docker restart on a paused top: kill 15, optional unpause, die 143, stop, start, restart', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'busybox top');
    expect(await s.exec('docker restart web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual([
      'kill signal=15',
      'die exitCode=143',
      'stop',
      'start',
      'restart',
    ]);
    expect(state(s, 'web')).toMatchObject({ Status: 'running', Paused: false });
  });

  it('docker ps shows a paused container, and its Up time keeps counting while paused', async () => {
    const s = sim();
    await pausedAt5s(s);
    await s.advance(3000);
    expect(await s.exec("docker ps --format '{{.Names}} {{.Status}}'")).toEqual({
      stdout: 'web Up 8 seconds (Paused)\n',
      stderr: '',
      exitCode: 0,
    });
    await s.advance(120_000);
    expect(await s.exec("docker ps -a --format '{{.Status}}'")).toEqual({
      stdout: 'Up 2 minutes (Paused)\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('docker inspect --format shows paused with Running and Paused both true', async () => {
    const s = sim();
    await pausedAt5s(s);
    expect(
      await s.exec("docker inspect --format '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' web"),
    ).toEqual({
      stdout: 'paused true true\n',
      stderr: '',
      exitCode: 0,
    });
  });
  it('docker start -a on a paused container is refused by the attach (the CLI attaches by full ID)', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s);
    expect(await s.exec('docker start -a web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is paused, unpause the container before attach\n`,
      exitCode: 1,
    });
    expect(eventsOf(s, id, mark)).toEqual([]);
  });

  it('docker kill -s QUIT on a paused nginx (its STOPSIGNAL) thaws it and nginx exits 0', async () => {
    const s = sim();
    const { id, mark } = await pausedAt5s(s, 'nginx');
    await must(s, 'docker kill -s QUIT web');
    expect(relaxed(labels(eventsOf(s, id, mark)))).toEqual(['kill signal=3', 'die exitCode=0']);
    expect(state(s, 'web')).toMatchObject({ Status: 'exited', ExitCode: 0, Paused: false });
  });
});
