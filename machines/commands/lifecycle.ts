/**
 * start, stop, kill, restart, pause, unpause and rm: the daemon calls behind them and how the CLI
 * reports each container (docker/cli cli/command/container/*.go). stop, kill, pause, unpause and
 * rm run over their containers in parallel and print in argument order; restart and start go one
 * by one.
 */
import type { Reply } from '../container/context';
import type { CommandEvent } from '../container/events';
import type { Driver, Operation, Wait } from '../engine/driver';
import { parseSignal } from '../signals';
import { INTERRUPTED_EXIT, NO_INTERRUPTS, type OpInterrupts } from '../interrupts';
import { daemonMessage, type DaemonErrorId } from '../errors';
import { daemonError, refusalText, type Output, type RefusableVerb, type Target, type TargetOutcome } from './output';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Command = DistributiveOmit<CommandEvent, 'now' | 'pid'>;

type Resolved = { ok: true; target: Target } | { ok: false; message: string; reason?: DaemonErrorId };

/**
 * The client trims each reference before it calls the daemon (moby client/utils.go trimID), and
 * refuses an empty one itself; the daemon's messages then quote the trimmed reference.
 */
function resolve(driver: Driver, typed: string, lookupError: (arg: string, error: DaemonErrorId) => string): Resolved {
  const arg = typed.trim();
  if (arg === '') return { ok: false, message: 'invalid container name or ID: value is empty' };
  const found = driver.find(arg);
  if (!found.ok) return { ok: false, message: lookupError(arg, found.error), reason: found.error };
  return { ok: true, target: { arg, id: found.entry.id, name: found.entry.name } };
}

/** What a command did to a container it could not find (TargetOutcome: arg, outcome, error, reason). */
function missingOutcome(arg: string, r: { message: string; reason?: DaemonErrorId }): TargetOutcome {
  const outcome: TargetOutcome = { arg, outcome: 'missing', error: r.message };
  if (r.reason) outcome.reason = r.reason;
  return outcome;
}

const plainLookupError = (arg: string, error: DaemonErrorId) => daemonError(error, { arg });

/** Sends one command and reads the container's reply (its actor keeps it even once it is gone). */
function send(driver: Driver, target: Target, command: Command): Reply {
  const ref = driver.byId(target.id)?.ref;
  driver.deliver(target.id, command as Parameters<Driver['deliver']>[1]);
  return ref ? ref.getSnapshot().context.reply : { kind: 'error', error: 'noSuchContainer' };
}

/** The command is finished for this container: no stop in progress, no removal under way. */
function settled(driver: Driver, id: string): boolean {
  const status = driver.status(id);
  if (status === 'removed' || status === 'dead') return true;
  if (status === 'removing') return false;
  return driver.context(id)?.stop === null;
}

/** Waits for the containers, or for a Ctrl+C, which ends the CLI while the daemon carries on. */
function waitFor(driver: Driver, ids: string[], interrupts: OpInterrupts): Wait {
  return { until: () => interrupts.count() > 0 || ids.every((id) => settled(driver, id)), watch: ids };
}

interface Outcome {
  target: Target | null;
  arg: string;
  error: string | null;
  pendingId?: string;
}

/**
 * The parallel verbs: every container gets its call at the same instant, the CLI waits for all,
 * then prints successes to stdout and errors to stderr in argument order.
 */
function* parallel(
  driver: Driver,
  out: Output,
  args: readonly string[],
  command: Command,
  opts: {
    verb: RefusableVerb;
    lookupError?: (arg: string, error: DaemonErrorId) => string;
    ignoreNotFound?: boolean;
    trimSlashes?: boolean;
    interrupts?: OpInterrupts;
  },
): Operation {
  const outcomes: Outcome[] = [];
  for (const typed of args) {
    // docker/cli rm.go strips slashes first and refuses what is left empty.
    const arg = opts.trimSlashes ? typed.replace(/^\/+|\/+$/g, '') : typed;
    if (opts.trimSlashes && arg === '') {
      outcomes.push({ target: null, arg: typed, error: 'container name cannot be empty' });
      continue;
    }
    const r = resolve(driver, arg, opts.lookupError ?? plainLookupError);
    if (!r.ok) {
      const missing = driver.find(arg.trim());
      out.touch(missingOutcome(typed, r));
      outcomes.push({
        target: null,
        arg: typed,
        error:
          opts.ignoreNotFound && arg.trim() !== '' && !missing.ok && missing.error === 'noSuchContainer'
            ? ''
            : r.message,
      });
      continue;
    }
    const reply = send(driver, r.target, command);
    const { id, name } = r.target;
    if (reply.kind === 'error') {
      const error = refusalText(opts.verb, r.target, reply);
      out.touch({ arg: typed, id, name, outcome: 'refused', error, reason: reply.error });
      outcomes.push({ target: r.target, arg: typed, error });
    } else if (reply.kind === 'pending') {
      outcomes.push({ target: r.target, arg: typed, error: null, pendingId: id });
    } else {
      out.touch({ arg: typed, id, name, outcome: reply.kind === 'not-modified' ? 'no-op' : 'done' });
      outcomes.push({ target: r.target, arg: typed, error: null });
    }
  }
  /** What became of the commands the CLI waited for (a slow removal may still fail at its end). */
  const settle = (o: Outcome) => {
    if (!o.pendingId || !o.target) return;
    const reply = driver.context(o.pendingId)?.reply;
    const { id, name } = o.target;
    if (reply?.kind === 'error')
      out.touch({
        arg: o.arg,
        id,
        name,
        outcome: 'refused',
        error: refusalText(opts.verb, o.target, reply),
        reason: reply.error,
      });
    else out.touch({ arg: o.arg, id, name, outcome: 'done' });
  };
  const pending = outcomes.flatMap((o) => (o.pendingId ? [o.pendingId] : []));
  const interrupts = opts.interrupts ?? NO_INTERRUPTS;
  if (pending.length > 0) yield waitFor(driver, pending, interrupts);
  outcomes.forEach(settle);
  // Ctrl+C while waiting: the CLI exits at once and prints nothing more (the stop goes on).
  if (interrupts.count() > 0 && !pending.every((id) => settled(driver, id))) return out.result(INTERRUPTED_EXIT);
  const errors: string[] = [];
  for (const o of outcomes) {
    if (o.error === '') continue;
    if (o.error !== null) {
      errors.push(o.error);
      continue;
    }
    // A removal that was slow may still have failed at its end.
    const ctx = o.pendingId ? driver.context(o.pendingId) : undefined;
    if (ctx && ctx.reply.kind === 'error' && o.target) {
      errors.push(refusalText(opts.verb, o.target, ctx.reply));
      continue;
    }
    out.out(o.arg);
  }
  for (const e of errors) out.err(e);
  return out.result(errors.length > 0 ? 1 : 0);
}

export interface StopFlags {
  signal?: string;
  timeout?: number;
}

/** `-s` and `-t` as the daemon receives them (daemon/stop.go containerStop parses the signal). */
function stopOptions(flags: StopFlags): { signal?: number; signalError?: string; timeout?: number } {
  const timeout = flags.timeout !== undefined ? { timeout: flags.timeout } : {};
  if (flags.signal === undefined || flags.signal === '') return timeout;
  const parsed = parseSignal(flags.signal);
  return Object.assign(parsed.ok ? { signal: parsed.signal } : { signalError: parsed.error }, timeout);
}

export function stop(
  driver: Driver,
  out: Output,
  args: readonly string[],
  flags: StopFlags,
  interrupts: OpInterrupts = NO_INTERRUPTS,
): Operation {
  return parallel(driver, out, args, Object.assign({ type: 'cli.stop' as const }, stopOptions(flags)), {
    verb: 'stop',
    interrupts,
  });
}

export function* kill(driver: Driver, out: Output, args: readonly string[], flags: { signal?: string }): Operation {
  // daemon/kill.go ContainerKill parses the signal before it looks the container up.
  let signal = 9;
  if (flags.signal !== undefined && flags.signal !== '') {
    const parsed = parseSignal(flags.signal, true);
    if (!parsed.ok) {
      for (const arg of args) out.err(`Error response from daemon: cannot kill container: ${arg}: ${parsed.error}`);
      return out.result(1);
    }
    signal = parsed.signal;
  }
  return yield* parallel(
    driver,
    out,
    args,
    { type: 'cli.kill', signal },
    {
      verb: 'kill',
      // The kill route wraps every error it gets, lookups included (container_routes.go postContainersKill).
      lookupError: (arg, error) =>
        error === 'noSuchContainer'
          ? daemonError('noSuchContainerKill', { arg })
          : `Error response from daemon: cannot kill container: ${arg}: ${daemonMessage(error, { arg })}`,
    },
  );
}

export function pause(driver: Driver, out: Output, args: readonly string[]): Operation {
  return parallel(driver, out, args, { type: 'cli.pause' }, { verb: 'pause' });
}

export function unpause(driver: Driver, out: Output, args: readonly string[]): Operation {
  return parallel(driver, out, args, { type: 'cli.unpause' }, { verb: 'unpause' });
}

export function rm(
  driver: Driver,
  out: Output,
  args: readonly string[],
  flags: { force: boolean },
  interrupts: OpInterrupts = NO_INTERRUPTS,
): Operation {
  return parallel(
    driver,
    out,
    args,
    { type: 'cli.rm', force: flags.force },
    {
      verb: 'rm',
      interrupts,
      ignoreNotFound: flags.force,
      trimSlashes: true,
    },
  );
}

/** docker/cli start.go startContainersWithoutAttachments: one by one, then a summary line. */
export function* start(driver: Driver, out: Output, args: readonly string[]): Operation {
  const failed: string[] = [];
  for (const arg of args) {
    const r = resolve(driver, arg, plainLookupError);
    if (!r.ok) {
      out.err(r.message);
      out.touch(missingOutcome(arg, r));
      failed.push(arg);
      continue;
    }
    const reply = send(driver, r.target, { type: 'cli.start' });
    const { id, name } = r.target;
    if (reply.kind === 'error') {
      const error = refusalText('start', r.target, reply);
      out.err(error);
      out.touch({ arg, id, name, outcome: 'refused', error, reason: reply.error });
      failed.push(arg);
      continue;
    }
    out.touch({ arg, id, name, outcome: reply.kind === 'not-modified' ? 'no-op' : 'done' });
    out.out(arg);
  }
  if (failed.length > 0) {
    out.err(`failed to start containers: ${failed.join(', ')}`);
    return out.result(1);
  }
  return out.result(0);
}

/** docker/cli restart.go: sequential; daemon/restart.go flattens errors into `Cannot restart container`. */
export function* restart(
  driver: Driver,
  out: Output,
  args: readonly string[],
  flags: StopFlags,
  interrupts: OpInterrupts = NO_INTERRUPTS,
): Operation {
  const errors: string[] = [];
  for (const arg of args) {
    const r = resolve(driver, arg, plainLookupError);
    if (!r.ok) {
      errors.push(r.message);
      out.touch(missingOutcome(arg, r));
      continue;
    }
    const reply = send(driver, r.target, Object.assign({ type: 'cli.restart' as const }, stopOptions(flags)));
    if (reply.kind === 'pending') {
      yield waitFor(driver, [r.target.id], interrupts);
      if (interrupts.count() > 0 && !settled(driver, r.target.id)) {
        for (const e of errors) out.err(e);
        return out.result(INTERRUPTED_EXIT);
      }
    }
    const final = reply.kind === 'pending' ? (driver.context(r.target.id)?.reply ?? { kind: 'ok' as const }) : reply;
    const { id, name } = r.target;
    if (final.kind === 'error') {
      const error = refusalText('restart', r.target, final);
      errors.push(error);
      out.touch({ arg, id, name, outcome: 'refused', error, reason: final.error });
      continue;
    }
    out.touch({ arg, id, name, outcome: 'done' });
    out.out(arg);
  }
  for (const e of errors) out.err(e);
  return out.result(errors.length > 0 ? 1 : 0);
}
