/**
 * `docker create` and `docker run`: the daemon's create (daemon/create.go), then for run the
 * attach, start and wait of docker/cli run.go runContainer.
 */
import type { ContainerConfig } from '../container/context';
import type { Driver, Operation } from '../engine/driver';
import type { ContainerRef } from '../engine/machine';
import { findImage, parseImageRef, resolveProcess } from '../processes';
import { parseSignal, SIGINT } from '../signals';
import { outcomeOf } from '../container/logic';
import { cursorAfter, linesAfter, logsOf, type LogCursor } from '../engine/logs';
import { NO_INTERRUPTS, type Attachment, type OpInterrupts } from '../interrupts';
import type { RestartPolicy } from '../types';
import type { Output } from './output';
import type { CreateFlags as CliCreateFlags } from '../cli/typedflags';
import type { HealthConfig, ImageSpec } from '../images';
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
  /** `-e` values as typed: `KEY=value` (or `KEY`, taken from the CLI's empty environment). */
  env?: readonly string[];
  /** The `--health-*` flags (durations in ns) and `--no-healthcheck`. */
  health?: CliCreateFlags['health'];
}

export interface RunFlags extends CreateFlags {
  detach: boolean;
  /** `--sig-proxy` (default true): Ctrl+C is forwarded to the container. */
  sigProxy?: boolean;
  /** `--detach-keys`, for the terminal to know what detaches. */
  detachKeys?: string;
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
export function referenceError(reference: string): string | null {
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
  const at = reference.indexOf('@');
  return at < 0 ? null : digestError(reference.slice(at + 1));
}

/** Hex digits of each digest algorithm the client knows (opencontainers/go-digest algorithm.go). */
const DIGEST_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/**
 * The part after `@`: distribution/reference's digest pattern (else the whole reference is an
 * `invalid reference format`), then go-digest Parse/Validate on it.
 */
function digestError(digest: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/.test(digest)) {
    return 'invalid reference format';
  }
  const colon = digest.indexOf(':');
  const length = DIGEST_LENGTHS[digest.slice(0, colon)];
  const encoded = digest.slice(colon + 1);
  if (length === undefined) return 'unsupported digest algorithm';
  if (encoded.length !== length) return 'invalid checksum digest length';
  if (!/^[a-f0-9]+$/.test(encoded)) return 'invalid checksum digest format';
  return null;
}

/**
 * The container's healthcheck: opts.go parse builds it from the flags (`["NONE"]` with
 * --no-healthcheck, `["CMD-SHELL", cmd]` with --health-cmd), and the daemon fills what is unset
 * from the image's HEALTHCHECK (daemon/commit.go merge).
 */
function healthcheckOf(flags: CreateFlags, image: ImageSpec): HealthConfig | undefined {
  const h = flags.health;
  const imageHc = image.healthcheck;
  if (!h) return imageHc;
  if (h.none) return { test: ['NONE'] };
  const given = h.cmd !== undefined || h.interval || h.timeout || h.startPeriod || h.retries || h.startInterval;
  if (!given) return imageHc;
  const pick = (mine: number, theirs: number | undefined) => (mine !== 0 ? mine : (theirs ?? 0));
  const test = h.cmd !== undefined ? ['CMD-SHELL', h.cmd] : (imageHc?.test ?? []);
  const out: HealthConfig = { test };
  const fields = {
    interval: pick(h.interval, imageHc?.interval),
    timeout: pick(h.timeout, imageHc?.timeout),
    startPeriod: pick(h.startPeriod, imageHc?.startPeriod),
    startInterval: pick(h.startInterval, imageHc?.startInterval),
    retries: pick(h.retries, imageHc?.retries),
  };
  for (const [k, v] of Object.entries(fields)) if (v !== 0) (out as unknown as Record<string, number>)[k] = v;
  return out;
}

/** daemon/container.go validateHealthCheck: durations of at least 1 ms (MinimumDuration). */
function healthcheckError(hc: HealthConfig | undefined): string | null {
  if (!hc) return null;
  const MS = 1_000_000;
  const checks: [number | undefined, string][] = [
    [hc.interval, 'Interval'],
    [hc.timeout, 'Timeout'],
  ];
  for (const [v, name] of checks)
    if (v !== undefined && v !== 0 && v < MS) return `${name} in Healthcheck cannot be less than 1ms`;
  if (hc.retries !== undefined && hc.retries < 0) return 'Retries in Healthcheck cannot be negative';
  if (hc.startPeriod !== undefined && hc.startPeriod !== 0 && hc.startPeriod < MS) {
    return 'StartPeriod in Healthcheck cannot be less than 1ms';
  }
  if (hc.startInterval !== undefined && hc.startInterval !== 0 && hc.startInterval < MS) {
    return 'StartInterval in Healthcheck cannot be less than 1ms';
  }
  return null;
}

/** `-e KEY=value` pairs; a bare `KEY` takes the CLI's own value, which is unset here (opts/env.go). */
export function envOf(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const i = v.indexOf('=');
    if (i > 0) out[v.slice(0, i)] = v.slice(i + 1);
  }
  return out;
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
  const healthcheck = healthcheckOf(flags, spec);
  const healthError = healthcheckError(healthcheck);
  if (healthError) return { ok: false, message: `Error response from daemon: ${healthError}` };
  const cmd = command.length > 0 ? command : spec.cmd;
  const stopSignal = flags.stopSignal
    ? { stopSignal: flags.stopSignal, stopSignalSource: 'create-flag' as const }
    : spec.stopSignal
      ? { stopSignal: spec.stopSignal, stopSignalSource: 'image' as const }
      : {};
  const config: ContainerConfig = {
    image,
    cmd,
    entrypoint: spec.entrypoint,
    labels: parseLabels(flags.labels ?? []),
    tty: flags.tty,
    openStdin: flags.interactive,
    ...stopSignal,
    ...(flags.stopTimeout !== undefined ? { stopTimeout: flags.stopTimeout } : {}),
    autoRemove: flags.rm,
    restartPolicy: {
      Name: flags.restart.Name === '' ? 'no' : flags.restart.Name,
      MaximumRetryCount: flags.restart.MaximumRetryCount,
    },
    init: flags.init,
    ...(healthcheck ? { healthcheck } : {}),
  };
  const process = resolveProcess({
    image: spec,
    argv: [...(spec.entrypoint ?? []), ...cmd],
    tty: flags.tty,
    interactive: flags.interactive,
    init: flags.init,
    env: envOf(flags.env ?? []),
  });
  const reply = driver.create({ ...(flags.name !== undefined ? { name: flags.name } : {}), config, process });
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
  const keys = flags.detachKeys !== undefined ? { detachKeys: flags.detachKeys } : {};
  if (flags.tty && stdin) return { mode: 'raw', stdin, ...keys };
  return { mode: flags.sigProxy === false ? 'no-proxy' : 'proxy', stdin, ...keys };
}

/**
 * Streams what the container writes from its run number `fromRun` on, as an attached CLI prints
 * it (stdout and stderr apart, or both on stdout with a TTY): now, whenever the engine changes, and
 * once more at the end (`flush`). The container's actor keeps its last context after removal.
 */
export function streamOutput(
  driver: Driver,
  out: Output,
  ref: ContainerRef | undefined,
  fromRun: number,
  tty: boolean,
  /** `now`: an attach to a running process sees only what it writes from now on. */
  from: 'run' | 'now' = 'run',
) {
  let cursor: LogCursor =
    ref && from === 'now'
      ? cursorAfter(logsOf(ref.getSnapshot().context, driver.now, fromRun))
      : { at: -Infinity, n: 0 };
  const flush = () => {
    if (!ref) return;
    const lines = logsOf(ref.getSnapshot().context, driver.now, fromRun);
    const next = linesAfter(lines, cursor);
    cursor = next.cursor;
    for (const l of next.lines) {
      if (l.stream === 'stderr' && !tty) out.writeErr(l.text);
      else out.write(l.text);
    }
  };
  flush();
  const off = driver.onChange(flush);
  return {
    flush,
    stop: () => {
      flush();
      off();
    },
  };
}

export function* attachAndWait(
  driver: Driver,
  out: Output,
  target: Target,
  autoRemove: boolean,
  mark: number,
  interrupts: OpInterrupts = NO_INTERRUPTS,
  attachment: Attachment = { mode: 'proxy', stdin: false },
  /** The container's actor, taken before the start (a quick `--rm` process is gone after it). */
  ref: ContainerRef | undefined = driver.byId(target.id)?.ref,
  fromRun = 0,
  from: 'run' | 'now' = 'run',
  /** `escape`: a detach is docker attach's `read escape sequence` (exit 1); `quiet` for run/start. */
  onDetach: 'quiet' | 'escape' = 'quiet',
): Operation {
  const tty = ref?.getSnapshot().context.config.tty ?? false;
  const output = streamOutput(driver, out, ref, fromRun, tty, from);
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
      const outcome = ctx ? outcomeOf(ctx, SIGINT, driver.now) : { kind: 'survives' as const };
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
    output.stop();
  }
  if (detached && !ended()) {
    if (onDetach === 'quiet') return out.result(0);
    out.err('read escape sequence');
    return out.result(1);
  }
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
  const ref = driver.byId(id)?.ref;
  driver.deliver(id, { type: 'cli.start' });
  const touched = { arg: target.name, id, name: target.name };
  if (process?.startError) {
    const error = `Error response from daemon: ${process.startError.message}`;
    out.touch({ ...touched, outcome: 'refused', error: `docker: ${error}` });
    return runFailure(out, error);
  }
  out.touch({ ...touched, outcome: 'done' });
  if (flags.detach) return out.result(0);
  return yield* attachAndWait(driver, out, target, flags.rm, mark, interrupts, attachmentOf(flags), ref);
}
