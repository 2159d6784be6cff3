/**
 * A session's record as plain data, for a link or a save: compact (each record a short array) and
 * read back defensively. Whatever is given (a link cut short, tampered with, or made by a newer
 * version; a corrupt save), reading never throws: it keeps the longest valid beginning and says
 * what it left out. Pure; compressing it for a URL is the page's business.
 */
import type { Fault } from '../types';
import type { HistoryRecord, SessionBase } from './session';

/** The version this code writes; a record from a newer one is refused (with a message). */
export const RECORD_VERSION = 1;

/** One record as a short array: [kind letter, at, …]. */
export type PackedRecord = [string, number, ...(string | number)[]];

export interface PackedHeader {
  v: number;
  seed: number;
  script: string[];
  auto: boolean;
  position: number;
  tipAt: number;
  /** The page's settings (language, level, speed, theme): kept as given, checked by the page. */
  settings?: Record<string, string>;
}

export interface SessionData {
  base: SessionBase;
  records: readonly HistoryRecord[];
  position: number;
  tipAt: number;
  settings: Record<string, string>;
}

/** What reading found: the data it could use, and what it could not (empty when all was well). */
export interface ReadResult {
  data: SessionData | null;
  problems: string[];
}

const MAX_RECORDS = 20_000;
const MAX_TEXT = 4_000;
const MAX_SCRIPT = 50;

export function packRecord(r: HistoryRecord): PackedRecord {
  switch (r.kind) {
    case 'submit':
      return ['s', r.at, r.text];
    case 'click':
      return ['c', r.at, r.line];
    case 'fault': {
      const f = r.fault;
      const arg = f.type === 'exit' ? f.code : f.type === 'rm-slow' ? f.ms : 0;
      return ['f', r.at, r.container, f.type, arg, r.comment];
    }
    case 'tick':
      return ['t', r.at, r.ms];
    case 'sync':
      return ['y', r.at];
    case 'interrupt':
      return ['i', r.at, r.line];
    case 'eof':
      return ['e', r.at, r.line];
    case 'detach':
      return ['d', r.at];
    case 'list':
      return ['l', r.at, r.line, r.stdout];
    case 'clear':
      return ['x', r.at];
    case 'auto':
      return ['a', r.at, r.on ? 1 : 0];
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12;

function fault(type: unknown, arg: unknown): Fault | null {
  switch (type) {
    case 'exit':
      return typeof arg === 'number' && Number.isInteger(arg) && arg >= 0 && arg <= 255
        ? { type: 'exit', code: arg }
        : null;
    case 'oom':
      return { type: 'oom' };
    case 'rm-fails':
      return { type: 'rm-fails' };
    case 'rm-slow':
      return isTime(arg) ? { type: 'rm-slow', ms: arg } : null;
    case 'health-fails':
      return { type: 'health-fails' };
    case 'health-recovers':
      return { type: 'health-recovers' };
    default:
      return null;
  }
}

/** One packed record read back, or null when it is not one this version writes. */
export function unpackRecord(p: unknown): HistoryRecord | null {
  if (!Array.isArray(p) || typeof p[0] !== 'string' || !isTime(p[1])) return null;
  const [kind, at, a, b, c, d] = p as unknown[];
  switch (kind) {
    case 's':
      return isText(a) ? { at: at as number, kind: 'submit', text: a } : null;
    case 'c':
      return isText(a) ? { at: at as number, kind: 'click', line: a } : null;
    case 'f': {
      const f = fault(b, c);
      return isText(a) && f && isText(d)
        ? { at: at as number, kind: 'fault', container: a, fault: f, comment: d }
        : null;
    }
    case 't':
      return isTime(a) ? { at: at as number, kind: 'tick', ms: a } : null;
    case 'y':
      return { at: at as number, kind: 'sync' };
    case 'i':
      return isText(a) ? { at: at as number, kind: 'interrupt', line: a } : null;
    case 'e':
      return isText(a) ? { at: at as number, kind: 'eof', line: a } : null;
    case 'd':
      return { at: at as number, kind: 'detach' };
    case 'l':
      return isText(a) && typeof b === 'string' && b.length <= 100_000
        ? { at: at as number, kind: 'list', line: a, stdout: b }
        : null;
    case 'x':
      return { at: at as number, kind: 'clear' };
    case 'a':
      return a === 0 || a === 1 ? { at: at as number, kind: 'auto', on: a === 1 } : null;
    default:
      return null;
  }
}

export function packHeader(data: SessionData): PackedHeader {
  return {
    v: RECORD_VERSION,
    seed: data.base.seed,
    script: [...data.base.script],
    auto: data.base.auto,
    position: data.position,
    tipAt: data.tipAt,
    settings: data.settings,
  };
}

/** The header read back, with what was wrong in it; null when it cannot start a session. */
export function unpackHeader(h: unknown): { header: PackedHeader | null; problems: string[] } {
  if (typeof h !== 'object' || h === null || Array.isArray(h)) return { header: null, problems: ['not a session'] };
  const o = h as Record<string, unknown>;
  if (typeof o.v !== 'number') return { header: null, problems: ['not a session'] };
  if (o.v > RECORD_VERSION) return { header: null, problems: [`made by a newer version (${String(o.v)})`] };
  if (o.v !== RECORD_VERSION) return { header: null, problems: [`unknown version ${String(o.v)}`] };
  if (typeof o.seed !== 'number' || !Number.isInteger(o.seed) || o.seed < 0 || o.seed > 2 ** 31)
    return { header: null, problems: ['no valid seed'] };
  const script = o.script;
  if (!Array.isArray(script) || script.length > MAX_SCRIPT || !script.every((l) => isText(l)))
    return { header: null, problems: ['no valid script'] };
  const problems: string[] = [];
  const settings: Record<string, string> = {};
  if (typeof o.settings === 'object' && o.settings !== null && !Array.isArray(o.settings))
    for (const [k, v] of Object.entries(o.settings as Record<string, unknown>))
      if (typeof v === 'string' && v.length <= 40 && /^[a-z]{1,12}$/.test(k)) settings[k] = v;
  const position = typeof o.position === 'number' && Number.isInteger(o.position) && o.position >= 0 ? o.position : 0;
  if (position !== o.position) problems.push('the step to open at');
  return {
    header: {
      v: RECORD_VERSION,
      seed: o.seed,
      script: script as string[],
      auto: o.auto === true,
      position,
      tipAt: isTime(o.tipAt) ? o.tipAt : 0,
      settings,
    },
    problems,
  };
}

/**
 * A session from a header and its records (in chunks, as a link carries them): the longest valid
 * beginning of the records, in time order. Never throws.
 */
export function readSession(header: unknown, chunks: readonly unknown[]): ReadResult {
  const { header: h, problems } = unpackHeader(header);
  if (!h) return { data: null, problems };
  const records: HistoryRecord[] = [];
  let last = 0;
  let stopped = false;
  for (const [i, chunk] of chunks.entries()) {
    if (!Array.isArray(chunk)) {
      problems.push(`part ${i + 1} could not be read: the steps from there on are left out`);
      stopped = true;
      break;
    }
    for (const p of chunk) {
      const r = unpackRecord(p);
      if (!r || r.at < last || records.length >= MAX_RECORDS) {
        problems.push(`a step could not be read: the steps from there on are left out`);
        stopped = true;
        break;
      }
      last = r.at;
      records.push(r);
    }
    if (stopped) break;
  }
  const steps = records.filter((r) => ['submit', 'click', 'fault', 'tick'].includes(r.kind)).length;
  let position = h.position;
  if (position > steps) {
    if (!stopped) problems.push('the step to open at');
    position = steps;
  }
  const tipAt = Math.max(h.tipAt, last);
  return {
    data: {
      base: { seed: h.seed, script: h.script, auto: h.auto },
      records,
      position,
      tipAt,
      settings: h.settings ?? {},
    },
    problems,
  };
}
