import { describe, expect, it } from 'vitest';
import { humanSizeWithPrecision } from '../../../machines/go/units';

describe('HumanSizeWithPrecision (precision 3, decimal units)', () => {
  it.each([
    [0, '0B'],
    [10, '10B'],
    [999, '999B'],
    [1000, '1kB'],
    [12345, '12.3kB'],
    [4261880, '4.26MB'],
    [187_000_000, '187MB'],
  ])('%i bytes reads %s', (n, text) => {
    expect(humanSizeWithPrecision(n, 3)).toBe(text);
  });
});
