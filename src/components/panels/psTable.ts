/**
 * `docker ps -a` as lines tied to containers. The text is the CLI's own (the model prints it);
 * this file only splits it into the header and one row per container, and decides when it could
 * read differently.
 */
import type { LiveSimulator, SimulatorView } from '../../../machines/index';

export interface PsRow {
  /** Full 64-hex ID. */
  id: string;
  /** The name without its leading slash, as the NAMES column shows it. */
  name: string;
  /** The row exactly as the CLI printed it, column padding included. */
  text: string;
}

export interface PsTable {
  header: string;
  rows: PsRow[];
}

/** The lines of a CLI output, without the newline that ends the last one. */
function lines(stdout: string): string[] {
  const all = stdout.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/**
 * Runs `docker ps -a` and, to know which container each row is, the same listing as
 * `--no-trunc --format '{{.ID}} {{.Names}}'`: both list the containers in the same order
 * (newest first).
 */
export function psTable(sim: Pick<LiveSimulator, 'query'>): PsTable {
  const [header = '', ...rows] = lines(sim.query('docker ps -a')?.stdout ?? '');
  const who = lines(sim.query("docker ps -a --no-trunc --format '{{.ID}} {{.Names}}'")?.stdout ?? '').map((l) => {
    const space = l.indexOf(' ');
    return space < 0 ? { id: l, name: '' } : { id: l.slice(0, space), name: l.slice(space + 1) };
  });
  return { header, rows: rows.map((text, i) => ({ id: who[i]?.id ?? '', name: who[i]?.name ?? '', text })) };
}

const stampCache = new Map<string, number>();

/** Milliseconds of an RFC 3339 time as Docker prints it (`2026-01-01T00:00:11.5Z`); NaN if not one. */
export function stampMs(stamp: string): number {
  const cached = stampCache.get(stamp);
  if (cached !== undefined) return cached;
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(stamp);
  const ms = m ? Date.parse(`${m[1]}${m[3]}`) + Number((m[2] ?? '').padEnd(3, '0').slice(0, 3)) : Number.NaN;
  if (stampCache.size > 1000) stampCache.clear();
  stampCache.set(stamp, ms);
  return ms;
}

/**
 * Changes whenever the text of `docker ps -a` could: an event, a state that changed without one,
 * or a whole second passing in any duration the table shows. CREATED counts from whole seconds
 * (so the clock's second is enough), but `Up …` and `Exited (…) … ago` count from StartedAt and
 * FinishedAt, which have fractions: their own whole seconds are part of the key.
 */
export function psRefreshKey(view: SimulatorView): string {
  const parts = [String(view.eventCount), String(view.moveCount), String(Math.floor(view.now / 1000))];
  for (const c of view.containers) {
    const s = c.inspect.State;
    const since = (stamp: string) => Math.floor((view.now - stampMs(stamp)) / 1000);
    parts.push(`${c.id}:${c.status}:${s.ExitCode}:${since(s.StartedAt)}:${since(s.FinishedAt)}`);
  }
  return parts.join('|');
}
