/**
 * Go's time.ParseDuration: a signed sequence of decimal numbers, each with an optional fraction
 * and a unit suffix: "300ms", "-1.5h", "2h45m". Units: ns, us (µs, μs), ms, s, m, h.
 * A bare "0" is allowed; any other number needs a unit.
 */

const UNIT_NS: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** The duration in nanoseconds (a float), or undefined when Go would reject it. */
export function parseGoDuration(input: string): number | undefined {
  let s = input;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return undefined;
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s);
    const whole = m?.[1] ?? '';
    const frac = m?.[2];
    if (whole === '' && (frac === undefined || frac === '')) return undefined;
    s = s.slice((m?.[0] ?? '').length);
    const u = /^[^\d.]+/.exec(s)?.[0] ?? '';
    if (u === '') return undefined; // missing unit
    const unit = UNIT_NS[u];
    if (unit === undefined) return undefined; // unknown unit
    s = s.slice(u.length);
    total += Number(whole || '0') * unit + (frac ? Number('0.' + frac) * unit : 0);
    if (total > 2 ** 63) return undefined; // overflow
  }
  return neg ? -total : total;
}
