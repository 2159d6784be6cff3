/**
 * Go text/template's predefined functions (text/template/funcs.go): and, or, not, len, index,
 * slice, print, printf, println, eq, ne, lt, le, gt, ge, html, js, urlquery, call.
 */
import { utf8Bytes, utf8Length } from '../strconv';
import type { FuncMap, GoFunc } from './exec';
import { REFLECT_VALUE, isTrue } from './exec';
import { sprint, sprintf, sprintln } from './fmt';
import { formatV } from './print';
import {
  BOOL,
  GoCallError,
  IFACE,
  INT,
  STRING,
  dynamic,
  lengthOf,
  typeName,
  zeroOf,
  type GoValue,
  type Val,
} from './types';

const V = REFLECT_VALUE;

function indirectInterface(v: Val): Val {
  return v !== null && v.t.kind === 'iface' ? dynamic(v.v) : v;
}

function derefPtr(v: GoValue): { v: GoValue; isNil: boolean } {
  let cur = v;
  while (cur.t.kind === 'ptr' || cur.t.kind === 'iface') {
    if (cur.v === null) return { v: cur, isNil: true };
    cur = cur.t.kind === 'ptr' ? { t: cur.t.elem, v: cur.v } : (dynamic(cur.v) as GoValue);
  }
  return { v: cur, isNil: false };
}

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: Val): Kind {
  if (v === null) return 'invalid';
  switch (v.t.kind) {
    case 'bool':
      return 'bool';
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'string':
    case 'number':
      return 'string';
    default:
      return 'invalid';
  }
}

function isNilValue(v: Val): boolean {
  if (v === null) return true;
  const k = v.t.kind;
  return (k === 'ptr' || k === 'slice' || k === 'map' || k === 'iface') && v.v === null;
}

function num(v: GoValue): number {
  return Number(v.v);
}

function eqValues(a1: Val, a2: Val): boolean {
  const k1 = basicKind(a1);
  const k2 = basicKind(a2);
  if (k1 !== k2) {
    if (a1 !== null && a2 !== null) throw new GoCallError('incompatible types for comparison');
    return false;
  }
  if (a1 === null || a2 === null) return isNilValue(a1) === isNilValue(a2);
  switch (k1) {
    case 'bool':
      return a1.v === a2.v;
    case 'int':
    case 'float':
      return num(a1) === num(a2);
    case 'string':
      return String(a1.v) === String(a2.v);
    default:
      if (isNilValue(a1) || isNilValue(a2)) return isNilValue(a1) === isNilValue(a2);
      if (a1.t.kind === 'slice' || a1.t.kind === 'map') {
        throw new GoCallError(`non-comparable type ${formatV(a2)}: ${typeName(a2.t)}`);
      }
      return a1.v === a2.v;
  }
}

function ltValues(x: Val, y: Val): boolean {
  const a1 = indirectInterface(x);
  const a2 = indirectInterface(y);
  const k1 = basicKind(a1);
  const k2 = basicKind(a2);
  if (k1 === 'invalid' || k2 === 'invalid') throw new GoCallError('invalid type for comparison');
  if (k1 !== k2) throw new GoCallError('incompatible types for comparison');
  if (k1 === 'bool') throw new GoCallError('invalid type for comparison');
  const v1 = a1 as GoValue;
  const v2 = a2 as GoValue;
  return k1 === 'string' ? String(v1.v) < String(v2.v) : num(v1) < num(v2);
}

function eq(args: readonly Val[]): GoValue {
  const a1 = indirectInterface(args[0] ?? null);
  const rest = args.slice(1);
  if (rest.length === 0) throw new GoCallError('missing argument for comparison');
  for (const a of rest) if (eqValues(a1, indirectInterface(a))) return { t: BOOL, v: true };
  return { t: BOOL, v: false };
}

function indexArg(index: Val, cap: number): number {
  const i = indirectInterface(index);
  if (i === null) throw new GoCallError('cannot index slice/array with nil');
  if (i.t.kind !== 'int') throw new GoCallError(`cannot index slice/array with type ${typeName(i.t)}`);
  const x = num(i);
  if (x < 0 || x > cap) throw new GoCallError(`index out of range: ${x}`);
  return x;
}

function index(args: readonly Val[]): Val {
  let item = indirectInterface(args[0] ?? null);
  if (item === null) throw new GoCallError('index of untyped nil');
  for (const raw of args.slice(1)) {
    const ind = indirectInterface(raw);
    const d = derefPtr(item as GoValue);
    if (d.isNil) throw new GoCallError('index of nil pointer');
    const it = d.v;
    switch (it.t.kind) {
      case 'slice': {
        const arr = (it.v as unknown[] | null) ?? [];
        const x = indexArg(ind, arr.length);
        if (x >= arr.length) throw new GoCallError(`index out of range: ${x}`);
        item = it.t.elem.kind === 'iface' ? { t: IFACE, v: arr[x] ?? null } : { t: it.t.elem, v: arr[x] };
        break;
      }
      case 'string':
      case 'number': {
        const bytes = utf8Bytes(String(it.v));
        const x = indexArg(ind, bytes.length);
        if (x >= bytes.length) throw new GoCallError(`index out of range: ${x}`);
        item = { t: { kind: 'int', name: 'uint8' }, v: bytes[x] };
        break;
      }
      case 'map': {
        if (ind === null) throw new GoCallError('value is nil; should be of type string');
        if (ind.t.kind !== 'string' || ind.t.name !== undefined) {
          throw new GoCallError(`value has type ${typeName(ind.t)}; should be string`);
        }
        const o = it.v as Record<string, unknown> | null;
        const key = String(ind.v);
        if (o !== null && Object.prototype.hasOwnProperty.call(o, key)) {
          item = it.t.elem.kind === 'iface' ? { t: IFACE, v: o[key] ?? null } : { t: it.t.elem, v: o[key] };
        } else {
          item = zeroOf(it.t.elem);
        }
        break;
      }
      default:
        throw new GoCallError(`can't index item of type ${typeName(it.t)}`);
    }
  }
  return item;
}

function length(args: readonly Val[]): Val {
  const item = args[0] ?? null;
  if (item === null) throw new GoCallError('reflect: call of reflect.Value.Type on zero Value');
  const d = derefPtr(item);
  if (d.isNil) throw new GoCallError('len of nil pointer');
  const n = lengthOf(d.v);
  if (n === undefined) throw new GoCallError(`len of type ${typeName(d.v.t)}`);
  return { t: INT, v: n };
}

function sliceFn(args: readonly Val[]): Val {
  const item = indirectInterface(args[0] ?? null);
  if (item === null) throw new GoCallError('slice of untyped nil');
  const idx = args.slice(1);
  if (idx.length > 3) throw new GoCallError(`too many slice indexes: ${idx.length}`);
  if (item.t.kind === 'string' || item.t.kind === 'number') {
    const s = String(item.v);
    const n = utf8Length(s);
    const from = idx[0] ? indexArg(idx[0], n) : 0;
    const to = idx[1] ? indexArg(idx[1], n) : n;
    if (from > to) throw new GoCallError(`invalid slice index: ${from} > ${to}`);
    return { t: item.t, v: utf8Slice(s, from, to) };
  }
  if (item.t.kind === 'slice') {
    const arr = (item.v as unknown[] | null) ?? [];
    const from = idx[0] ? indexArg(idx[0], arr.length) : 0;
    const to = idx[1] ? indexArg(idx[1], arr.length) : arr.length;
    if (from > to) throw new GoCallError(`invalid slice index: ${from} > ${to}`);
    return { t: item.t, v: arr.slice(from, to) };
  }
  throw new GoCallError(`can't slice item of type ${typeName(item.t)}`);
}

function utf8Slice(s: string, from: number, to: number): string {
  let out = '';
  let pos = 0;
  for (const ch of s) {
    const size = utf8Length(ch);
    if (pos >= from && pos + size <= to) out += ch;
    pos += size;
  }
  return out;
}

function evalArgs(args: readonly Val[]): string {
  if (args.length === 1) {
    const a = indirectInterface(args[0] ?? null);
    if (a !== null && (a.t.kind === 'string' || a.t.kind === 'number')) return String(a.v);
  }
  return sprint(args);
}

function htmlEscape(s: string): string {
  return s.replace(
    /[\0"'&<>]/g,
    (c) =>
      ({
        '\0': '\uFFFD',
        '"': '&#34;',
        "'": '&#39;',
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
      })[c] ?? c,
  );
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if ('<>&='.includes(ch)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

function queryEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of utf8Bytes(ch)) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const str = (s: string): GoValue => ({ t: STRING, v: s });
const bool = (b: boolean): GoValue => ({ t: BOOL, v: b });

const andOr: GoFunc = { params: [V], variadic: V, call: () => null }; // short-circuited in exec

export const BUILTINS: FuncMap = {
  and: andOr,
  or: { ...andOr },
  not: {
    params: [V],
    call: (a) => bool(!isTrue(indirectInterface(a[0] ?? null))),
  },
  len: { params: [V], call: length },
  index: { params: [V], variadic: V, call: index },
  slice: { params: [V], variadic: V, call: sliceFn },
  print: { params: [], variadic: IFACE, call: (a) => str(sprint(a)) },
  println: { params: [], variadic: IFACE, call: (a) => str(sprintln(a)) },
  printf: {
    params: [STRING],
    variadic: IFACE,
    call: (a) => str(sprintf(String(a[0]?.v ?? ''), a.slice(1))),
  },
  eq: { params: [V], variadic: V, call: eq },
  ne: { params: [V, V], call: (a) => bool(!(eq(a).v as boolean)) },
  lt: {
    params: [V, V],
    call: (a) => bool(ltValues(a[0] ?? null, a[1] ?? null)),
  },
  le: {
    params: [V, V],
    call: (a) => bool(ltValues(a[0] ?? null, a[1] ?? null) || (eq(a).v as boolean)),
  },
  gt: {
    params: [V, V],
    call: (a) => bool(!(ltValues(a[0] ?? null, a[1] ?? null) || (eq(a).v as boolean))),
  },
  ge: {
    params: [V, V],
    call: (a) => bool(!ltValues(a[0] ?? null, a[1] ?? null)),
  },
  html: {
    params: [],
    variadic: IFACE,
    call: (a) => str(htmlEscape(evalArgs(a))),
  },
  js: { params: [], variadic: IFACE, call: (a) => str(jsEscape(evalArgs(a))) },
  urlquery: {
    params: [],
    variadic: IFACE,
    call: (a) => str(queryEscape(evalArgs(a))),
  },
  call: {
    params: [V],
    variadic: V,
    call: (a) => {
      const fn = indirectInterface(a[0] ?? null);
      if (fn === null) throw new GoCallError('call of nil');
      throw new GoCallError(`non-function of type ${typeName(fn.t)}`);
    },
  },
};
