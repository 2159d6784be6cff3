import { describe, expect, it } from 'vitest';
import { frameDelta, stageMsFor } from '../../src/sim/speed';

describe('speed and motion', () => {
  it('has no motion under reduced motion or at instant speed', () => {
    expect(stageMsFor(1, true)).toBe(0);
    expect(stageMsFor('instant', false)).toBe(0);
    expect(stageMsFor(1, false)).toBeGreaterThan(stageMsFor(4, false));
  });

  it('makes every stage exactly as much slower as the speed says', () => {
    for (const speed of [0.25, 0.5, 2, 4] as const) expect(stageMsFor(speed, false) * speed).toBe(stageMsFor(1, false));
  });

  it('never lets a long pause between frames leap simulated time ahead', () => {
    expect(frameDelta(null, 1000)).toBe(0);
    expect(frameDelta(1000, 1016)).toBe(16);
    expect(frameDelta(1000, 60_000)).toBe(250);
  });
});
