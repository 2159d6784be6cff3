/**
 * The health monitor of a container with a healthcheck (moby daemon/health.go): a probe — an
 * exec of the check's command — every interval while the container runs unfrozen; its result
 * makes the container `healthy`, or after `retries` failures in a row `unhealthy`. A probe that
 * takes longer than the timeout fails with exit code -1. Plain functions of the container's
 * context; the container machine logs the events.
 */
import { findImage, IMAGES } from '../images';
import { formatGoDuration } from '../go/duration';
import { pathKind, type ProgramContext } from '../process/programs';
import { runOutput } from '../process/timeline';
import type { ContainerContext, HealthState } from './context';
import { execEnd, execProgram } from './execs';

const S = 1_000_000_000;
/** health.go defaults: interval and timeout 30 s, no start period, start interval 5 s, 3 retries. */
const DEFAULTS = { interval: 30 * S, timeout: 30 * S, startPeriod: 0, startInterval: 5 * S, retries: 3 };
/** health.go maxLogEntries. */
const MAX_LOG = 5;
/** health.go maxOutputLen. */
const MAX_OUTPUT = 4096;

/** The users /etc/passwd has in every catalog image (`-u`): by name or number, with a group. */
export function validUser(user: string): boolean {
  const [name = ''] = user.split(':');
  return ['root', '0', 'nobody', '65534', ''].includes(name);
}

/** The check's settings with the daemon's defaults, in ms (0 in the config means the default). */
function settings(ctx: ContainerContext) {
  const hc = ctx.config.healthcheck;
  const pick = (v: number | undefined, d: number) => (v === undefined || v === 0 ? d : v) / 1e6;
  return {
    interval: pick(hc?.interval, DEFAULTS.interval),
    timeout: pick(hc?.timeout, DEFAULTS.timeout),
    timeoutNs: hc?.timeout || DEFAULTS.timeout,
    startPeriod: pick(hc?.startPeriod, DEFAULTS.startPeriod),
    startInterval: pick(hc?.startInterval, DEFAULTS.startInterval),
    retries: hc?.retries !== undefined && hc.retries > 0 ? hc.retries : DEFAULTS.retries,
  };
}

/** Has the container a check to run (health.go getProbe: a test that is not NONE)? */
export function hasProbe(ctx: ContainerContext): boolean {
  const test = ctx.config.healthcheck?.test ?? [];
  return test.length > 0 && (test[0] === 'CMD' || test[0] === 'CMD-SHELL') && test.length > 1;
}

/** monitor's getInterval: the start interval while starting within the start period. */
export function intervalOf(ctx: ContainerContext, now: number): number {
  const s = settings(ctx);
  const started = ctx.startedAt ?? now;
  if (now - started >= s.startPeriod) return s.interval;
  return ctx.health?.status === 'starting' ? s.startInterval : s.interval;
}

/** initHealthMonitor at a start: `starting`, no failures, the old results kept. */
export function healthStarts(ctx: ContainerContext, now: number): HealthState | null {
  if (!hasProbe(ctx)) return ctx.health;
  const s = settings(ctx);
  const first = s.startPeriod > 0 ? s.startInterval : s.interval;
  return { status: 'starting', failingStreak: 0, log: ctx.health?.log ?? [], nextAt: now + first, probe: null };
}

/** CloseMonitorChannel (a pause, an exit): `unhealthy` "for compatibility", no event, no probe. */
export function healthStops(h: HealthState | null): HealthState | null {
  return h ? { ...h, status: 'unhealthy', nextAt: null, probe: null } : null;
}

/** The surroundings of a process the daemon starts in the container (an exec, a probe). */
export function programContextOf(
  ctx: ContainerContext,
  opts: { env?: Record<string, string>; tty?: boolean; stdin?: boolean; user?: string; workdir?: string } = {},
): { ctx: ProgramContext; cwdExists: boolean } {
  const image = findImage(ctx.config.image) ?? IMAGES.busybox;
  if (!image) throw new Error('the catalog has no busybox');
  const workdir = opts.workdir ?? '/';
  const user = (opts.user ?? 'root').split(':')[0] ?? 'root';
  return {
    ctx: {
      image,
      env: opts.env ?? {},
      stdin: opts.stdin ?? false,
      tty: opts.tty ?? false,
      service: ctx.process.service ?? null,
      failing: ctx.healthFailing,
      mainCommand: ctx.process.label,
      user: user === '0' || user === '' ? 'root' : user === '65534' ? 'nobody' : user,
      workdir,
    },
    cwdExists: workdir === '/' || pathKind(image, workdir) === 'dir',
  };
}

/** A probe starts: its exec runs the check's command (`/bin/sh -c CMD` for CMD-SHELL). */
export function startProbe(
  ctx: ContainerContext,
  h: HealthState,
  now: number,
  execId: string,
  step: number,
): { health: HealthState; command: string } {
  const test = ctx.config.healthcheck?.test ?? [];
  const argv = test[0] === 'CMD-SHELL' ? ['/bin/sh', '-c', test[1] ?? ''] : test.slice(1);
  const command = `${argv[0] ?? ''} ${argv.slice(1).join(' ')}`;
  const s = settings(ctx);
  const program = execProgram(argv, programContextOf(ctx).ctx);
  let result: { end: number; exitCode: number; output: string; timedOut: boolean };
  if (!program.ok) {
    // The exec could not start: the probe's error is its output (health.go monitor).
    result = { end: now, exitCode: -1, output: program.message, timedOut: false };
  } else {
    const end = execEnd(program, now, []);
    const hostname = ctx.id.slice(0, 12);
    const written = (until: number) =>
      runOutput(program.program, { start: now, end: until, pauses: [], signals: [] }, until, hostname)
        .map((l) => l.text)
        .join('');
    if (end === null || end - now > s.timeout) {
      const out = written(now + s.timeout);
      const message = `Health check exceeded timeout (${formatGoDuration(s.timeoutNs)})`;
      result = { end: now + s.timeout, exitCode: -1, output: out ? `${message}: ${out}` : message, timedOut: true };
    } else {
      // The injected fault: whatever the command is, the check fails.
      const exitCode = program.exitCode === 0 && ctx.healthFailing ? 1 : program.exitCode;
      result = { end, exitCode, output: written(end), timedOut: false };
    }
  }
  if (result.output.length > MAX_OUTPUT) result.output = `${result.output.slice(0, MAX_OUTPUT)}...`;
  return { health: { ...h, nextAt: null, probe: { execId, start: now, step, ...result } }, command };
}

/** handleProbeResult: the log, the failing streak and the status; `changed` logs health_status. */
export function endProbe(
  ctx: ContainerContext,
  h: HealthState,
  now: number,
): { health: HealthState; changed: boolean } {
  const probe = h.probe;
  if (!probe) return { health: h, changed: false };
  const s = settings(ctx);
  const log = [...h.log, { start: probe.start, end: probe.end, exitCode: probe.exitCode, output: probe.output }].slice(
    -MAX_LOG,
  );
  let status = h.status;
  let streak = h.failingStreak;
  if (probe.exitCode === 0) {
    streak = 0;
    status = 'healthy';
  } else {
    const withinStart = status === 'starting' && probe.start - (ctx.startedAt ?? probe.start) < s.startPeriod;
    if (!withinStart) {
      streak += 1;
      if (streak >= s.retries) status = 'unhealthy';
    }
  }
  const next: HealthState = { status, failingStreak: streak, log, probe: null, nextAt: null };
  return {
    health: { ...next, nextAt: now + intervalOf({ ...ctx, health: next }, now) },
    changed: status !== h.status,
  };
}
