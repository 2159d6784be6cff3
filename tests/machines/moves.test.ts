/**
 * Moves (simulator-contract.md §1.1), steps and event traces: what moved, from where, to where,
 * why, and which step it belongs to, as the model records them for the page to draw.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator, edgeAllows, lifecycleGraph, type LiveSimulator, type Move } from '../../machines/index';

/** `from→to (cause)` for each move of one container. */
function path(sim: LiveSimulator, name: string): string[] {
  return sim
    .moves()
    .filter((m) => m.name === name)
    .map((m) => `${m.from}→${m.to} (${m.cause})`);
}

function last(sim: LiveSimulator, name: string): Move | undefined {
  return sim
    .moves()
    .filter((m) => m.name === name)
    .at(-1);
}

describe('moves of a container, as the model makes them', () => {
  it('docker run records two moves caused by run: none → created → running', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    expect(path(sim, 'web')).toEqual(['none→created (run)', 'created→running (run)']);
  });

  it('docker create then docker start are caused by their own verbs', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker create --name web nginx');
    await sim.exec('docker start web');
    expect(path(sim, 'web')).toEqual(['none→created (create)', 'created→running (start)']);
  });

  it('pause and unpause move between running and paused', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker pause web');
    await sim.exec('docker unpause web');
    expect(path(sim, 'web').slice(2)).toEqual(['running→paused (pause)', 'paused→running (unpause)']);
  });

  it('docker stop of a PID 1 sleep is one move, caused by stop, with exit code 137 and SIGKILL', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    await sim.exec('docker stop web');
    expect(last(sim, 'web')).toMatchObject({ from: 'running', to: 'exited', cause: 'stop', exitCode: 137, signal: 9 });
  });

  it("nginx exiting cleanly on docker stop's SIGQUIT is the stop's move, exit code 0", async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker stop web');
    expect(last(sim, 'web')).toMatchObject({ from: 'running', to: 'exited', cause: 'stop', exitCode: 0, signal: 3 });
  });

  it('docker restart passes through exited: running → exited → running, both by restart', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker restart web');
    expect(path(sim, 'web').slice(2)).toEqual(['running→exited (restart)', 'exited→running (restart)']);
  });

  it('with --rm, a process that ends stops at exited before it is removed by auto-remove', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --rm --name job busybox sleep 2');
    await sim.advance(2000);
    expect(path(sim, 'job').slice(2)).toEqual(['running→exited (exit)', 'exited→removed (auto-remove)']);
  });

  it('docker rm -f of a running container passes through exited, both moves by rm', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker rm -f web');
    expect(path(sim, 'web').slice(2)).toEqual(['running→exited (rm)', 'exited→removed (rm)']);
  });

  it('a restart policy goes running → restarting (exit) → running (restart-policy)', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --restart on-failure:2 --name web busybox sleep 1000');
    await sim.inject('web', { type: 'exit', code: 1 });
    expect(last(sim, 'web')).toMatchObject({ from: 'running', to: 'restarting', cause: 'exit', exitCode: 1 });
    await sim.advance(100);
    expect(last(sim, 'web')).toMatchObject({ from: 'restarting', to: 'running', cause: 'restart-policy' });
  });

  it('an OOM kill under a restart policy moves to restarting caused by oom', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --restart always --name web nginx');
    await sim.inject('web', { type: 'oom' });
    expect(last(sim, 'web')).toMatchObject({ to: 'restarting', cause: 'oom', exitCode: 137 });
  });

  it('docker stop on a paused container thaws it: paused → running → exited, both by stop', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker pause web');
    await sim.exec('docker stop web');
    expect(path(sim, 'web').slice(3)).toEqual(['paused→running (stop)', 'running→exited (stop)']);
  });

  it('an exit made while frozen happens on unpause: paused → running (unpause) → exited (exit)', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    await sim.exec('docker pause web');
    await sim.inject('web', { type: 'exit', code: 4 });
    expect(last(sim, 'web')?.to).toBe('paused');
    await sim.exec('docker unpause web');
    expect(path(sim, 'web').slice(3)).toEqual(['paused→running (unpause)', 'running→exited (exit)']);
  });

  it('a kill during the restart back-off logs no event but still moves restarting → exited (kill)', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --restart always --name web busybox false');
    const events = sim.events().length;
    await sim.exec('docker kill web');
    expect(sim.events()).toHaveLength(events);
    expect(last(sim, 'web')).toMatchObject({ from: 'restarting', to: 'exited', cause: 'kill', events: [] });
  });

  it('a removal that fails moves to dead by fault; a slow one goes through removing by rm', async () => {
    const sim = createSimulator({ seed: 1, autoAdvance: false });
    await sim.exec('docker create --name aa busybox');
    sim.fault('aa', { type: 'rm-fails' }, 'rm fails');
    await sim.exec('docker rm aa');
    expect(last(sim, 'aa')).toMatchObject({ from: 'created', to: 'dead', cause: 'fault' });

    await sim.exec('docker create --name bb busybox');
    sim.fault('bb', { type: 'rm-slow', ms: 3000 }, 'rm slow');
    void sim.exec('docker rm bb');
    expect(last(sim, 'bb')).toMatchObject({ from: 'created', to: 'removing', cause: 'rm' });
    await sim.advance(3000);
    expect(last(sim, 'bb')).toMatchObject({ from: 'removing', to: 'removed', cause: 'rm' });
  });

  it('a --rm container whose start fails is removed by auto-remove, never running', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run --rm --name job busybox nosuchcommand');
    expect(path(sim, 'job')).toEqual(['none→created (run)', 'created→removed (auto-remove)']);
  });

  it('a move lists the Docker events it produced: a stop of a sleep is kill, kill, die, stop', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    await sim.exec('docker stop web');
    const events = sim.events();
    expect(last(sim, 'web')?.events.map((i) => events[i]?.Action)).toEqual(['kill', 'kill', 'die', 'stop']);
  });
});

describe('steps: every command, fault and thing that happens by itself', () => {
  it('docker run reports its step and the container it created', async () => {
    const sim = createSimulator({ seed: 1 });
    const r = await sim.run('docker run -d --name web nginx');
    expect(r.result.exitCode).toBe(0);
    expect(sim.step(r.step)).toMatchObject({ kind: 'command', label: 'docker run -d --name web nginx' });
    expect(r.targets).toEqual([expect.objectContaining({ name: 'web', outcome: 'done' })]);
    expect(sim.moves().every((m) => m.step === r.step)).toBe(true);
  });

  it('docker stop -t 9 ghost names no container, even when 9 is a prefix of an ID', async () => {
    const sim = createSimulator({ seed: 1 });
    for (const n of ['aa', 'bb', 'cc', 'dd']) await sim.exec(`docker run -d --name ${n} nginx`);
    const r = await sim.run('docker stop -t 9 ghost');
    expect(r.result.stderr).toBe('Error response from daemon: No such container: ghost\n');
    expect(r.targets).toEqual([
      {
        arg: 'ghost',
        outcome: 'missing',
        error: 'Error response from daemon: No such container: ghost',
        reason: 'noSuchContainer',
      },
    ]);
  });

  it('a refused command reports the container it named as refused', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker create --name web nginx');
    const r = await sim.run('docker pause web');
    expect(r.targets).toEqual([expect.objectContaining({ arg: 'web', name: 'web', outcome: 'refused' })]);
  });

  it('the verbs more-docker added name the line printed, and the daemon error behind it when there is one', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker create --name web nginx');
    await sim.exec('docker run -d --name db nginx');
    await sim.exec('docker run -d --rm --name tmp nginx');
    const cases: [string, 'missing' | 'refused', string | undefined][] = [
      ['docker exec ghost ls', 'missing', 'noSuchContainer'],
      ['docker exec web ls', 'refused', 'notRunning'],
      ['docker attach web', 'refused', undefined],
      ['docker top web', 'refused', 'notRunning'],
      ['docker wait ghost', 'missing', 'noSuchContainer'],
      ['docker rename ghost other', 'missing', 'noSuchContainer'],
      ['docker rename web db', 'refused', undefined],
      ['docker update --restart always ghost', 'missing', 'noSuchContainer'],
      ['docker update --restart always tmp', 'refused', 'updateFailed'],
    ];
    for (const [line, outcome, reason] of cases) {
      const r = await sim.run(line);
      const [target] = r.targets;
      expect(r.targets, line).toHaveLength(1);
      expect(target?.outcome, line).toBe(outcome);
      expect(target?.reason, line).toBe(reason);
      expect(r.result.stderr.split('\n'), line).toContain(target?.error);
    }
    await sim.exec('docker pause db');
    const r = await sim.run('docker exec db ls');
    expect(r.targets).toEqual([
      expect.objectContaining({
        name: 'db',
        outcome: 'refused',
        error: 'Error response from daemon: Container db is paused, unpause the container before exec',
        reason: 'execPaused',
      }),
    ]);
  });

  it('docker container prune: each removal is a move caused by prune along an rm edge, in its step with the prune event', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker create --name web nginx');
    await sim.exec('docker run -d --name db nginx');
    await sim.exec('docker stop db');
    const r = await sim.run('docker container prune -f');
    expect(r.moves.map((m) => `${m.name}: ${m.from}→${m.to} (${m.cause})`)).toEqual([
      'db: exited→removed (prune)',
      'web: created→removed (prune)',
    ]);
    expect(r.moves.every((m) => m.step === r.step)).toBe(true);
    expect(r.events.map((e) => `${e.event.Action} ${e.trace.cause}`)).toEqual([
      'destroy prune',
      'destroy prune',
      'prune prune',
    ]);
    expect(sim.stepTrace(r.step)).toEqual({ events: r.events, moves: r.moves });
    const graph = lifecycleGraph();
    for (const m of r.moves) {
      const edge = graph.edges.find((e) => e.from === m.from && e.to === m.to);
      expect(edge && edgeAllows(edge, m.cause), `${m.from}->${m.to}`).toBe(true);
      expect(edge?.causes).toContain('rm');
    }
  });

  it('a start of a running container is a no-op and says so', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    const r = await sim.run('docker start web');
    expect(r.targets).toEqual([expect.objectContaining({ name: 'web', outcome: 'no-op' })]);
  });

  it('the restart after a fault belongs to the fault step, so its story is not cut short', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --restart on-failure:2 --name web busybox sleep 1000');
    const step = sim.fault('web', { type: 'exit', code: 1 }, 'the process exits');
    await sim.advance(100);
    const mine = sim.moves().filter((m) => m.step === step);
    expect(mine.map((m) => `${m.from}→${m.to}`)).toEqual(['running→restarting', 'restarting→running']);
  });

  it('a process that ends by itself later opens a step of its own', async () => {
    const sim = createSimulator({ seed: 1 });
    const r = await sim.run('docker run -d --name job busybox sleep 5');
    await sim.advance(5000);
    const exit = last(sim, 'job');
    expect(exit).toMatchObject({ to: 'exited', cause: 'exit' });
    expect(exit?.step).not.toBe(r.step);
    expect(sim.step(exit?.step ?? -1)).toMatchObject({ kind: 'auto', label: 'job' });
  });

  it('a process that ends the moment it starts ends within the step that started it', async () => {
    const sim = createSimulator({ seed: 1 });
    const r = await sim.run('docker run -d --name once busybox true');
    expect(
      sim
        .moves()
        .filter((m) => m.name === 'once')
        .every((m) => m.step === r.step),
    ).toBe(true);
  });

  it('the grace period SIGKILL belongs to the stop, even when it comes in a later moment', async () => {
    const sim = createSimulator({ seed: 1, autoAdvance: false });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    const stop = sim.run('docker stop web');
    await sim.advance(10_000);
    const { step } = await stop;
    const kills = sim.tracedEventsSince(0).filter((t) => t.event.Action === 'kill');
    expect(kills.map((k) => [k.trace.step, k.trace.kill])).toEqual([
      [step, { role: 'stop-signal', source: 'default' }],
      [step, { role: 'fallback', graceMs: 10_000, after: 15 }],
    ]);
  });
});

describe('event traces: why each Docker event happened', () => {
  it("tells where a stop's signal came from: the image, --stop-signal, -s or the default", async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name aa nginx');
    await sim.exec('docker run -d --name bb --stop-signal SIGINT redis');
    await sim.exec('docker run -d --name cc redis');
    await sim.exec('docker run -d --name dd redis');
    await sim.exec('docker stop aa bb cc');
    await sim.exec('docker stop -s SIGINT dd');
    const sources = sim
      .tracedEventsSince(0)
      .filter((t) => t.event.Action === 'kill')
      .map((t) => [t.event.Actor.Attributes.name, t.trace.kill]);
    expect(sources).toEqual([
      ['aa', { role: 'stop-signal', source: 'image' }],
      ['bb', { role: 'stop-signal', source: 'create-flag' }],
      ['cc', { role: 'stop-signal', source: 'default' }],
      ['dd', { role: 'stop-signal', source: 'option' }],
    ]);
  });

  it('a docker kill 3 s into a stop is the kill command, not the grace period ending', async () => {
    const sim = createSimulator({ seed: 1, autoAdvance: false });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    void sim.exec('docker stop web');
    await sim.advance(3000);
    await sim.exec('docker kill web');
    const traced = sim.tracedEventsSince(0).filter((t) => ['kill', 'die'].includes(t.event.Action));
    expect(traced.map((t) => [t.event.Action, t.trace.cause, t.trace.kill ?? t.trace.exit])).toEqual([
      ['kill', 'stop', { role: 'stop-signal', source: 'default' }],
      ['kill', 'kill', { role: 'signal' }],
      ['die', 'kill', { how: 'signal', signal: 9 }],
    ]);
  });

  it('says how each process ended: EOF, its own end, a signal, a handled signal, the fallback, OOM', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name eof busybox');
    await sim.exec('docker run -d --name done busybox sh -c "exit 3"');
    await sim.exec('docker run -d --name top busybox top');
    await sim.exec('docker run -d --name ng nginx');
    await sim.exec('docker run -d --name sl busybox sleep 1000');
    await sim.exec('docker run -d --name oom nginx');
    await sim.exec('docker stop top ng sl');
    await sim.inject('oom', { type: 'oom' });
    const hows = Object.fromEntries(
      sim
        .tracedEventsSince(0)
        .filter((t) => t.event.Action === 'die')
        .map((t) => [t.event.Actor.Attributes.name, t.trace.exit]),
    );
    expect(hows).toEqual({
      eof: { how: 'eof' },
      done: { how: 'natural' },
      top: { how: 'signal', signal: 15 },
      ng: { how: 'handled', signal: 3 },
      sl: { how: 'fallback', signal: 9, ignored: 15 },
      oom: { how: 'oom', signal: 9 },
    });
  });

  it('marks the unpause the daemon makes to deliver a stop signal as a thaw', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker pause web');
    await sim.exec('docker unpause web');
    await sim.exec('docker pause web');
    await sim.exec('docker stop web');
    const unpauses = sim.tracedEventsSince(0).filter((t) => t.event.Action === 'unpause');
    expect(unpauses.map((t) => [t.trace.cause, t.trace.thaw ?? false])).toEqual([
      ['unpause', false],
      ['stop', true],
    ]);
  });
});
