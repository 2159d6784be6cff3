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
