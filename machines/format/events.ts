/**
 * `docker events` output (docker/cli cli/command/system/events.go).
 *
 * Without --format each event is prettyPrintEvent's line:
 *   2026-01-01T00:00:00.000000000Z container kill <id> (image=busybox, name=web, signal=15)
 * time as rfc3339NanoFixed (always 9 digits) in the client's zone (UTC here), attributes sorted by
 * key and joined with ", ". With --format the template runs on the events.Message struct
 * (fields Type, Action, Actor{ID, Attributes}, Scope, Time, TimeNano; JSON keys Type, Action,
 * Actor, scope, time, timeNano) and a newline follows each event. `--format json` is `{{json .}}`.
 * The format is validated once, on an empty *events.Message, before any event is read:
 * `Error parsing format: …`, exit 64.
 */
import type { DockerEvent, ExecResult } from '../types';
import { compareBytes, INT64, STRING, STRING_MAP, type GoType, type GoValue } from '../go/template/types';
import { executeTemplate, parseTemplate, type Template } from './template';
import { formatRfc3339NanoFixed } from '../go/time';

export { parseTimeArg, sinceAfterUntilError, type TimeArg } from './timestamp';

export const EVENT_MESSAGE: GoType = {
  kind: 'struct',
  name: 'events.Message',
  fields: [
    { name: 'Type', type: { kind: 'string', name: 'events.Type' } },
    { name: 'Action', type: { kind: 'string', name: 'events.Action' } },
    {
      name: 'Actor',
      type: {
        kind: 'struct',
        name: 'events.Actor',
        fields: [
          { name: 'ID', type: STRING },
          { name: 'Attributes', type: STRING_MAP },
        ],
      },
    },
    { name: 'Scope', json: 'scope', omitempty: true, type: STRING },
    { name: 'Time', json: 'time', omitempty: true, type: INT64 },
    { name: 'TimeNano', json: 'timeNano', omitempty: true, type: INT64 },
  ],
};

/**
 * timeNano as an exact integer. A JS number cannot hold nanoseconds since the epoch exactly
 * (2^53 < 1.7e18), so the value is rounded to whole microseconds, which it can carry.
 */
export function eventNanos(e: DockerEvent): bigint {
  if (!Number.isFinite(e.timeNano) || e.timeNano === 0) return 0n;
  const raw = BigInt(Math.round(e.timeNano));
  return ((raw + 500n) / 1000n) * 1000n;
}

function message(e: DockerEvent): Record<string, unknown> {
  return {
    Type: e.Type,
    Action: e.Action,
    Actor: { ID: e.Actor.ID, Attributes: e.Actor.Attributes },
    scope: e.scope,
    time: e.time,
    timeNano: eventNanos(e),
  };
}

/** prettyPrintEvent, without the trailing newline. */
export function formatEventLine(e: DockerEvent): string {
  let out = '';
  const nanos = eventNanos(e);
  if (nanos !== 0n) {
    const ms = Number(nanos / 1_000_000n);
    out += formatRfc3339NanoFixed(ms, Number(nanos % 1_000_000n)) + ' ';
  } else if (e.time !== 0) {
    out += formatRfc3339NanoFixed(e.time * 1000) + ' ';
  }
  out += `${e.Type} ${e.Action} ${e.Actor.ID}`;
  const keys = Object.keys(e.Actor.Attributes).sort(compareBytes);
  if (keys.length > 0) out += ` (${keys.map((k) => `${k}=${e.Actor.Attributes[k] ?? ''}`).join(', ')})`;
  return out;
}

function makeTemplate(format: string): { ok: true; template: Template } | { ok: false; error: string } {
  const p = parseTemplate(format === 'json' ? '{{json .}}' : format);
  if (!p.ok) return p;
  const probe = executeTemplate(p.template, {
    t: { kind: 'ptr', elem: EVENT_MESSAGE },
    v: message(ZERO_EVENT),
  });
  if (probe.error !== undefined) return { ok: false, error: probe.error };
  return p;
}

const ZERO_EVENT: DockerEvent = {
  Type: '' as 'container',
  Action: '',
  Actor: { ID: '', Attributes: null as unknown as Record<string, string> },
  scope: '' as 'local',
  time: 0,
  timeNano: 0,
};

/**
 * runEvents' makeTemplate check: undefined when the format is fine (or absent), else the CLI's
 * result: `Error parsing format: template: …` on stderr, exit 64.
 */
export function validateEventFormat(format?: string): ExecResult | undefined {
  if (format === undefined || format === '') return undefined;
  const t = makeTemplate(format);
  if (t.ok) return undefined;
  return {
    stdout: '',
    stderr: `Error parsing format: ${t.error}\n`,
    exitCode: 64,
  };
}

export type EventLine =
  | { ok: true; text: string }
  /** `partial` is what the template wrote before failing; the CLI then prints `error` and exits 1. */
  | { ok: false; error: string; partial: string };

/** One event as `docker events [--format …]` prints it, without the trailing newline. */
export function formatEvent(e: DockerEvent, format?: string): EventLine {
  if (format === undefined || format === '') return { ok: true, text: formatEventLine(e) };
  const t = makeTemplate(format);
  if (!t.ok)
    return {
      ok: false,
      error: `Error parsing format: ${t.error}`,
      partial: '',
    };
  const data: GoValue = { t: EVENT_MESSAGE, v: message(e) };
  const r = executeTemplate(t.template, data);
  if (r.error !== undefined) return { ok: false, error: r.error, partial: r.out };
  return { ok: true, text: r.out };
}
