import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../src/viz/labelPlacement';

describe('edge label placement', () => {
  it('moves overlapping labels apart until they no longer overlap, and leaves the others alone', () => {
    const boxes = [
      { x: 100, y: 100, width: 120, height: 13 },
      { x: 130, y: 104, width: 120, height: 13 },
      { x: 400, y: 100, width: 60, height: 13 },
    ];
    const [a, b, c] = placeLabels(boxes);
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(13);
    expect(a?.y).toBeLessThan(100);
    expect(b?.y).toBeGreaterThan(104);
    expect(c).toEqual({ x: 400, y: 100 });
    expect(a?.x).toBe(100);
  });

  it('never moves a label further than its limit from its edge', () => {
    const boxes = Array.from({ length: 8 }, () => ({ x: 0, y: 0, width: 100, height: 13 }));
    for (const p of placeLabels(boxes, 20)) expect(Math.abs(p.y)).toBeLessThanOrEqual(20);
  });

  it('measures Korean characters wider than Latin ones', () => {
    expect(labelWidth('stop')).toBeCloseTo(4 * 6.6);
    expect(labelWidth('재시작')).toBeCloseTo(3 * 11);
  });
});
