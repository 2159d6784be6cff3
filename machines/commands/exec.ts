/**
 * `docker exec` (docker/cli container/exec.go RunExec, interactiveExec; moby daemon/exec.go,
 * daemon/server/router/container/exec.go postContainerExecStart): a second process in a running
 * container. Attached, the CLI streams its output and exits with its code; `-d` returns at once;
 * `-it` attaches a terminal as `docker run -it` does (Ctrl+D ends a shell, Ctrl+P Ctrl+Q detaches).
 */
import type { ExecFlags } from '../cli/typedflags';
import { detachKeysError } from '../cli/validate';
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import { runOutput } from '../process/timeline';
import { linesAfter, type LogCursor } from '../engine/logs';
import { INTERRUPTED_EXIT, type OpInterrupts } from '../interrupts';
import { envOf } from './create';
import { daemonError, type Output } from './output';

export function* exec(
  driver: Driver,
  out: Output,
  arg: string,
  argv: readonly string[],
  flags: ExecFlags,
  interrupts: OpInterrupts,
): Operation {
  // parseExec validates the detach keys before anything is asked.
  const keys = detachKeysError(flags.detachKeys);
  if (keys !== undefined) {
    out.err(keys);
    return out.result(1);
  }
  // RunExec inspects the container first, so that a missing one is reported as such.
  const found = driver.find(arg.trim());
  if (!found.ok) {
    const error = daemonError(found.error, { arg });
    out.touch({ arg, outcome: 'missing', error, reason: found.error });
    out.err(error);
    return out.result(1);
  }
  const { id, name, ref } = found.entry;
  const mark = driver.engine.getSnapshot().context.log.length;
  driver.deliver(id, {
    type: 'cli.exec',
    argv: [...argv],
    env: envOf(flags.env),
    ...(flags.user !== undefined ? { user: flags.user } : {}),
    ...(flags.workdir !== undefined ? { workdir: flags.workdir } : {}),
    tty: flags.tty,
    stdin: flags.interactive && !flags.detach,
  });
  const ctx = () => ref.getSnapshot().context;
  const reply = ctx().reply;
  const execId = ctx().lastExecId;
  if (reply.kind === 'error' && reply.error !== 'startFailed') {
    const error = daemonError(reply.error, { arg, id, name }, reply.detail ?? '');
    out.touch({ arg, id, name, outcome: 'refused', error, reason: reply.error });
    out.err(error);
    return out.result(1);
  }
  out.touch({ arg, id, name, outcome: 'done' });
  if (reply.kind === 'error') {
    // The runtime could not start it: the daemon's error, on the exec's own stream when attached.
    const detail = reply.detail ?? '';
    const colon = detail.indexOf(':');
    const code = Number(detail.slice(0, colon));
    const message = detail.slice(colon + 1);
    if (flags.detach) {
      out.err(`Error response from daemon: ${message}`);
      return out.result(1);
    }
    out.write(`${message}\n`);
    return out.result(code);
  }
  if (flags.detach) return out.result(0);

  const record = ctx().lastExec;
  if (!record || execId === null) return out.result(0);
  const hostname = id.slice(0, 12);
  let cursor: LogCursor = { at: -Infinity, n: 0 };
  const flush = () => {
    const x = record;
    const died = dieOf(driver, id, execId, mark);
    const until = died?.at ?? driver.now;
    const lines = runOutput(
      x.program,
      { start: x.start, end: died?.at ?? null, pauses: [], signals: [] },
      until,
      hostname,
    );
    const next = linesAfter(lines, cursor);
    cursor = next.cursor;
    for (const l of next.lines) {
      if (l.stream === 'stderr' && !flags.tty) out.writeErr(l.text);
      else out.write(l.text);
    }
  };
  flush();
  const off = driver.onChange(flush);
  const raw = flags.tty && flags.interactive;
  let detached = false;
  interrupts.attached({ mode: raw ? 'raw' : 'no-proxy', stdin: flags.interactive });
  const offKeys = interrupts.on((key) => {
    if (statusOf(found.entry) === 'removed') return;
    if (key === 'ctrl-d' && flags.interactive) driver.deliver(id, { type: 'exec.eof', execId });
    if (key === 'detach' && raw) {
      detached = true;
      driver.logEvent(id, 'exec_detach', { execID: execId });
    }
  });
  try {
    yield {
      until: () => dieOf(driver, id, execId, mark) !== undefined || detached || (!raw && interrupts.count() > 0),
      watch: [id],
    };
  } finally {
    off();
    offKeys();
  }
  flush();
  const died = dieOf(driver, id, execId, mark);
  if (!died) return out.result(detached ? 0 : INTERRUPTED_EXIT);
  return out.result(died.code);
}

/** The `exec_die` of an exec instance, if it has been logged since `mark`. */
function dieOf(driver: Driver, id: string, execId: string, mark: number): { at: number; code: number } | undefined {
  const log = driver.engine.getSnapshot().context.log;
  for (let i = mark; i < log.length; i++) {
    const e = log[i];
    if (e?.id === id && e.action === 'exec_die' && e.attributes.execID === execId) {
      return { at: e.at, code: Number(e.attributes.exitCode ?? '0') };
    }
  }
  return undefined;
}
