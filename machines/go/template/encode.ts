/**
 * encoding/json for template values: struct fields in declaration order with their json names and
 * omitempty, map keys sorted, nil slices / maps / pointers as `null`.
 */
import { jsonQuote } from '../json';
import { dynamic, fieldValue, sortedKeys, type GoType, type Val } from './types';

function isEmpty(x: Val): boolean {
  if (x === null) return true;
  const { t, v } = x;
  switch (t.kind) {
    case 'string':
    case 'number':
      return v === '' || v === undefined;
    case 'bool':
      return v === false;
    case 'int':
    case 'float':
      return Number(v) === 0;
    case 'slice':
      return v === null || (v as unknown[]).length === 0;
    case 'map':
      return v === null || Object.keys(v as object).length === 0;
    case 'ptr':
    case 'iface':
      return v === null || v === undefined;
    case 'struct':
      return false;
  }
}

function elem(t: GoType & { elem: GoType }, x: unknown): Val {
  return t.elem.kind === 'iface' ? dynamic(x) : { t: t.elem, v: x };
}

/** Compact JSON of a value, escaping <, >, & only when escapeHTML is set. */
export function encodeJson(x: Val, escapeHTML: boolean): string {
  if (x === null) return 'null';
  const { t, v } = x;
  switch (t.kind) {
    case 'string':
      return jsonQuote(String(v), escapeHTML);
    case 'number':
      return v === '' ? '0' : String(v);
    case 'bool':
      return v ? 'true' : 'false';
    case 'int':
      return String(v);
    case 'float':
      return String(v);
    case 'slice':
      if (v === null) return 'null';
      return '[' + (v as unknown[]).map((i) => encodeJson(elem(t, i), escapeHTML)).join(',') + ']';
    case 'map': {
      if (v === null) return 'null';
      const o = v as Record<string, unknown>;
      const parts = sortedKeys(o).map((k) => jsonQuote(k, escapeHTML) + ':' + encodeJson(elem(t, o[k]), escapeHTML));
      return '{' + parts.join(',') + '}';
    }
    case 'ptr':
      return v === null ? 'null' : encodeJson({ t: t.elem, v }, escapeHTML);
    case 'iface':
      return encodeJson(dynamic(v), escapeHTML);
    case 'struct': {
      if (t.marshalJSON !== undefined) return t.marshalJSON(v);
      const o = v as Record<string, unknown>;
      const parts: string[] = [];
      for (const f of t.fields) {
        const fv = fieldValue(o, f);
        if (f.omitempty && isEmpty(fv)) continue;
        parts.push(jsonQuote(f.json ?? f.name, escapeHTML) + ':' + encodeJson(fv, escapeHTML));
      }
      return '{' + parts.join(',') + '}';
    }
  }
}
