/**
 * docker's --format templates: Go text/template (./gotemplate) with docker/cli's functions
 * (templates/templates.go) and the Format pre-processing of cli/command/formatter/formatter.go.
 *
 * Error texts (Go's):
 *   parse:   template: :1: function "foo" not defined
 *   execute: template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type <T>
 * Callers add docker's prefix: "template parsing error: " (formatter.Context, inspect),
 * "failed to parse template: " / "failed to execute template: " (ps pre-validation),
 * "Error parsing format: " (events).
 */
import { jsonQuote } from '../go/json';
import { utf8Length, utf8Prefix } from '../go/strconv';
import { BUILTINS } from '../go/template/builtins';
import { encodeJson } from '../go/template/encode';
import { execute, type FuncMap, type GoFunc } from '../go/template/exec';
import { formatV } from '../go/template/print';
import { parseTemplateText, type TreeSet } from '../go/template/parse';
import {
  GoCallError,
  IFACE,
  INT,
  STRING,
  STRING_SLICE,
  compareBytes,
  dynamic,
  sortedKeys,
  typeName,
  type GoType,
  type Val,
} from '../go/template/types';

export { jsonQuote };

const str = (s: string): Val => ({ t: STRING, v: s });
const arg = (a: readonly Val[], i: number): string => String(a[i]?.v ?? '');
const intArg = (a: readonly Val[], i: number): number => Number(a[i]?.v ?? 0);

/** unicode.ToUpper/ToLower rune by rune (no multi-rune expansions such as ß → SS). */
function mapRunes(s: string, f: (c: string) => string): string {
  let out = '';
  for (const ch of s) {
    const m = f(ch);
    out += Array.from(m).length === 1 ? m : ch;
  }
  return out;
}

function isSeparator(r: string): boolean {
  const cp = r.codePointAt(0) ?? 0;
  if (cp <= 0x7f) return !/[0-9A-Za-z_]/.test(r);
  if (/[\p{L}\p{Nd}]/u.test(r)) return false;
  return /\s/u.test(r);
}

/** strings.Title: upper-case the first letter of every word. */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? mapRunes(ch, (c) => c.toUpperCase()) : ch;
    prev = ch;
  }
  return out;
}

/** strings.Split */
export function goSplit(s: string, sep: string): string[] {
  if (sep === '') return Array.from(s);
  return s.split(sep);
}

/** templates.go joinElements */
function joinElements(elems: Val, sep: string): string {
  const e = elems !== null && elems.t.kind === 'iface' ? dynamic(elems.v) : elems;
  if (e === null) return '';
  if (e.t.kind === 'slice') {
    const items = (e.v as unknown[] | null) ?? [];
    if (e.t.elem.kind === 'string' && e.t.elem.name === undefined) return items.join(sep);
    const elemT = e.t.elem;
    return items.map((x) => formatV(elemT.kind === 'iface' ? dynamic(x) : { t: elemT, v: x })).join(sep);
  }
  if (e.t.kind === 'map') {
    const o = (e.v as Record<string, unknown> | null) ?? {};
    const elemT = e.t.elem;
    return sortedKeys(o)
      .map((k) => formatV(elemT.kind === 'iface' ? dynamic(o[k]) : { t: elemT, v: o[k] }))
      .sort(compareBytes)
      .join(sep);
  }
  throw new GoCallError(`expected slice, got ${typeName(e.t)}`);
}

const fn = (params: GoType[], call: GoFunc['call']): GoFunc => ({
  params,
  call,
});

/** templates.go basicFunctions. */
export const DOCKER_FUNCS: FuncMap = {
  // formatJSON: json.Encoder with SetEscapeHTML(false), trailing newline trimmed.
  json: fn([IFACE], (a) => str(encodeJson(a[0] ?? null, false))),
  split: fn([STRING, STRING], (a) => ({
    t: STRING_SLICE,
    v: goSplit(arg(a, 0), arg(a, 1)),
  })),
  join: fn([IFACE, STRING], (a) => str(joinElements(a[0] ?? null, arg(a, 1)))),
  title: fn([STRING], (a) => str(goTitle(arg(a, 0)))),
  lower: fn([STRING], (a) => str(mapRunes(arg(a, 0), (c) => c.toLowerCase()))),
  upper: fn([STRING], (a) => str(mapRunes(arg(a, 0), (c) => c.toUpperCase()))),
  // padWithSpace: only a non-empty string is padded.
  pad: fn([STRING, INT, INT], (a) => {
    const s = arg(a, 0);
    return str(s === '' ? s : ' '.repeat(Math.max(0, intArg(a, 1))) + s + ' '.repeat(Math.max(0, intArg(a, 2))));
  }),
  // truncateWithLength slices bytes: source[:length].
  truncate: fn([STRING, INT], (a) => {
    const s = arg(a, 0);
    const n = intArg(a, 1);
    return str(utf8Length(s) < n ? s : utf8Prefix(s, n));
  }),
};

const identity = (params: GoType[]): GoFunc => fn(params, (a) => str(arg(a, 0)));

/**
 * templates.go HeaderFunctions: used to render a table's header row, so that the header keeps the
 * column names. `pad` is deliberately not overridden, to keep the alignment with the rows.
 */
export const HEADER_FUNCS: FuncMap = {
  json: identity([STRING]),
  split: identity([STRING, STRING]),
  join: identity([STRING, STRING]),
  title: identity([STRING]),
  lower: identity([STRING]),
  upper: identity([STRING]),
  truncate: identity([STRING, INT]),
};

const ALL_FUNCS: FuncMap = { ...BUILTINS, ...DOCKER_FUNCS };
const FUNC_NAMES: ReadonlySet<string> = new Set(Object.keys(ALL_FUNCS));

export interface Template {
  readonly source: string;
  readonly trees: TreeSet;
}

/** templates.Parse: `template.New("").Funcs(basicFunctions).Parse(format)`. */
export function parseTemplate(format: string): { ok: true; template: Template } | { ok: false; error: string } {
  const r = parseTemplateText('', format, FUNC_NAMES);
  if (!r.ok) return r;
  return { ok: true, template: { source: format, trees: r.trees } };
}

export interface ExecuteOptions {
  /** Execute with HeaderFunctions (tmpl.Funcs(templates.HeaderFunctions)). */
  readonly header?: boolean;
  /** Option("missingkey=error"), as inspect's raw-JSON fallback uses. */
  readonly missingKeyError?: boolean;
}

/** Executes a parsed template; `out` holds what was written even when it fails. */
export function executeTemplate(t: Template, data: Val, opts: ExecuteOptions = {}): { out: string; error?: string } {
  const funcs = opts.header ? { ...ALL_FUNCS, ...HEADER_FUNCS } : ALL_FUNCS;
  return execute(t.trees, '', data, funcs, {
    missingKeyError: opts.missingKeyError ?? false,
  });
}

/** formatter.Format.IsTable: any format starting with "table". */
export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

/**
 * formatter.Format.templateString: "table" alone is an empty template, "json" is `{{json .}}`,
 * a "table" prefix is cut, spaces (only spaces) are trimmed at both ends, and the two escapes
 * docker accepts in --format, `\t` and `\n`, become a tab and a newline.
 */
export function templateString(format: string): string {
  if (format === 'table') return '';
  if (format === 'json') return '{{json .}}';
  let out = format.startsWith('table') ? format.slice('table'.length) : format;
  out = out.replace(/^ +| +$/g, '');
  return out.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
}
