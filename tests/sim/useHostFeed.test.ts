import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../machines/index';
import { interleave } from '../../src/sim/useHostFeed';

const label = (items: ReturnType<typeof interleave>) =>
  items.map((i) => (i.kind === 'event' ? i.event.Action : `${i.move.from}>${i.move.to}`));

describe('interleave', () => {
  it('puts each move right after the last Docker event that led to it, as a host hears them', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    await sim.exec('docker stop web');
    expect(label(interleave(sim.events(), 0, sim.moves()))).toEqual([
      'create',
      'none>created',
      'start',
      'created>running',
      'kill',
      'die',
      'stop',
      'running>exited',
    ]);
  });

  it('counts event indices from `first`, for a feed that resumes where it left off', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web nginx');
    const seen = { events: sim.events().length, moves: sim.moves().length };
    await sim.exec('docker pause web');
    const items = interleave(sim.events().slice(seen.events), seen.events, sim.moves().slice(seen.moves));
    expect(label(items)).toEqual(['pause', 'running>paused']);
  });
});
