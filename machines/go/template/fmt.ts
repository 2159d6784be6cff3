/**
 * fmt.Sprint / Sprintln / Sprintf for the template builtins print, println and printf
 * (Go fmt/print.go). Sprintf supports the common verbs: %v %s %d %q %t %x %X %f %c %%.
 */
import { goQuote, utf8Bytes } from '../strconv';
import { formatV, isStringKind } from './print';
import { dynamic, typeName, type Val } from './types';

function concrete(x: Val): Val {
  return x !== null && x.t.kind === 'iface' ? dynamic(x.v) : x;
}

/** fmt.Sprint: a space between operands when neither side is a string. */
export function sprint(args: readonly Val[]): string {
  let out = '';
  let prevString = false;
  args.forEach((raw, i) => {
    const a = concrete(raw);
    const isString = isStringKind(a);
    if (i > 0 && !isString && !prevString) out += ' ';
    out += formatV(a);
    prevString = isString;
  });
  return out;
}

/** fmt.Sprintln: spaces between all operands, then a newline. */
export function sprintln(args: readonly Val[]): string {
  return args.map((a) => formatV(concrete(a))).join(' ') + '\n';
}

function badVerb(verb: string, a: Val): string {
  if (a === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(a.t)}=${formatV(a)})`;
}

function pad(s: string, width: number | undefined, minus: boolean, zero: boolean): string {
  if (width === undefined) return s;
  const len = Array.from(s).length;
  if (len >= width) return s;
  if (minus) return s + ' '.repeat(width - len);
  if (zero && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? (s[0] as string) : '';
    return sign + '0'.repeat(width - len) + s.slice(sign.length);
  }
  return ' '.repeat(width - len) + s;
}

function hexOf(s: string, upper: boolean): string {
  const out = utf8Bytes(s)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return upper ? out.toUpperCase() : out;
}

function formatOne(verb: string, a: Val, prec: number | undefined): string {
  if (verb === 'v') return formatV(a);
  if (a === null) return badVerb(verb, a);
  const k = a.t.kind;
  const isStr = k === 'string' || k === 'number';
  switch (verb) {
    case 's':
      if (isStr) return prec === undefined ? String(a.v) : Array.from(String(a.v)).slice(0, prec).join('');
      if (k === 'struct' && a.t.stringer !== undefined) return a.t.stringer(a.v);
      if (k === 'slice' || k === 'map') return formatV(a);
      return badVerb(verb, a);
    case 'q':
      if (isStr) return goQuote(String(a.v));
      if (k === 'int') return `'${String.fromCodePoint(Number(a.v))}'`;
      return badVerb(verb, a);
    case 'd':
      return k === 'int' ? String(a.v) : badVerb(verb, a);
    case 't':
      return k === 'bool' ? String(a.v) : badVerb(verb, a);
    case 'c':
      return k === 'int' ? String.fromCodePoint(Number(a.v)) : badVerb(verb, a);
    case 'x':
    case 'X': {
      const upper = verb === 'X';
      if (k === 'int') {
        const n = BigInt(a.v as number | bigint);
        const h = n < 0n ? '-' + (-n).toString(16) : n.toString(16);
        return upper ? h.toUpperCase() : h;
      }
      if (isStr) return hexOf(String(a.v), upper);
      return badVerb(verb, a);
    }
    case 'f':
      return k === 'float' || k === 'int' ? Number(a.v).toFixed(prec ?? 6) : badVerb(verb, a);
    default:
      return badVerb(verb, a);
  }
}

/** fmt.Sprintf */
export function sprintf(format: string, args: readonly Val[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+)?(?:\.(\d+))?(.|$)/gsu;
  let last = 0;
  for (let m = re.exec(format); m !== null; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = re.lastIndex;
    const [, flags = '', width, precision, verb = ''] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (verb === '') {
      out += '%!(NOVERB)';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = concrete(args[argi++] ?? null);
    const s = formatOne(verb, a, precision === undefined ? undefined : Number(precision));
    out += pad(s, width === undefined ? undefined : Number(width), flags.includes('-'), flags.includes('0'));
  }
  out += format.slice(last);
  if (argi < args.length) {
    const extra = args.slice(argi).map((raw) => {
      const a = concrete(raw);
      return a === null ? '<nil>' : `${typeName(a.t)}=${formatV(a)}`;
    });
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}
