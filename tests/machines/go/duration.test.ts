import { describe, expect, it } from 'vitest';
import { parseGoDuration } from '../../../machines/go/duration';

describe("Go's time.ParseDuration", () => {
  it.each([
    ['0', 0],
    ['10m', 600e9],
    ['1h30m', 5400e9],
    ['1.5s', 1.5e9],
    ['-2h', -7200e9],
    ['300ms', 300e6],
    ['2us', 2000],
    ['2µs', 2000],
    ['.5h', 1800e9],
  ])('%s is %d ns', (s, ns) => {
    expect(parseGoDuration(s)).toBe(ns);
  });

  it.each(['', '10', '1d', 'm', '.s', '1h-', 'abc'])('%j is not a duration', (s) => {
    expect(parseGoDuration(s)).toBeUndefined();
  });
});
