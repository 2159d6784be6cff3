import { describe, expect, it } from 'vitest';
import {
  ZERO_TIME,
  ZERO_TIME_MS,
  formatGoTimeString,
  formatRfc3339Nano,
  formatRfc3339NanoFixed,
  isZeroTime,
  parseRfc3339,
} from '../../../machines/go/time';

const T = Date.UTC(2026, 0, 1, 0, 0, 0);

describe('time formats', () => {
  it('RFC3339Nano drops the fraction entirely when it is zero', () => {
    expect(formatRfc3339Nano(T)).toBe('2026-01-01T00:00:00Z');
  });

  it('RFC3339Nano trims trailing zeros of the fraction', () => {
    expect(formatRfc3339Nano(T + 120)).toBe('2026-01-01T00:00:00.12Z');
    expect(formatRfc3339Nano(T + 1, 456789)).toBe('2026-01-01T00:00:00.001456789Z');
  });

  it('the events form always has nine fraction digits', () => {
    expect(formatRfc3339NanoFixed(T)).toBe('2026-01-01T00:00:00.000000000Z');
    expect(formatRfc3339NanoFixed(T + 123, 456789)).toBe('2026-01-01T00:00:00.123456789Z');
  });

  it("CreatedAt reads as Go's time.Time.String() in UTC", () => {
    expect(formatGoTimeString(T)).toBe('2026-01-01 00:00:00 +0000 UTC');
    expect(formatGoTimeString(T + 500)).toBe('2026-01-01 00:00:00.5 +0000 UTC');
  });

  it("Go's zero time is 0001-01-01T00:00:00Z and parses back to itself", () => {
    expect(ZERO_TIME).toBe('0001-01-01T00:00:00Z');
    expect(parseRfc3339(ZERO_TIME)).toBe(ZERO_TIME_MS);
    expect(formatRfc3339Nano(ZERO_TIME_MS)).toBe(ZERO_TIME);
    expect(isZeroTime(ZERO_TIME)).toBe(true);
    expect(isZeroTime('2026-01-01T00:00:00Z')).toBe(false);
  });

  it('parsing keeps milliseconds and honours offsets', () => {
    expect(parseRfc3339('2026-01-01T00:00:00.123456789Z')).toBe(T + 123);
    expect(parseRfc3339('2026-01-01T02:00:00+02:00')).toBe(T);
    expect(parseRfc3339('yesterday')).toBeUndefined();
  });

  it('formatting and parsing round-trip', () => {
    const ms = Date.UTC(2026, 5, 30, 23, 59, 59, 999);
    expect(parseRfc3339(formatRfc3339Nano(ms))).toBe(ms);
  });
});
