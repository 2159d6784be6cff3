import { describe, expect, it } from 'vitest';
import { createSimulator, lifecycleGraph, LIFECYCLE_STATES } from '../../../machines/index';

const edge = (from: string, to: string) => lifecycleGraph().edges.find((e) => e.from === from && e.to === to);

describe('lifecycleGraph, read from the container machine', () => {
  it('gives every state but created an edge into it, and created its edge from nothing', () => {
    const { edges } = lifecycleGraph();
    for (const s of LIFECYCLE_STATES)
      expect(
        edges.some((e) => e.to === s),
        s,
      ).toBe(true);
    expect(edge('none', 'created')?.causes).toEqual(['create']);
  });

  it('names the causes in the words of moves: commands, process exit, OOM, restart policy, auto-remove', () => {
    expect(edge('running', 'exited')?.causes).toEqual(
      expect.arrayContaining(['stop', 'kill', 'restart', 'rm', 'exit', 'oom']),
    );
    expect(edge('running', 'restarting')?.causes).toEqual(expect.arrayContaining(['exit', 'oom', 'kill']));
    expect(edge('restarting', 'running')?.causes).toEqual(['restart-policy']);
    expect(edge('exited', 'removed')?.causes).toEqual(expect.arrayContaining(['rm', 'auto-remove']));
    expect(edge('exited', 'dead')?.causes).toEqual(['fault']);
    expect(edge('running', 'restarting')?.commandOnly).toBe(false);
    expect(edge('exited', 'running')?.commandOnly).toBe(true);
  });

  it('passes through exited the way moves do: a restart, rm -f and --rm all stop at exited first', () => {
    expect(edge('running', 'running')).toBeUndefined();
    expect(edge('running', 'removed')).toBeUndefined();
    expect(edge('paused', 'removed')).toBeUndefined();
    expect(edge('created', 'paused')).toBeUndefined();
    expect(edge('exited', 'paused')).toBeUndefined();
    // A thaw on the way to an exit passes through running.
    expect(edge('paused', 'running')?.causes).toEqual(expect.arrayContaining(['unpause', 'stop', 'kill', 'rm']));
  });
});

describe('preview: what Docker would say, without doing it', () => {
  it('refuses pause on a created container with the daemon text, and changes nothing', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker create --name web busybox sleep 100');
    const id = sim.inspect('web')?.Id;
    const before = sim.events().length;
    expect(sim.preview('web', { verb: 'pause' })).toEqual({
      kind: 'refused',
      error: `Error response from daemon: container ${id} is not running`,
      reason: 'notRunning',
    });
    expect(sim.events()).toHaveLength(before);
    expect(sim.inspect('web')?.State.Status).toBe('created');
  });

  it('calls start on a running container a no-op and stop on a PID 1 sleep a command that waits', async () => {
    const sim = createSimulator({ seed: 3 });
    await sim.exec('docker run -d --name web busybox sleep 100');
    expect(sim.preview('web', { verb: 'start' })).toEqual({ kind: 'no-op' });
    expect(sim.preview('web', { verb: 'stop' })).toEqual({ kind: 'accepted', waits: true });
    expect(sim.preview('web', { verb: 'kill' })).toEqual({ kind: 'accepted', waits: false });
    expect(sim.preview('web', { verb: 'rm' }).kind).toBe('refused');
    expect(sim.preview('web', { verb: 'rm', force: true })).toEqual({ kind: 'accepted', waits: false });
    expect(sim.preview('web', { verb: 'kill', signal: 'FOO' })).toEqual({
      kind: 'refused',
      error: 'Error response from daemon: cannot kill container: web: invalid signal: FOO',
      reason: 'invalidSignal',
    });
    expect(sim.inspect('web')?.State.Status).toBe('running');
  });

  it('agrees with exec for every verb on a paused container', async () => {
    for (const verb of ['start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm'] as const) {
      const sim = createSimulator({ seed: 4 });
      await sim.exec('docker run -d --name web redis');
      await sim.exec('docker pause web');
      const verdict = sim.preview('web', { verb });
      const r = await sim.exec(`docker ${verb} web`);
      if (verdict.kind === 'refused') expect(r.stderr.split('\n')[0], verb).toBe(verdict.error);
      else expect(r.exitCode, verb).toBe(0);
    }
  });
});

describe('view: what the page draws', () => {
  it('shows the grace period of a stop in progress and the back-off of a restart loop', async () => {
    const sim = createSimulator({ seed: 5, autoAdvance: false });
    await sim.exec('docker run -d --name web busybox sleep 100');
    await sim.exec('docker run -d --name loop --restart always busybox false');
    const pending = sim.exec('docker stop web');
    const t0 = sim.now();
    const view = sim.view();
    expect(view.busy).toBe(true);
    expect(view.containers.map((c) => [c.name, c.status, c.order])).toEqual([
      ['web', 'running', 0],
      ['loop', 'restarting', 1],
    ]);
    expect(view.containers[0]?.stopping).toEqual({ mode: 'stop', signal: 15, killAt: t0 + 10_000 });
    expect(view.containers[1]?.restartAt).toBe(t0 + 100);
    await sim.advance(10_000);
    expect(await pending).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(sim.view().containers[0]?.status).toBe('exited');
    expect(sim.view().busy).toBe(false);
  });

  it('tells subscribers about every change and returns the same view object until something changes', async () => {
    const sim = createSimulator({ seed: 6 });
    let calls = 0;
    const unsubscribe = sim.subscribe(() => calls++);
    const a = sim.view();
    expect(sim.view()).toBe(a);
    await sim.exec('docker create --name web busybox');
    expect(calls).toBeGreaterThan(0);
    expect(sim.view()).not.toBe(a);
    unsubscribe();
    const seen = calls;
    await sim.exec('docker rm web');
    expect(calls).toBe(seen);
  });
});

describe('query: commands that answer at once, synchronously', () => {
  it('returns docker ps -a as the CLI prints it, and null for a command that has to wait', async () => {
    const sim = createSimulator({ seed: 7, autoAdvance: false });
    await sim.exec('docker run -d --name web busybox sleep 100');
    const ps = sim.query("docker ps -a --format '{{.Names}} {{.Status}}'");
    expect(ps).toEqual({ stdout: 'web Up Less than a second\n', stderr: '', exitCode: 0 });
    expect(sim.query('docker stop web')).toBeNull();
    expect(sim.view().busy).toBe(true);
    await sim.advance(10_000);
    expect(sim.inspect('web')?.State.Status).toBe('exited');
  });
});
