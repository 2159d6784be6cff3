import { goQuote } from '../format/gostrconv';

/**
 * The bits of Go's strconv / time packages whose exact error texts the docker CLI prints.
 * pflag's int flags use strconv.ParseInt(s, 0, 64) (vendor/github.com/spf13/pflag/int.go),
 * bool flags strconv.ParseBool (bool.go), duration flags time.ParseDuration (duration.go).
 */

export type GoResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Go's strconv.Quote (what `%q` does to a string). */
/** strconv.Quote: one implementation for the whole model (format/gostrconv.ts). */
export { goQuote };

/** strconv.QuoteRune: the same escapes, in single quotes. */
export function goQuoteRune(ch: string): string {
  const inner = goQuote(ch).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${inner}'`;
}

export function firstByteRune(s: string): string {
  const cp = s.codePointAt(0) ?? 0;
  if (cp < 0x80) return String.fromCodePoint(cp);
  if (cp < 0x800) return String.fromCodePoint(0xc0 | (cp >> 6));
  if (cp < 0x10000) return String.fromCodePoint(0xe0 | (cp >> 12));
  return String.fromCodePoint(0xf0 | (cp >> 18));
}

const numError = (fn: string, num: string, err: string): string => `strconv.${fn}: parsing ${goQuote(num)}: ${err}`;

const lower = (c: string): string => c.toLowerCase();

/** Go's strconv.underscoreOK. */
function underscoreOK(input: string): boolean {
  let s = input;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  const c1 = s[1];
  if (s.length >= 2 && s[0] === '0' && c1 !== undefined && 'box'.includes(lower(c1))) {
    i = 2;
    saw = '0';
    hex = lower(c1) === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

type UintOutcome = { ok: true; value: bigint } | { ok: false; kind: 'syntax' | 'range' };

/** Go's strconv.ParseUint core (base 0 or 10). */
function parseUintCore(s0: string, base0: boolean, bitSize: number): UintOutcome {
  if (s0 === '') return { ok: false, kind: 'syntax' };
  let s = s0;
  let base = 10;
  if (base0 && s[0] === '0') {
    const c1 = s.length >= 3 ? lower(s[1] ?? '') : '';
    if (c1 === 'b') [base, s] = [2, s.slice(2)];
    else if (c1 === 'o') [base, s] = [8, s.slice(2)];
    else if (c1 === 'x') [base, s] = [16, s.slice(2)];
    else [base, s] = [8, s.slice(1)];
  }
  const max = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_' && base0) {
      underscores = true;
      continue;
    }
    const d = /^[0-9]$/.test(c) ? c.charCodeAt(0) - 48 : /^[a-z]$/i.test(c) ? lower(c).charCodeAt(0) - 87 : 99;
    if (d >= base) return { ok: false, kind: 'syntax' };
    n = n * BigInt(base) + BigInt(d);
    if (n > max) return { ok: false, kind: 'range' };
  }
  if (underscores && !underscoreOK(s0)) return { ok: false, kind: 'syntax' };
  return { ok: true, value: n };
}

const errText = (kind: 'syntax' | 'range'): string => (kind === 'syntax' ? 'invalid syntax' : 'value out of range');

/** strconv.ParseInt(s, base, bitSize) for base 0 (Go literal prefixes, underscores) or 10 (Atoi). */
export function goParseInt(s: string, base: 0 | 10 = 0, bitSize = 64): GoResult<number> {
  if (s === '') return { ok: false, error: numError('ParseInt', s, 'invalid syntax') };
  let rest = s;
  let neg = false;
  if (rest[0] === '+') rest = rest.slice(1);
  else if (rest[0] === '-') [neg, rest] = [true, rest.slice(1)];
  const un = parseUintCore(rest, base === 0, bitSize);
  if (!un.ok && un.kind === 'syntax') return { ok: false, error: numError('ParseInt', s, 'invalid syntax') };
  const value = un.ok ? un.value : (1n << BigInt(bitSize)) - 1n;
  const cutoff = 1n << BigInt(bitSize - 1);
  if ((!neg && value >= cutoff) || (neg && value > cutoff)) {
    return { ok: false, error: numError('ParseInt', s, 'value out of range') };
  }
  return { ok: true, value: Number(neg ? -value : value) };
}

/** strconv.ParseUint(s, 0, bitSize). */
export function goParseUint(s: string, bitSize = 64): GoResult<number> {
  const un = parseUintCore(s, true, bitSize);
  if (!un.ok) return { ok: false, error: numError('ParseUint', s, errText(un.kind)) };
  return { ok: true, value: Number(un.value) };
}

/** strconv.ParseBool. */
export function goParseBool(s: string): GoResult<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return { ok: true, value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return { ok: true, value: false };
  return { ok: false, error: numError('ParseBool', s, 'invalid syntax') };
}

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
