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
