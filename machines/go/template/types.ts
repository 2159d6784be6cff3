/**
 * A small model of Go's reflect types and values, enough for text/template over the data docker
 * hands to its templates (structs, pointers, slices, string-keyed maps, interfaces).
 *
 * A value is a JS value tagged with its Go type. `null` stands for a nil pointer / slice / map /
 * interface. `INVALID` is reflect's zero Value (a missing map key, a nil interface unwrapped).
 */
import { utf8Length } from '../strconv';

export interface GoMethod {
  readonly params: readonly GoType[];
  readonly result: GoType;
  /** Returns the result, or throws a GoCallError to model a returned error. */
  readonly call: (recv: unknown, args: readonly GoValue[]) => unknown;
}

export interface GoField {
  /** The Go field name, as templates spell it: `.ID`. */
  readonly name: string;
  readonly type: GoType;
  /** The JS property holding the value; defaults to the JSON name, then the Go name. */
  readonly key?: string;
  /** encoding/json name (tag); defaults to the Go name. */
  readonly json?: string;
  readonly omitempty?: boolean;
}

export type GoType =
  | {
      readonly kind: 'string';
      readonly name?: string;
      readonly methods?: Readonly<Record<string, GoMethod>>;
    }
  | { readonly kind: 'bool'; readonly name?: string }
  | { readonly kind: 'int'; readonly name?: string }
  | { readonly kind: 'float'; readonly name?: string }
  | { readonly kind: 'slice'; readonly elem: GoType; readonly name?: string }
  | {
      readonly kind: 'map';
      readonly elem: GoType;
      readonly name?: string;
      readonly methods?: Readonly<Record<string, GoMethod>>;
    }
  | { readonly kind: 'ptr'; readonly elem: GoType }
  | {
      readonly kind: 'struct';
      readonly name: string;
      readonly fields: readonly GoField[];
      readonly methods?: Readonly<Record<string, GoMethod>>;
      /** fmt.Stringer */
      readonly stringer?: (v: unknown) => string;
      /** json.Marshaler: returns compact JSON (already escaped as the marshaler does it). */
      readonly marshalJSON?: (v: unknown) => string;
    }
  /** interface{}: the dynamic type comes from the JS value (JSON-decoded data). */
  | { readonly kind: 'iface' }
  /** json.Number (a string type holding a number literal). */
  | { readonly kind: 'number' };

export interface GoValue {
  readonly t: GoType;
  readonly v: unknown;
}

export const INVALID = null;
export type Val = GoValue | null;

/** Thrown by funcs and methods to model a non-nil error result. */
export class GoCallError extends Error {}

export const STRING: GoType = { kind: 'string' };
export const BOOL: GoType = { kind: 'bool' };
export const INT: GoType = { kind: 'int' };
export const INT64: GoType = { kind: 'int', name: 'int64' };
export const FLOAT64: GoType = { kind: 'float', name: 'float64' };
export const IFACE: GoType = { kind: 'iface' };
export const STRING_SLICE: GoType = { kind: 'slice', elem: STRING };
export const STRING_MAP: GoType = { kind: 'map', elem: STRING };

/** reflect.Type.String(): `string`, `*container.State`, `[]string`, `map[string]interface {}`. */
export function typeName(t: GoType): string {
  switch (t.kind) {
    case 'string':
    case 'bool':
    case 'int':
      return t.name ?? t.kind;
    case 'float':
      return t.name ?? 'float64';
    case 'number':
      return 'json.Number';
    case 'slice':
      return t.name ?? '[]' + typeName(t.elem);
    case 'map':
      return t.name ?? 'map[string]' + typeName(t.elem);
    case 'ptr':
      return '*' + typeName(t.elem);
    case 'struct':
      return t.name;
    case 'iface':
      return 'interface {}';
  }
}

export function val(t: GoType, v: unknown): GoValue {
  return { t, v };
}

export function str(s: string): GoValue {
  return { t: STRING, v: s };
}

/** The dynamic value inside an interface{} holding JSON-decoded data (or INVALID for nil). */
export function dynamic(v: unknown): Val {
  if (v === null || v === undefined) return INVALID;
  if (typeof v === 'string') return { t: STRING, v };
  if (typeof v === 'boolean') return { t: BOOL, v };
  if (typeof v === 'number' || typeof v === 'bigint') return { t: { kind: 'number' }, v };
  if (Array.isArray(v)) return { t: { kind: 'slice', elem: IFACE }, v };
  return { t: { kind: 'map', elem: IFACE }, v };
}

/** reflect.Zero(t) */
export function zeroOf(t: GoType): GoValue {
  switch (t.kind) {
    case 'string':
    case 'number':
      return { t, v: '' };
    case 'bool':
      return { t, v: false };
    case 'int':
    case 'float':
      return { t, v: 0 };
    case 'struct': {
      const o: Record<string, unknown> = {};
      for (const f of t.fields) o[fieldKey(f)] = zeroOf(f.type).v;
      return { t, v: o };
    }
    default:
      return { t, v: null };
  }
}

export function fieldKey(f: GoField): string {
  return f.key ?? f.json ?? f.name;
}

/**
 * Reads a struct field's value. A missing JS property reads as the zero value. An interface{}
 * field stays an interface value (use `dynamic` to look inside).
 */
export function fieldValue(v: unknown, f: GoField): Val {
  const raw = (v as Record<string, unknown>)[fieldKey(f)];
  if (f.type.kind === 'iface') return { t: f.type, v: raw ?? null };
  const nilable = f.type.kind === 'ptr' || f.type.kind === 'slice' || f.type.kind === 'map';
  if (raw === undefined || (raw === null && !nilable)) return zeroOf(f.type);
  return { t: f.type, v: raw };
}

/** Identical types (Go's AssignableTo for the non-interface cases templates meet). */
export function sameType(a: GoType, b: GoType): boolean {
  if (a.kind !== b.kind) return false;
  return typeName(a) === typeName(b);
}

/** The methods declared on a type (pointer indirection is done by the caller). */
export function methodsOf(t: GoType): Readonly<Record<string, GoMethod>> | undefined {
  if (t.kind === 'struct' || t.kind === 'map' || t.kind === 'string') return t.methods;
  return undefined;
}

/** Length of a string in bytes, or of a slice / map. */
export function lengthOf(v: GoValue): number | undefined {
  switch (v.t.kind) {
    case 'string':
    case 'number':
      return utf8Length(String(v.v));
    case 'slice':
      return v.v === null ? 0 : (v.v as unknown[]).length;
    case 'map':
      return v.v === null ? 0 : Object.keys(v.v as object).length;
    default:
      return undefined;
  }
}

/** Sorted keys, as fmt and encoding/json order string map keys (byte order). */
export function sortedKeys(o: object): string[] {
  return Object.keys(o).sort(compareBytes);
}

export function compareBytes(a: string, b: string): number {
  // UTF-8 byte order equals code point order.
  const ai = Array.from(a);
  const bi = Array.from(b);
  const n = Math.min(ai.length, bi.length);
  for (let i = 0; i < n; i++) {
    const x = (ai[i] as string).codePointAt(0) ?? 0;
    const y = (bi[i] as string).codePointAt(0) ?? 0;
    if (x !== y) return x - y;
  }
  return ai.length - bi.length;
}
