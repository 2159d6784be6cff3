import { describe, expect, it } from 'vitest';
import { parseTimeArg, sinceAfterUntilError } from '../../../machines/format/timestamp';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0, 500);

describe('--since/--until values (GetTimestamp)', () => {
  it.each([
    ['10m', Date.UTC(2026, 0, 1, 11, 50, 0), '1767268200'],
    ['1h30m', Date.UTC(2026, 0, 1, 10, 30, 0), '1767263400'],
    ['-5s', Date.UTC(2026, 0, 1, 12, 0, 5), '1767268805'],
  ])('the duration %s means now minus it, in whole seconds', (v, ms, wire) => {
    expect(parseTimeArg(v, NOW)).toEqual({ ok: true, ms, wire });
  });

  it.each([
    ['1767225600', Date.UTC(2026, 0, 1), '1767225600'],
    ['1767225600.25', Date.UTC(2026, 0, 1) + 250, '1767225600.25'],
    ['0', 0, '0'],
  ])('the Unix timestamp %s passes through', (v, ms, wire) => {
    expect(parseTimeArg(v, NOW)).toEqual({ ok: true, ms, wire });
  });

  it.each([
    ['2026-01-01', Date.UTC(2026, 0, 1), '1767225600.000000000'],
    ['2026-01-01T10', Date.UTC(2026, 0, 1, 10), '1767261600.000000000'],
    ['2026-01-01T10:30', Date.UTC(2026, 0, 1, 10, 30), '1767263400.000000000'],
    ['2026-01-01T10:30:15', Date.UTC(2026, 0, 1, 10, 30, 15), '1767263415.000000000'],
    ['2026-01-01T10:30:15.5', Date.UTC(2026, 0, 1, 10, 30, 15, 500), '1767263415.500000000'],
    ['2026-01-01T10:30:15Z', Date.UTC(2026, 0, 1, 10, 30, 15), '1767263415.000000000'],
    ['2026-01-01T12:30:15+02:00', Date.UTC(2026, 0, 1, 10, 30, 15), '1767263415.000000000'],
    ['2026-01-01T10:30:15.123456789Z', Date.UTC(2026, 0, 1, 10, 30, 15, 123), '1767263415.123456789'],
    ['2026-01-01T05-05:00', Date.UTC(2026, 0, 1, 10), '1767261600.000000000'],
    ['2026-01-01Z', Date.UTC(2026, 0, 1), '1767225600.000000000'],
  ])('the time %s is read as RFC 3339 (UTC when no zone)', (v, ms, wire) => {
    expect(parseTimeArg(v, NOW)).toEqual({ ok: true, ms, wire });
  });

  it.each([
    ['yesterday', 'failed to parse value as time or duration: "yesterday"'],
    ['10x', 'failed to parse value as time or duration: "10x"'],
    ['2026-13-01', 'parsing time "2026-13-01": month out of range'],
    ['2026-02-30', 'parsing time "2026-02-30": day out of range'],
    ['2026-01', 'parsing time "2026-01" as "2006-01-02": cannot parse "" as "-"'],
    ['2026-01-01T25:00', 'parsing time "2026-01-01T25:00": hour out of range'],
    ['2026-1-01', 'parsing time "2026-1-01" as "2006-01-02": cannot parse "1-01" as "01"'],
    ['2026-01-01x', 'parsing time "2026-01-01x": extra text: "x"'],
  ])('%s is refused with %j', (v, error) => {
    expect(parseTimeArg(v, NOW)).toEqual({ ok: false, error });
  });

  it("the daemon's since-after-until message quotes the values sent", () => {
    expect(sinceAfterUntilError('1767268200', '1767225600.000000000')).toBe(
      'Error response from daemon: `since` time (1767268200) cannot be after `until` time (1767225600.000000000)',
    );
  });
});
