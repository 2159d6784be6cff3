/**
 * `docker logs` (docker/cli container/logs.go runLogs; moby daemon/logs.go ContainerLogs,
 * daemon/server/httputils/logstream WriteLogStream): what the container's main process wrote,
 * across its restarts, from the engine's log (engine/logs.ts).
 */
import type { LogsFlags } from '../cli/typedflags';
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import { cursorAfter, linesAfter, logsOf, type LogLine } from '../engine/logs';
import { parseTimeArg } from '../format/index';
import { formatRfc3339NanoFixed } from '../go/time';
import { INTERRUPTED_EXIT, type OpInterrupts } from '../interrupts';
import { daemonError, type Output } from './output';

/** strconv.Atoi of --tail; anything else (`all`, junk) shows every line (daemon/logs.go). */
function tailOf(tail: string): number {
  return /^[+-]?\d+$/.test(tail) ? Number(tail) : -1;
}

export function* logs(driver: Driver, out: Output, arg: string, flags: LogsFlags, interrupts: OpInterrupts): Operation {
  // The client turns --since and --until into timestamps before it calls the daemon.
  const now = driver.now;
  const bound = (name: 'since' | 'until', value: string | undefined) => {
    if (value === undefined) return { ok: true as const, ms: undefined };
    const t = parseTimeArg(value, now);
    return t.ok
      ? { ok: true as const, ms: t.ms }
      : { ok: false as const, error: `invalid value for "${name}": ${t.error}` };
  };
  const since = bound('since', flags.since);
  const until = bound('until', flags.until);
  for (const b of [since, until]) {
    if (!b.ok) {
      out.err(b.error);
      return out.result(1);
    }
  }
  // runLogs inspects the container first.
  const found = driver.find(arg.trim());
  if (!found.ok) {
    out.err(daemonError(found.error, { arg }));
    return out.result(1);
  }
  const { id, name } = found.entry;
  const status = statusOf(found.entry);
  out.touch({ arg, id, name, outcome: 'done' });
  if (status === 'dead' || status === 'removing') {
    out.err('Error response from daemon: can not get logs from container which is dead or marked for removal');
    return out.result(1);
  }
  const ref = found.entry.ref;
  const ctx = () => ref.getSnapshot().context;
  const tty = ctx().config.tty;
  const keep = (l: LogLine) =>
    (since.ms === undefined || l.at >= since.ms) && (until.ms === undefined || l.at <= until.ms);
  const write = (l: LogLine) => {
    let text = flags.details ? ` ${l.text}` : l.text;
    if (flags.timestamps) text = `${formatRfc3339NanoFixed(l.at)} ${text}`;
    if (l.stream === 'stderr' && !tty) out.writeErr(text);
    else out.write(text);
  };
  const all = logsOf(ctx(), driver.now).filter(keep);
  const tail = tailOf(flags.tail);
  const shown = tail < 0 ? all : tail === 0 ? [] : all.slice(-tail);
  shown.forEach(write);
  // A stopped container's log is read once; a running one is followed until its process ends.
  const runs = ctx().runs.length;
  const alive = status === 'running' || status === 'paused';
  if (!flags.follow || !alive) return out.result(0);
  let cursor = cursorAfter(logsOf(ctx(), driver.now));
  const flush = () => {
    const next = linesAfter(logsOf(ctx(), driver.now), cursor);
    cursor = next.cursor;
    for (const l of next.lines) if (keep(l)) write(l);
  };
  const off = driver.onChange(flush);
  const ended = () => ctx().runs.length > runs || ctx().runs[runs - 1]?.end != null || driver.status(id) === 'removed';
  try {
    yield {
      until: () => interrupts.count() > 0 || ended(),
      watch: [id],
      ...(until.ms !== undefined ? { wakeAt: until.ms } : {}),
    };
  } finally {
    off();
  }
  flush();
  if (interrupts.count() > 0 && !ended()) return out.result(INTERRUPTED_EXIT);
  return out.result(0);
}
