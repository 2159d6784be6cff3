/**
 * A container's output as the engine keeps it (the json-file log driver): every run of its main
 * process, across restarts, until the container is removed. Computed from the runs in the
 * container's context (process/timeline.ts), so nothing is copied as time passes.
 */
import type { ContainerContext } from '../container/context';
import { runOutput, type LogLine } from '../process/timeline';

export type { LogLine };

/** Everything the container's runs wrote up to `now`, oldest first; `fromRun` skips earlier runs. */
export function logsOf(ctx: ContainerContext, now: number, fromRun = 0): LogLine[] {
  const hostname = ctx.id.slice(0, 12);
  return ctx.runs.slice(fromRun).flatMap((run) => runOutput(ctx.process, run, now, hostname));
}

/**
 * Where a reader of a growing log has got to: the time of the last line it took and how many lines
 * at that time it took (a run keeps only its last lines, so an index into them would drift).
 */
export interface LogCursor {
  at: number;
  n: number;
}

/** A cursor past every line of `lines`. */
export function cursorAfter(lines: readonly LogLine[]): LogCursor {
  const last = lines[lines.length - 1];
  if (!last) return { at: -Infinity, n: 0 };
  return { at: last.at, n: lines.filter((l) => l.at === last.at).length };
}

/** The lines after the cursor, and the cursor past them. */
export function linesAfter(lines: readonly LogLine[], cursor: LogCursor): { lines: LogLine[]; cursor: LogCursor } {
  let skip = cursor.n;
  const fresh = lines.filter((l) => {
    if (l.at < cursor.at) return false;
    if (l.at === cursor.at && skip > 0) {
      skip -= 1;
      return false;
    }
    return true;
  });
  return { lines: fresh, cursor: fresh.length > 0 ? cursorAfter(lines) : cursor };
}
