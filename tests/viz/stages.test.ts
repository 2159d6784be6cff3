/**
 * The picture is pinned to the model: the stages a token plays are the model's moves, one for one,
 * in order, with the model's from, to and cause; pulses only mark the events between them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator, signalName, type LiveSimulator } from '../../machines/index';
import { stagesFor, type Stage } from '../../src/viz/stages';

/** Does `action` and returns the stages the diagram would play for what came of it. */
async function played(sim: LiveSimulator, action: () => Promise<unknown>): Promise<Map<string, Stage[]>> {
  const before = sim.counts();
  await action();
  return stagesFor(sim.movesSince(before.moves), sim.tracedEventsSince(before.events), signalName);
}

const idOf = (sim: LiveSimulator, name: string) => sim.inspect(name)?.Id ?? '';

describe('the stages a token plays', () => {
  it('plays a stop on a process that ignores SIGTERM as SIGTERM, SIGKILL, exit 137, stop, then the move', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    const id = idOf(sim, 'web');
    const stages = await played(sim, () => sim.exec('docker stop web'));
    expect(stages.get(id)).toEqual([
      { kind: 'pulse', label: 'SIGTERM' },
      { kind: 'pulse', label: 'SIGKILL' },
      { kind: 'pulse', label: 'exit 137' },
      { kind: 'pulse', label: 'stop' },
      { kind: 'move', from: 'running', to: 'exited', cause: 'stop' },
    ]);
  });

  it('plays pause as one move to paused, and a restart as running → exited → running', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    const id = idOf(sim, 'web');
    expect((await played(sim, () => sim.exec('docker pause web'))).get(id)).toEqual([
      { kind: 'move', from: 'running', to: 'paused', cause: 'pause' },
    ]);
    await sim.exec('docker unpause web');
    const moves = (await played(sim, () => sim.exec('docker restart web'))).get(id)?.filter((s) => s.kind === 'move');
    expect(moves).toEqual([
      { kind: 'move', from: 'running', to: 'exited', cause: 'restart' },
      { kind: 'move', from: 'exited', to: 'running', cause: 'restart' },
    ]);
  });

  it('plays --rm as running → exited → removed, never a jump from running to removed', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --rm --name job busybox sleep 2');
    const id = idOf(sim, 'job');
    const stages = await played(sim, () => sim.advance(2000));
    expect(stages.get(id)?.filter((s) => s.kind === 'move')).toEqual([
      { kind: 'move', from: 'running', to: 'exited', cause: 'exit' },
      { kind: 'move', from: 'exited', to: 'removed', cause: 'auto-remove' },
    ]);
  });

  it('plays a kill during the restart back-off (no event at all) as its move', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --restart always --name loop busybox false');
    const id = idOf(sim, 'loop');
    expect((await played(sim, () => sim.exec('docker kill loop'))).get(id)).toEqual([
      { kind: 'move', from: 'restarting', to: 'exited', cause: 'kill' },
    ]);
  });
});

const LINES = [
  'docker run -d --name web nginx',
  'docker run -d --name job busybox sleep 3',
  'docker run -d --restart on-failure:2 --name svc busybox false',
  'docker create --name db redis',
  'docker run -d --rm --name tmp busybox sleep 1',
  'docker start db',
  'docker pause web',
  'docker unpause web',
  'docker stop web',
  'docker stop -t 1 job',
  'docker kill web',
  'docker kill -s HUP web',
  'docker restart web',
  'docker restart -t 1 job',
  'docker rm web',
  'docker rm -f web',
  'docker rm -f db',
  'docker start web',
  'docker pause db',
  'docker stop db',
  'docker exec web echo hi',
  'docker exec -d job sleep 1',
  'docker rename job job2',
  'docker rename job2 job',
  'docker update --restart always web',
  'docker container prune -f',
  'docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 1 webapp',
] as const;

type Action = { line: string } | { advance: number } | { exit: string };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES).map((line) => ({ line })) },
  { weight: 2, arbitrary: fc.constantFrom(50, 500, 2000, 11_000).map((advance) => ({ advance })) },
  { weight: 1, arbitrary: fc.constantFrom('web', 'job', 'db').map((exit) => ({ exit })) },
);

describe('the diagram plays exactly the model’s moves', () => {
  it('for random command sequences, each container’s move stages are its moves, in order, ending where the model says it is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { maxLength: 25 }), async (actions) => {
        const sim = createSimulator({ seed: 3 });
        const opening: Action[] = [{ line: LINES[0] }, { line: LINES[1] }, { line: LINES[3] }];
        for (const a of [...opening, ...actions]) {
          const before = sim.counts();
          if ('line' in a) await sim.exec(a.line);
          else if ('advance' in a) await sim.advance(a.advance);
          else await sim.inject(a.exit, { type: 'exit', code: 1 });
          const moves = sim.movesSince(before.moves);
          const stages = stagesFor(moves, sim.tracedEventsSince(before.events), signalName);
          for (const [id, list] of stages) {
            const played = list.filter((s) => s.kind === 'move');
            const model = moves
              .filter((m) => m.container === id)
              .map((m) => ({ kind: 'move', from: m.from, to: m.to, cause: m.cause }));
            expect(played).toEqual(model);
            const last = played.at(-1);
            const now = sim.view().containers.find((c) => c.id === id)?.status ?? 'removed';
            if (last?.kind === 'move') expect(last.to).toBe(now);
          }
          // No container moved without its token playing it, and a daemon-wide event (prune) is
          // played on no token.
          for (const m of moves) expect(stages.has(m.container)).toBe(true);
          expect(stages.has('')).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the stages of the commands that do not move a container', () => {
  it('plays docker exec as an exec pulse then how its process exited, with no move', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    const id = idOf(sim, 'web');
    expect((await played(sim, () => sim.exec('docker exec web sh -c "exit 3"'))).get(id)).toEqual([
      { kind: 'pulse', label: 'exec' },
      { kind: 'pulse', label: 'exec exit 3' },
    ]);
  });

  it('plays a rename as a rename pulse on the same token', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    const id = idOf(sim, 'web');
    expect((await played(sim, () => sim.exec('docker rename web api'))).get(id)).toEqual([
      { kind: 'pulse', label: 'rename' },
    ]);
  });

  it('plays a health check’s probes as nothing, and a change of health status as Docker’s word for it', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name hc --health-cmd "curl -fs http://localhost/" --health-interval 2s webapp');
    const id = idOf(sim, 'hc');
    // webapp's HEALTHCHECK has a start period: its first probe runs after the 5 s start interval.
    expect((await played(sim, () => sim.advance(5500))).get(id)).toEqual([{ kind: 'pulse', label: 'healthy' }]);
    // A probe that passes again changes nothing on the token.
    expect((await played(sim, () => sim.advance(2000))).get(id)).toBeUndefined();
    await sim.inject('hc', { type: 'health-fails' });
    expect((await played(sim, () => sim.advance(7000))).get(id)).toEqual([{ kind: 'pulse', label: 'unhealthy' }]);
  });

  it('plays docker container prune as each stopped container’s move to removed, and the daemon’s prune event on no token', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker create --name new busybox');
    await sim.exec('docker run --name done busybox true');
    const stopped = [idOf(sim, 'new'), idOf(sim, 'done')];
    const stages = await played(sim, () => sim.exec('docker container prune -f'));
    expect([...stages.keys()].sort()).toEqual(stopped.sort());
    expect(stages.get(idOf(sim, 'web'))).toBeUndefined();
  });
});
