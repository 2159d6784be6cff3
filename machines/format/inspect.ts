/**
 * `docker inspect` / `docker container inspect` output (docker/cli cli/command/inspect/inspector.go).
 *
 * - No --format: the daemon's raw JSON (encoded with SetEscapeHTML(false), so `<` stays `<`),
 *   joined into an array and passed through json.Indent with 4 spaces; `[]` when nothing was found.
 * - `--format json`: the same array, compacted.
 * - A template: executed on the typed struct; if that fails, retried on the raw JSON decoded into
 *   a map with Option("missingkey=error"), which is why an unknown field reads
 *   `map has no entry for key "Foo"`. One line per object; a lone "\n" when nothing printed.
 * - A template that does not parse: `template parsing error: …`, exit 64, nothing on stdout.
 * - Objects not found: their errors are joined with newlines on stderr and the exit code is 1,
 *   after the found objects were printed. `docker inspect` (system/inspect.go inspectAll) says
 *   `error: no such object: x` (lower-case since v29.0); `docker container inspect` passes the
 *   daemon's 404 through: `Error response from daemon: No such container: x`.
 */
import type { ContainerInspect, ExecResult } from '../types';
import { jsonCompact, jsonIndent } from '../go/json';
import { encodeJson } from '../go/template/encode';
import { dynamic, type GoValue } from '../go/template/types';
import { INSPECT_RESPONSE, INSPECT_RESPONSE_PTR } from './inspect-types';
import { executeTemplate, parseTemplate, type Template } from './template';

export interface InspectItem {
  /** The reference as typed. */
  arg: string;
  /** The container, or undefined when there is none by that reference. */
  value: ContainerInspect | undefined;
}

export interface InspectOptions {
  /** Which command ran: decides the not-found text. Default `inspect`. */
  command?: 'inspect' | 'container inspect';
  /**
   * `docker inspect --type`: with `container` only containers are looked up, and a miss is the
   * daemon's own 404 (system/inspect.go inspectAll returns the inspector's error when a type is given).
   */
  type?: string;
}

/** The daemon's JSON for one container (field order and omitempty as the Go structs declare). */
export function inspectJson(c: ContainerInspect): string {
  return encodeJson({ t: INSPECT_RESPONSE, v: c }, false);
}

function notFound(arg: string, opts: InspectOptions): string {
  return opts.command === 'container inspect' || opts.type === 'container'
    ? `Error response from daemon: No such container: ${arg}`
    : `error: no such object: ${arg}`;
}

/** TemplateInspector.Inspect: typed first, then the raw-JSON fallback. */
function renderOne(
  t: Template,
  c: ContainerInspect,
  command: InspectOptions['command'],
): { out: string } | { error: string } {
  const typed: GoValue =
    command === 'container inspect' ? { t: INSPECT_RESPONSE_PTR, v: c } : { t: INSPECT_RESPONSE, v: c };
  const first = executeTemplate(t, typed);
  if (first.error === undefined) return { out: first.out };
  const raw = dynamic(JSON.parse(inspectJson(c)) as unknown);
  const second = executeTemplate(t, raw, { missingKeyError: true });
  if (second.error !== undefined) return { error: `template parsing error: ${second.error}` };
  return { out: second.out };
}

export function formatInspect(items: readonly InspectItem[], format?: string, opts: InspectOptions = {}): ExecResult {
  const tmplStr = format ?? '';
  const errs: string[] = [];
  let stdout: string;
  if (tmplStr === '' || tmplStr === 'json') {
    const raws: string[] = [];
    for (const { arg, value } of items) {
      if (value === undefined) errs.push(notFound(arg, opts));
      else raws.push(inspectJson(value));
    }
    if (raws.length === 0) stdout = '[]\n';
    else {
      const array = '[' + raws.join(',') + ']';
      stdout = (tmplStr === '' ? jsonIndent(array, '', '    ') : jsonCompact(array)) + '\n';
    }
  } else {
    const parsed = parseTemplate(tmplStr);
    if (!parsed.ok)
      return {
        stdout: '',
        stderr: `template parsing error: ${parsed.error}\n`,
        exitCode: 64,
      };
    let buffer = '';
    for (const { arg, value } of items) {
      if (value === undefined) {
        errs.push(notFound(arg, opts));
        continue;
      }
      const r = renderOne(parsed.template, value, opts.command);
      if ('error' in r) errs.push(r.error);
      else buffer += r.out + '\n';
    }
    stdout = buffer === '' ? '\n' : buffer;
  }
  if (errs.length > 0) return { stdout, stderr: errs.join('\n') + '\n', exitCode: 1 };
  return { stdout, stderr: '', exitCode: 0 };
}
