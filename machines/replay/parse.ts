/**
 * Reads a real `docker events` log into DockerEvents: both `--format '{{json .}}'` lines and the
 * CLI's plain text format
 *
 *   2026-01-01T00:00:00.000000000Z container create 3f…a1 (image=nginx, name=web)
 *
 * (docker/cli cli/command/system/events.go prettyPrintEvent: the time in RFC 3339 with nanoseconds,
 * the type, the action, the actor's ID, then the attributes sorted by key in parentheses).
 * Events of other types (network, image, volume, …) are skipped and counted, and so is the
 * daemon's `container prune` (daemon/prune.go: its Actor has no ID, it is about no one container);
 * a line that cannot be read is reported with its number and the reading goes on. It never throws, whatever the input.
 * Pure: no clock, no I/O.
 */
import type { DockerEvent } from '../types';

export interface UnreadableLine {
  /** 1-based line number in the log. */
  line: number;
  text: string;
  reason: string;
}

export interface ParsedLog {
  /** Container events, in the order of the log. */
  events: DockerEvent[];
  /** Events of other types that were skipped, by type (`network: 12`; `container prune` too). */
  skipped: Record<string, number>;
  unreadable: UnreadableLine[];
  /** Lines read, blank ones included. */
  lines: number;
}

/** A line longer than this is reported, not read (a log line is a few hundred bytes). */
const MAX_LINE = 64 * 1024;
/** How many "(" of one line are tried as the start of its attributes. */
const MAX_TRIES = 32;
/** How much of an unreadable line the report keeps. */
const KEEP = 200;

/** The daemon's one container event that names no container, and how it is counted when skipped. */
const PRUNE = 'prune';
const PRUNED = 'container prune';

type LineResult = { event: DockerEvent } | { skipped: string } | { error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringAttributes(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function finiteNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

/** One `{{json .}}` line (API ≥ 1.22 fields, with the older status/id/from as a fallback). */
function jsonLine(text: string): LineResult {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!isRecord(v)) return { error: 'a JSON value that is not an event object' };
  const actor = isRecord(v.Actor) ? v.Actor : {};
  const type = typeof v.Type === 'string' ? v.Type : typeof v.id === 'string' ? 'container' : '';
  if (type === '') return { error: 'no Type' };
  if (type !== 'container') return { skipped: type };
  const action = typeof v.Action === 'string' ? v.Action : typeof v.status === 'string' ? v.status : '';
  const id = typeof actor.ID === 'string' ? actor.ID : typeof v.id === 'string' ? v.id : '';
  if (action === '') return { error: 'no Action' };
  if (action === PRUNE && id === '') return { skipped: PRUNED };
  if (id === '') return { error: 'no Actor.ID' };
  const timeNano = finiteNumber(v.timeNano);
  const time = finiteNumber(v.time);
  if (timeNano === undefined && time === undefined) return { error: 'no time' };
  const attributes = stringAttributes(actor.Attributes);
  if (attributes.image === undefined && typeof v.from === 'string') attributes.image = v.from;
  return {
    event: {
      Type: 'container',
      Action: action,
      Actor: { ID: id, Attributes: attributes },
      scope: 'local',
      time: time ?? Math.floor((timeNano as number) / 1e9),
      timeNano: timeNano ?? (time as number) * 1e9,
    },
  };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 with up to nanoseconds and a zone (`Z`, `+02:00`) → seconds and nanoseconds since the epoch. */
export function parseTimestamp(text: string): { time: number; timeNano: number } | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  let seconds = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s)) / 1000;
  if (zone !== 'Z') {
    const sign = zone?.startsWith('-') ? -1 : 1;
    const [zh, zm] = (zone as string).slice(1).split(':').map(Number);
    if ((zh as number) > 23 || (zm as number) > 59) return null;
    seconds -= sign * ((zh as number) * 3600 + (zm as number) * 60);
  }
  if (!Number.isFinite(seconds)) return null;
  const nanos = Number(frac.padEnd(9, '0'));
  return { time: seconds, timeNano: seconds * 1e9 + nanos };
}

/** `image=nginx, name=web, signal=15` → attributes (a value may itself contain `, `). */
export function parseAttributes(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  if (text.trim() === '') return out;
  const parts = text.split(/, (?=[^\s=,()]+=)/);
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq <= 0) return null;
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

/** One plain-text line: `<time> <type> <action …> <id> (<attributes>)`. */
function textLine(text: string): LineResult {
  const first = text.indexOf(' ');
  const when = parseTimestamp(first < 0 ? text : text.slice(0, first));
  if (!when) return { error: 'neither a JSON event nor a line that starts with an RFC 3339 time' };
  if (first < 0) return { error: 'no event type and action' };
  const rest = text.slice(first + 1);
  const second = rest.indexOf(' ');
  if (second <= 0) return { error: 'no event type and action' };
  const type = rest.slice(0, second);
  if (!/^[a-z]+$/.test(type)) return { error: `not an event type: ${type.slice(0, 40)}` };
  if (type !== 'container') return { skipped: type };
  let body = rest.slice(second + 1);
  // `container prune  (reclaimed=0)`: the ID it prints is empty.
  if (body.startsWith(`${PRUNE} `) || body === PRUNE) return { skipped: PRUNED };
  let attributes: Record<string, string> = {};
  // The attributes: the first "(" after at least an action and an ID whose content up to the
  // closing ")" at the end of the line reads as key=value pairs (an action such as
  // `exec_start: sh -c (x)` may hold parentheses too).
  if (body.endsWith(')')) {
    let found = false;
    let tries = 0;
    for (let at = body.indexOf('('); at >= 0 && tries < MAX_TRIES; at = body.indexOf('(', at + 1), tries++) {
      const before = body.slice(0, at).trim();
      if (before.split(' ').filter((w) => w !== '').length < 2) continue;
      const inner = body.slice(at + 1, -1);
      if (inner !== '' && !/^[^\s=,()]+=/.test(inner)) continue;
      const parsed = parseAttributes(inner);
      if (!parsed) continue;
      attributes = parsed;
      body = before;
      found = true;
      break;
    }
    if (!found) return { error: 'attributes are not key=value pairs' };
  }
  const words = body.split(' ').filter((w) => w !== '');
  if (words.length < 2) return { error: 'no action and ID' };
  const id = words[words.length - 1] as string;
  const action = words.slice(0, -1).join(' ');
  return {
    event: {
      Type: 'container',
      Action: action,
      Actor: { ID: id, Attributes: attributes },
      scope: 'local',
      time: when.time,
      timeNano: when.timeNano,
    },
  };
}

function parseLine(text: string): LineResult {
  if (text.length > MAX_LINE) return { error: `longer than ${MAX_LINE} characters` };
  return text.startsWith('{') ? jsonLine(text) : textLine(text);
}

/** Reads a whole log. Blank lines are skipped silently; a BOM and CR line ends are accepted. */
export function parseEventsLog(log: string): ParsedLog {
  const result: ParsedLog = { events: [], skipped: {}, unreadable: [], lines: 0 };
  if (typeof log !== 'string') return result;
  const text = log.charCodeAt(0) === 0xfeff ? log.slice(1) : log;
  let start = 0;
  let n = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    n++;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const trimmed = line.trim();
    if (trimmed !== '') {
      let r: LineResult;
      try {
        r = parseLine(trimmed);
      } catch (e) {
        r = { error: `could not be read (${e instanceof Error ? e.message : 'unknown error'})` };
      }
      if ('event' in r) result.events.push(r.event);
      else if ('skipped' in r) result.skipped[r.skipped] = (result.skipped[r.skipped] ?? 0) + 1;
      else result.unreadable.push({ line: n, text: trimmed.slice(0, KEEP), reason: r.error });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  result.lines = n;
  return result;
}
