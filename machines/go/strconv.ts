/**
 * Go's strconv quoting and a few byte-level string helpers. JS strings are UTF-16; Go strings are
 * UTF-8 bytes, so lengths and offsets that Go reports are byte counts (utf8Length).
 */

/** The UTF-8 bytes of s (a lone surrogate encodes as U+FFFD). */
export function utf8Bytes(s: string): number[] {
  const bytes: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return bytes;
}

/** Number of UTF-8 bytes that `s` takes (what Go's `len(s)` returns). A lone surrogate counts 3 (U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * `s[:n]` on the UTF-8 bytes of s. A rune cut in the middle becomes U+FFFD, which is how a terminal
 * shows the stray bytes Go would write.
 */
export function utf8Prefix(s: string, n: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const size = utf8Length(ch);
    if (used + size > n) {
      if (used < n) out += '\ufffd';
      break;
    }
    out += ch;
    used += size;
  }
  return out;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(ch: string): boolean {
  return ch === ' ' || PRINTABLE.test(ch);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** strconv.Quote: a double-quoted Go string literal (printable runes kept, others escaped). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') {
      out += '\\' + ch;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate cannot be UTF-8; Go would see invalid bytes and print U+FFFD escapes.
      out += '\\ufffd';
    } else if (isPrint(ch)) {
      out += ch;
    } else {
      switch (ch) {
        case '\x07':
          out += '\\a';
          break;
        case '\b':
          out += '\\b';
          break;
        case '\f':
          out += '\\f';
          break;
        case '\n':
          out += '\\n';
          break;
        case '\r':
          out += '\\r';
          break;
        case '\t':
          out += '\\t';
          break;
        case '\v':
          out += '\\v';
          break;
        default:
          if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
          else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
          else out += '\\U' + hex(cp, 8);
      }
    }
  }
  return out + '"';
}

/** `%.Nq`: quote the first n runes. Used by Go's template lexer for long tokens. */
export function goQuotePrefix(s: string, runes: number): string {
  return goQuote(Array.from(s).slice(0, runes).join(''));
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** strconv.Unquote for "…", `…` and '…' literals. Returns undefined on invalid syntax. */
export function goUnquote(q: string): string | undefined {
  if (q.length < 2) return undefined;
  const quote = q[0];
  if (quote !== q[q.length - 1]) return undefined;
  const body = q.slice(1, -1);
  if (quote === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '');
  if (quote !== '"' && quote !== "'") return undefined;
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i] as string;
    if (c === quote || c === '\n') return undefined;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    if (e in SIMPLE_ESCAPES) {
      if ((e === "'" && quote === '"') || (e === '"' && quote === "'")) return undefined;
      out += SIMPLE_ESCAPES[e];
      i += 2;
      continue;
    }
    const widths: Record<string, number> = { x: 2, u: 4, U: 8 };
    const w = widths[e];
    if (w !== undefined) {
      const digits = body.slice(i + 2, i + 2 + w);
      if (!new RegExp(`^[0-9a-fA-F]{${w}}$`).test(digits)) return undefined;
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
      out += String.fromCodePoint(cp);
      i += 2 + w;
      continue;
    }
    const oct = body.slice(i + 1, i + 4);
    if (/^[0-7]{3}$/.test(oct)) {
      const v = parseInt(oct, 8);
      if (v > 255) return undefined;
      out += String.fromCharCode(v);
      i += 4;
      continue;
    }
    return undefined;
  }
  if (quote === "'" && Array.from(out).length !== 1) return undefined;
  return out;
}

/**
 * fmt's `%.{prec}g` for a finite float: shortest of %e / %f, trailing zeros removed, and a
 * two-digit minimum exponent (`1e+03`), as go-units' HumanSizeWithPrecision relies on.
 */
export function formatG(x: number, prec: number): string {
  if (x === 0) return '0';
  const p = prec === 0 ? 1 : prec;
  const [mant = '0', expStr = '0'] = x.toExponential(p - 1).split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= p) {
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const sign = exp < 0 ? '-' : '+';
    return `${m}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = x.toFixed(Math.max(0, p - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

// Parsing, with the exact error texts the docker CLI prints: pflag's int flags use
// strconv.ParseInt(s, 0, 64) (vendor/github.com/spf13/pflag/int.go), bool flags strconv.ParseBool.

export type GoResult<T> = { ok: true; value: T } | { ok: false; error: string };

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
