import { describe, expect, it } from 'vitest';
import { goTimeParse } from '../../../machines/go/timeparse';

describe("Go's time.Parse for docker's layouts", () => {
  it('parses a full RFC 3339 time with fraction and offset', () => {
    expect(goTimeParse('2006-01-02T15:04:05.999999999Z07:00', '2026-01-01T10:00:00.000000001+01:00')).toEqual({
      ok: true,
      sec: Date.UTC(2026, 0, 1, 9) / 1000,
      nsec: 1,
    });
  });

  it('accepts a fraction the layout does not mention', () => {
    expect(goTimeParse('2006-01-02T15:04:05', '2026-01-01T00:00:00.25')).toEqual({
      ok: true,
      sec: Date.UTC(2026, 0, 1) / 1000,
      nsec: 250000000,
    });
  });

  it('accepts a one-digit hour but not a one-digit month', () => {
    expect(goTimeParse('2006-01-02T15', '2026-01-01T7').ok).toBe(true);
    expect(goTimeParse('2006-01-02', '2026-1-01')).toEqual({
      ok: false,
      error: 'parsing time "2026-1-01" as "2006-01-02": cannot parse "1-01" as "01"',
    });
  });

  it('validates the day against the month, leap years included', () => {
    expect(goTimeParse('2006-01-02', '2024-02-29').ok).toBe(true);
    expect(goTimeParse('2006-01-02', '2026-02-29')).toEqual({
      ok: false,
      error: 'parsing time "2026-02-29": day out of range',
    });
  });

  it('reports a bad zone offset as a parse of Z07:00', () => {
    expect(goTimeParse('2006-01-02T15:04:05Z07:00', '2026-01-01T00:00:00+0100')).toEqual({
      ok: false,
      error: 'parsing time "2026-01-01T00:00:00+0100" as "2006-01-02T15:04:05Z07:00": cannot parse "+0100" as "Z07:00"',
    });
  });
});
