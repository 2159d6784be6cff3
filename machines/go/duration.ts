/**
 * Go's time.ParseDuration (pflag's duration flags, and `--since`/`--until`), with its error texts.
 */
import { goQuote, type GoResult } from './strconv';

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** time.ParseDuration, returning nanoseconds (precision beyond 2^53 ns is not kept). */
export function goParseDuration(orig: string): GoResult<number> {
  const invalid = { ok: false as const, error: `time: invalid duration ${goQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) [neg, s] = [s[0] === '-', s.slice(1)];
  if (s === '0') return { ok: true, value: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s);
    const whole = m?.[1] ?? '';
    const frac = m?.[2];
    if (whole === '' && (frac === undefined || frac === '')) return invalid;
    s = s.slice(m?.[0].length ?? 0);
    const u = /^[^0-9.]*/.exec(s)?.[0] ?? '';
    if (u === '') return { ok: false, error: `time: missing unit in duration ${goQuote(orig)}` };
    const unit = UNIT_NS[u];
    if (unit === undefined) {
      return { ok: false, error: `time: unknown unit ${goQuote(u)} in duration ${goQuote(orig)}` };
    }
    s = s.slice(u.length);
    total += Number(`${whole === '' ? '0' : whole}.${frac ?? ''}0`) * unit;
  }
  if (total >= 2 ** 63) return invalid;
  return { ok: true, value: neg ? -total : total };
}

/** The duration in nanoseconds (a float), or undefined when Go would reject it. */
export function parseGoDuration(input: string): number | undefined {
  const r = goParseDuration(input);
  return r.ok ? r.value : undefined;
}

/** A number's shortest decimal form, without trailing zeros (Go's fmtFrac result). */
function trimmed(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * time.Duration.String: `1h0m0s`, `1m30s`, `3s`, `2.5s`, `500ms`, `1.5µs`, `0s` (from nanoseconds;
 * the health check's timeout message uses it).
 */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  const d = Math.abs(ns);
  if (d < 1e3) return `${sign}${d}ns`;
  if (d < 1e6) return `${sign}${trimmed(d / 1e3, 3)}µs`;
  if (d < 1e9) return `${sign}${trimmed(d / 1e6, 6)}ms`;
  const h = Math.floor(d / 3600e9);
  const m = Math.floor((d % 3600e9) / 60e9);
  const s = trimmed((d % 60e9) / 1e9, 9);
  if (h > 0) return `${sign}${h}h${m}m${s}s`;
  if (m > 0) return `${sign}${m}m${s}s`;
  return `${sign}${s}s`;
}
