/**
 * `docker create` and `docker run`: the daemon's create (daemon/create.go), then for run the
 * attach, start and wait of docker/cli run.go runContainer.
 */
import type { ContainerConfig } from '../container/context';
import type { Driver, Operation } from '../engine/driver';
import { findImage, parseImageRef, resolveProcess } from '../processes';
import { parseSignal, SIGINT } from '../signals';
import { outcomeOf } from '../container/logic';
import { NO_INTERRUPTS, type Attachment, type OpInterrupts } from '../interrupts';
import type { RestartPolicy } from '../types';
import type { Output } from './output';
import { daemonError, type Target } from './output';

export interface CreateFlags {
  name?: string;
  /** `--label` values as typed: `key=value` or `key`. */
  labels?: readonly string[];
  restart: RestartPolicy;
  rm: boolean;
  stopSignal?: string;
  stopTimeout?: number;
  init: boolean;
  interactive: boolean;
  tty: boolean;
}

export interface RunFlags extends CreateFlags {
  detach: boolean;
  /** `--sig-proxy` (default true): Ctrl+C is forwarded to the container. */
  sigProxy?: boolean;
}

const KNOWN_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];

/** api/types/container ValidateRestartPolicy, run by the daemon before anything else. */
export function validateRestartPolicy(p: RestartPolicy): string | null {
  if (p.Name === '' || p.Name === 'no' || p.Name === 'always' || p.Name === 'unless-stopped') {
    if (p.MaximumRetryCount !== 0)
      return "invalid restart policy: maximum retry count can only be used with 'on-failure'";
    return null;
  }
  if (p.Name === 'on-failure') {
    if (p.MaximumRetryCount < 0) return 'invalid restart policy: maximum retry count cannot be negative';
    return null;
  }
  return `invalid restart policy: unknown policy '${p.Name}'; use one of ${KNOWN_POLICIES.map((n, i) => (i === KNOWN_POLICIES.length - 1 ? `or '${n}'` : `'${n}'`)).join(', ')}`;
}

/** distribution/reference: a lowercase repository path and an optional tag. */
function referenceError(reference: string): string | null {
  const ref = parseImageRef(reference);
  const path = reference.replace(/@.*$/, '').replace(/:[^/]*$/, '');
  if (/[A-Z]/.test(path)) {
    const familiar = path.includes('/') ? path : `library/${path}`;
    return `invalid reference format: repository name (${familiar}) must be lowercase`;
  }
  if (
    !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(
      ref.repository.replace(/^[^/]+\.[^/]+\//, ''),
    ) ||
    !/^[\w][\w.-]{0,127}$/.test(ref.tag)
  ) {
    return 'invalid reference format';
  }
  return null;
}

/** opts.ConvertKVStringsToMap: `key=value`, or `key` alone for an empty value. */
function parseLabels(labels: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of labels) {
    const i = l.indexOf('=');
    if (i < 0) out[l] = '';
    else out[l.slice(0, i)] = l.slice(i + 1);
  }
  return out;
}

type Created = { ok: true; target: Target } | { ok: false; message: string; pullNotice?: string };

/** What the daemon does for `POST /containers/create`, as seen by the CLI. */
export function createContainer(driver: Driver, image: string, command: string[], flags: CreateFlags): Created {
  const refError = referenceError(image);
  if (refError) return { ok: false, message: refError };
  // daemon/container.go validateContainerConfig runs before validateHostConfig.
  if (flags.stopSignal) {
    const parsed = parseSignal(flags.stopSignal);
    if (!parsed.ok) return { ok: false, message: `Error response from daemon: ${parsed.error}` };
  }
  const policyError = validateRestartPolicy(flags.restart);
  if (policyError) return { ok: false, message: `Error response from daemon: ${policyError}` };
  if (flags.rm && flags.restart.Name !== '' && flags.restart.Name !== 'no') {
    return { ok: false, message: daemonError('autoRemoveWithRestart', { arg: '' }) };
  }
  const spec = findImage(image);
  if (!spec) {
    const ref = parseImageRef(image);
    return {
      ok: false,
      pullNotice: `Unable to find image '${ref.repository}:${ref.tag}' locally`,
      message: `Error response from daemon: pull access denied for ${ref.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    };
  }
  const cmd = command.length > 0 ? command : spec.cmd;
  const stopSignal = flags.stopSignal
    ? { stopSignal: flags.stopSignal, stopSignalSource: 'create-flag' as const }
    : spec.stopSignal
      ? { stopSignal: spec.stopSignal, stopSignalSource: 'image' as const }
      : {};
  // Object.assign rather than spreads in the middle of a literal, which V8 makes slow.
  const config: ContainerConfig = Object.assign(
    {
      image,
      cmd,
      entrypoint: spec.entrypoint,
      labels: parseLabels(flags.labels ?? []),
      tty: flags.tty,
      openStdin: flags.interactive,
    },
    stopSignal,
    flags.stopTimeout !== undefined ? { stopTimeout: flags.stopTimeout } : undefined,
    {
      autoRemove: flags.rm,
      restartPolicy: {
        Name: flags.restart.Name === '' ? 'no' : flags.restart.Name,
        MaximumRetryCount: flags.restart.MaximumRetryCount,
      },
      init: flags.init,
    },
  );
  const process = resolveProcess({
    image: spec,
    argv: [...(spec.entrypoint ?? []), ...cmd],
    tty: flags.tty,
    interactive: flags.interactive,
    init: flags.init,
  });
  const reply = driver.create(Object.assign(flags.name !== undefined ? { name: flags.name } : {}, { config, process }));
  if (reply.kind === 'created') return { ok: true, target: { arg: reply.id, id: reply.id, name: reply.name } };
  const detail = reply.detail ?? '';
  const message = daemonError(
    reply.error,
    { arg: '', id: reply.conflict?.id ?? '', name: reply.conflict?.name ?? detail },
    detail,
  );
  return { ok: false, message };
}

export function* create(driver: Driver, out: Output, image: string, command: string[], flags: CreateFlags): Operation {
  const created = createContainer(driver, image, command, flags);
  if (!created.ok) {
    if (created.pullNotice) out.err(created.pullNotice);
    out.err(created.message);
    return out.result(1);
  }
  const { id, name } = created.target;
  out.touch({ arg: name, id, name, outcome: 'done' });
  out.out(id);
  return out.result(0);
}

/** docker/cli run.go withHelp + toStatusError: the exit code says where the failure came from. */
function runFailure(out: Output, message: string): ReturnType<Output['result']> {
  out.err(`docker: ${message}\n\nRun 'docker run --help' for more information`);
  if (/executable file not found|no such file or directory/.test(message)) return out.result(127);
  if (/permission denied|is a directory/.test(message)) return out.result(126);
  return out.result(125);
}

/** Index of the next log entry, to wait for events that come after it. */
function logMark(driver: Driver): number {
  return driver.engine.getSnapshot().context.log.length;
}

function findLogged(driver: Driver, id: string, action: string, from: number) {
  const log = driver.engine.getSnapshot().context.log;
  for (let i = from; i < log.length; i++) {
    const e = log[i];
    if (e && e.id === id && e.action === action) return e;
  }
  return undefined;
}

/**
 * Attached: wait for the container's next exit (or, with --rm, its removal) and exit with its code
 * (docker/cli container/utils.go waitExitOrRemoved). Each Ctrl+C is forwarded to the container as
 * SIGINT (container/signals.go ForwardAllSignals); at the third the CLI gives up and leaves the
 * container running (cmd/docker/docker.go forceExitAfter3TerminationSignals).
 */
/** docker/cli run.go: signals are proxied unless --sig-proxy=false; -i with -t puts the terminal in raw mode. */
function attachmentOf(flags: RunFlags): Attachment {
  const stdin = flags.interactive;
  if (flags.tty && stdin) return { mode: 'raw', stdin };
  return { mode: flags.sigProxy === false ? 'no-proxy' : 'proxy', stdin };
}

export function* attachAndWait(
  driver: Driver,
  out: Output,
  target: Target,
  autoRemove: boolean,
  mark: number,
  interrupts: OpInterrupts = NO_INTERRUPTS,
  attachment: Attachment = { mode: 'proxy', stdin: false },
): Operation {
  const ended = () =>
    autoRemove
      ? driver.status(target.id) === 'removed' || findLogged(driver, target.id, 'destroy', mark) !== undefined
      : findLogged(driver, target.id, 'die', mark) !== undefined;
  let detached = false;
  interrupts.attached(attachment);
  const off = interrupts.on((key) => {
    const status = driver.status(target.id);
    const ctx = driver.context(target.id);
    if (key === 'ctrl-c' && attachment.mode === 'proxy') {
      // The CLI's ContainerKill fails quietly on a container that is not running.
      if (status === 'running' || status === 'paused' || status === 'restarting') {
        driver.deliver(target.id, { type: 'cli.kill', signal: SIGINT });
      }
    } else if (key === 'ctrl-c' && attachment.mode === 'raw') {
      // The container's TTY turns the byte into SIGINT for its process; no daemon kill, no event.
      const outcome = ctx ? outcomeOf(ctx, SIGINT) : { kind: 'survives' as const };
      if (status === 'running' && outcome.kind === 'exits') {
        driver.deliver(target.id, { type: 'process.exit', code: outcome.code, signal: SIGINT });
      }
    } else if (key === 'ctrl-d' && attachment.stdin) {
      // End of input: a shell reading it exits 0; other programs do not read stdin.
      if (status === 'running' && ctx?.process.readsStdin)
        driver.deliver(target.id, { type: 'process.exit', code: 0, eof: true });
    } else if (key === 'detach' && attachment.stdin && attachment.mode === 'raw') {
      detached = true;
      driver.logEvent(target.id, 'detach');
    }
  });
  // In raw mode Ctrl+C never reaches the CLI, so it cannot give up; otherwise the third one ends it.
  const givesUp = () => attachment.mode !== 'raw' && interrupts.count() >= 3;
  try {
    yield { until: () => ended() || detached || givesUp(), watch: [target.id] };
  } finally {
    off();
  }
  if (detached && !ended()) return out.result(0);
  if (!ended()) {
    out.err('\ngot 3 SIGTERM/SIGINTs, forcefully exiting');
    return out.result(1);
  }
  const die = findLogged(driver, target.id, 'die', mark);
  const code = die ? Number(die.attributes.exitCode ?? '0') : 0;
  return out.result(code);
}

export function* run(
  driver: Driver,
  out: Output,
  image: string,
  command: string[],
  flags: RunFlags,
  interrupts: OpInterrupts = NO_INTERRUPTS,
): Operation {
  const created = createContainer(driver, image, command, flags);
  if (!created.ok) {
    if (created.pullNotice) out.err(created.pullNotice);
    return runFailure(out, created.message.replace(/^docker: /, ''));
  }
  const { target } = created;
  const id = target.id;
  if (flags.detach) {
    out.out(id);
  } else {
    driver.logEvent(id, 'attach');
  }
  const mark = logMark(driver);
  // Read before the start: with --rm a failed start removes the container and its context.
  const process = driver.context(id)?.process;
  driver.deliver(id, { type: 'cli.start' });
  const touched = { arg: target.name, id, name: target.name };
  if (process?.startError) {
    const error = `Error response from daemon: ${process.startError.message}`;
    out.touch(Object.assign({}, touched, { outcome: 'refused' as const, error: `docker: ${error}` }));
    return runFailure(out, error);
  }
  out.touch(Object.assign({}, touched, { outcome: 'done' as const }));
  if (flags.detach) return out.result(0);
  out.write(process?.output ?? '');
  return yield* attachAndWait(driver, out, target, flags.rm, mark, interrupts, attachmentOf(flags));
}
