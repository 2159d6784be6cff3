import { describe, expect, it } from 'vitest';
import { lifecycleGraph, LIFECYCLE_STATES } from '../../machines/index';
import {
  crowded,
  DOT_R,
  HEIGHT,
  layoutEdges,
  NODE_POSITIONS,
  NODE_R,
  PILL,
  tokenSlot,
  WIDTH,
} from '../../src/viz/layout';
import { stagesFor } from '../../src/viz/stages';
import { createSimulator } from '../../machines/index';

describe('the diagram layout', () => {
  it('keeps every node inside the drawing and no two nodes overlapping', () => {
    for (const s of LIFECYCLE_STATES) {
      const p = NODE_POSITIONS[s];
      expect(p.x - NODE_R).toBeGreaterThanOrEqual(0);
      expect(p.x + NODE_R).toBeLessThanOrEqual(WIDTH);
      expect(p.y - NODE_R).toBeGreaterThanOrEqual(0);
      expect(p.y + NODE_R).toBeLessThanOrEqual(HEIGHT);
      for (const o of LIFECYCLE_STATES) {
        if (o === s) continue;
        const q = NODE_POSITIONS[o];
        expect(Math.hypot(p.x - q.x, p.y - q.y), `${s} / ${o}`).toBeGreaterThan(NODE_R * 4);
      }
    }
  });

  it('gives every edge of the model a drawn path', () => {
    const edges = layoutEdges(lifecycleGraph().edges);
    expect(edges.length).toBe(lifecycleGraph().edges.filter((e) => e.from !== 'none').length);
    for (const e of edges) expect(e.path).toMatch(/^M [\d.-]+ [\d.-]+ [QC] /);
  });

  it('puts up to 50 tokens on one node without two of them overlapping', () => {
    for (const n of [1, 5, 12, 13, 50]) {
      const slots = Array.from({ length: n }, (_, i) => tokenSlot('running', i, n));
      const minGap = crowded(n) ? DOT_R * 2 : PILL.height;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const a = slots[i]!;
          const b = slots[j]!;
          const apart = crowded(n)
            ? Math.hypot(a.x - b.x, a.y - b.y) >= minGap
            : Math.abs(a.x - b.x) >= PILL.width || Math.abs(a.y - b.y) >= PILL.height;
          expect(apart, `${n} tokens: ${i} and ${j}`).toBe(true);
        }
    }
  });
});

describe('the stages a token plays', () => {
  it('plays a stop on a process that ignores SIGTERM as SIGTERM, SIGKILL, exit 137, then exited', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    const from = sim.events().length;
    await sim.exec('docker stop web');
    expect(stagesFor(sim.events().slice(from), 'exited')).toEqual([
      { kind: 'pulse', label: 'SIGTERM' },
      { kind: 'pulse', label: 'SIGKILL' },
      { kind: 'pulse', label: 'exit 137' },
      { kind: 'move', to: 'exited' },
      { kind: 'pulse', label: 'stop' },
    ]);
  });

  it('plays rm -f as a kill and then the move to removed, and a crash under a restart policy as a move to restarting', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 300');
    let from = sim.events().length;
    await sim.exec('docker rm -f web');
    expect(stagesFor(sim.events().slice(from), 'removed').filter((s) => s.kind === 'move')).toEqual([
      { kind: 'move', to: 'exited' },
      { kind: 'move', to: 'removed' },
    ]);
    from = sim.events().length;
    await sim.exec('docker run -d --name loop --restart always busybox false');
    expect(stagesFor(sim.events().slice(from), 'restarting').filter((s) => s.kind === 'move')).toEqual([
      { kind: 'move', to: 'created' },
      { kind: 'move', to: 'running' },
      { kind: 'move', to: 'restarting' },
    ]);
  });
});
