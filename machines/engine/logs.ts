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
