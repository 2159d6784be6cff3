/**
 * fmt's `%v` for the values templates print (Go fmt/print.go printValue). A template action prints
 * through printableValue first: pointers are dereferenced and an invalid value is `<no value>`
 * (text/template exec.go printValue / printableValue).
 */
import { dynamic, fieldValue, sortedKeys, type GoType, type GoValue, type Val } from './types';

/**
 * strconv.FormatFloat(f, 'g', -1, 64), which is what %v prints for a float64: shortest digits, and
 * the exponent form when the exponent is < -4 or >= 6 (e.g. `1e+06`, `1.5e-07`).
 */
export function formatFloatV(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant = '0', expStr = '0'] = f.toExponential().split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 6) {
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(f);
}

function elemOf(t: GoType & { elem: GoType }, x: unknown): Val {
  return t.elem.kind === 'iface' ? dynamic(x) : { t: t.elem, v: x };
}

function stringerOf(t: GoType): ((v: unknown) => string) | undefined {
  if (t.kind === 'struct') return t.stringer;
  if (t.kind === 'ptr' && t.elem.kind === 'struct') return t.elem.stringer;
  return undefined;
}

/** fmt.Sprint of one operand (`%v`). `depth` > 0 inside composite values. */
export function formatV(x: Val, depth = 0): string {
  if (x === null) return '<nil>';
  const { t, v } = x;
  const stringer = stringerOf(t);
  if (stringer !== undefined) return v === null ? '<nil>' : stringer(v);
  switch (t.kind) {
    case 'string':
      return String(v);
    case 'number':
      return String(v);
    case 'bool':
      return v ? 'true' : 'false';
    case 'int':
      return String(v);
    case 'float':
      return formatFloatV(Number(v));
    case 'slice': {
      const items = (v as unknown[] | null) ?? [];
      return '[' + items.map((i) => formatV(elemOf(t, i), depth + 1)).join(' ') + ']';
    }
    case 'map': {
      if (v === null) return 'map[]';
      const o = v as Record<string, unknown>;
      return (
        'map[' +
        sortedKeys(o)
          .map((k) => `${k}:${formatV(elemOf(t, o[k]), depth + 1)}`)
          .join(' ') +
        ']'
      );
    }
    case 'ptr': {
      if (v === null) return '<nil>';
      const k = t.elem.kind;
      if (depth === 0 && (k === 'struct' || k === 'slice' || k === 'map')) {
        return '&' + formatV({ t: t.elem, v }, depth + 1);
      }
      return '0xc000010000'; // Go prints an address here; there is no meaningful one to show
    }
    case 'struct': {
      const o = v as Record<string, unknown>;
      const parts = t.fields.map((f) => formatV(fieldValue(o, f), depth + 1));
      return '{' + parts.join(' ') + '}';
    }
    case 'iface':
      return formatV(dynamic(v), depth);
  }
}

/** What a template action writes for a value (printableValue then fmt.Fprint). */
export function printAction(x: Val): string {
  if (x === null) return '<no value>';
  if (x.t.kind === 'ptr') {
    if (x.v === null) return '<nil>';
    return formatV({ t: x.t.elem, v: x.v }, 0);
  }
  return formatV(x, 0);
}

/** True for a value of a string kind (fmt.Sprint adds spaces only between non-strings). */
export function isStringKind(x: Val): boolean {
  return x !== null && (x.t.kind === 'string' || x.t.kind === 'number');
}

export type { GoValue };
