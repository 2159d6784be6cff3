/**
 * A session in a link, and in the browser's storage. The link carries the record (the model's
 * plain data, machines/history/record.ts) compressed with lz-string, cut in parts so that a link
 * cut short still opens with the steps before the cut:
 *
 *   #run=1.<header>.<steps 1–20>.<steps 21–40>…
 *
 * Reading never throws: a part that does not decompress or parse ends the steps there.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { PackedRecord, ReadResult, SessionData } from '../../machines/index';
import type { Engine } from '../sim/engine';

/** The fragment key of a run. */
export const RUN_KEY = 'run';
/** Steps per part of a link. */
const PER_PART = 20;
/** The storage key of the autosave. */
export const STORAGE_KEY = 'container-lifecycle:session:v1';

type Codec = Pick<Engine, 'packHeader' | 'packRecord' | 'readSession'>;

/** The record as the parts of a link (without `#run=`). */
export function encodeRun(engine: Codec, data: SessionData): string {
  const packed = data.records.map((r) => engine.packRecord(r));
  const parts = [compressToEncodedURIComponent(JSON.stringify(engine.packHeader(data)))];
  for (let i = 0; i < packed.length; i += PER_PART)
    parts.push(compressToEncodedURIComponent(JSON.stringify(packed.slice(i, i + PER_PART))));
  return `1.${parts.join('.')}`;
}

function parse(part: string): unknown {
  try {
    const text = decompressFromEncodedURIComponent(part);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** A link's run read back: the data it could use, and what it left out. */
export function decodeRun(engine: Codec, value: string): ReadResult {
  const [version, header, ...parts] = value.split('.');
  if (version !== '1') {
    return {
      data: null,
      problems: [/^\d+$/.test(version ?? '') ? `made by a newer version (${version})` : 'not a run'],
    };
  }
  const chunks: unknown[] = [];
  for (const p of parts) {
    const chunk = parse(p);
    chunks.push(Array.isArray(chunk) ? (chunk as PackedRecord[]) : null);
    if (!Array.isArray(chunk)) break;
  }
  return engine.readSession(parse(header ?? ''), chunks);
}

/** A longer demo stays out of a copied link (addresses this long are cut by chat tools). */
const MAX_LINK_DEMO = 20_000;

/** The page's address with the run in its fragment. */
export function runLink(
  engine: Codec,
  data: SessionData,
  href: string,
  demo: { text: string; at: number } | null = null,
): string {
  const url = new URL(href);
  url.hash = `${RUN_KEY}=${encodeRun(engine, data)}`;
  // A link replays the run: a script in the address would run again before it. A demo open now
  // goes with it, at the line it is at, whether it came from the address or from a file.
  url.searchParams.delete('script');
  url.searchParams.delete('demo');
  url.searchParams.delete('demoAt');
  if (demo && demo.text.length <= MAX_LINK_DEMO) {
    url.searchParams.set('demo', demo.text);
    url.searchParams.set('demoAt', String(demo.at));
  }
  return url.toString();
}

/** The run in an address's fragment, if there is one. */
export function runInHash(hash: string): string | null {
  const m = /^#run=([A-Za-z0-9+\-$.]*)$/.exec(hash);
  if (m) return m[1] ?? '';
  return hash.startsWith(`#${RUN_KEY}=`) ? hash.slice(RUN_KEY.length + 2) : null;
}

/** The autosaved session, read back (null when there is none). */
export function loadSaved(engine: Codec, storage: Pick<Storage, 'getItem'> | null): ReadResult | null {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { data: null, problems: ['the saved session is damaged'] };
  }
  if (typeof value !== 'object' || value === null || !('header' in value) || !('records' in value))
    return { data: null, problems: ['the saved session is damaged'] };
  const v = value as { header: unknown; records: unknown };
  return engine.readSession(v.header, [v.records]);
}

/** Saves the session (quietly does nothing when storage is full or not allowed). */
export function save(engine: Codec, data: SessionData, storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(
      STORAGE_KEY,
      JSON.stringify({ header: engine.packHeader(data), records: data.records.map((r) => engine.packRecord(r)) }),
    );
  } catch {
    // Storage full or blocked: the session still runs, it just is not kept.
  }
}
