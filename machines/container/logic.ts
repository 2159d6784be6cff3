/**
 * The daemon's decisions about one container, as pure functions of its context.
 * Each cites the moby code it mirrors (paths in moby/moby @ b985e23).
 */
import { parseSignal, SIGKILL, SIGTERM } from '../signals';
import { signalOutcome, signalOutcomeAt, type SignalOutcome } from '../processes';
import { naturalEnd, type RunRecord } from '../process/timeline';
import type { ContainerContext } from './context';
import type { ContainerEvent } from './events';
import type { LifecycleState } from '../vocabulary';

export const DEFAULT_STOP_TIMEOUT_S = 10;
const BACKOFF_START_MS = 100;
const BACKOFF_MAX_MS = 60_000;
/** A run this long resets the back-off (restartmanager.go: executionDuration >= 10 s). */
const BACKOFF_RESET_RUN_MS = 10_000;

/** The container's own stop signal: `--stop-signal` or the image's STOPSIGNAL; SIGTERM otherwise. */
export function configuredStopSignal(ctx: ContainerContext): number | undefined {
  if (!ctx.config.stopSignal) return undefined;
  const parsed = parseSignal(ctx.config.stopSignal);
  return parsed.ok ? parsed.signal : undefined;
}

export function stopSignalOf(ctx: ContainerContext, requested?: number): number {
  return requested ?? configuredStopSignal(ctx) ?? SIGTERM;
}

/** `-t`, else `--stop-timeout`, else the daemon's 10 s; negative means wait forever. */
export function stopTimeoutOf(ctx: ContainerContext, requested?: number): number {
  return requested ?? ctx.config.stopTimeout ?? DEFAULT_STOP_TIMEOUT_S;
}

/**
 * daemon/kill.go killWithSignal: a signal counts as a stop when the container has no configured
 * StopSignal, or it is that signal, or it is SIGKILL. Only then is the restart policy cancelled
 * (ExitOnNext) and a paused container thawed.
 */
export function isStopTypeSignal(ctx: ContainerContext, signal: number): boolean {
  const configured = ctx.config.stopSignal ? configuredStopSignal(ctx) : undefined;
  return configured === undefined || signal === SIGKILL || signal === configured;
}

/** How the process answers a signal; at a given moment, a shell's trap may exit now or later. */
export function outcomeOf(ctx: ContainerContext, signal: number, now?: number): SignalOutcome {
  if (now === undefined) return signalOutcome(ctx.process, signal);
  return signalOutcomeAt(ctx.process, currentRun(ctx), signal, now);
}

/** The run of the process that is running now (or ran last). */
export function currentRun(ctx: ContainerContext): RunRecord | undefined {
  return ctx.runs[ctx.runs.length - 1];
}

/** The runs with the current one changed by `f` (runs are replaced, never mutated). */
export function withCurrentRun(ctx: ContainerContext, f: (run: RunRecord) => RunRecord): RunRecord[] {
  const run = currentRun(ctx);
  return run ? [...ctx.runs.slice(0, -1), f(run)] : ctx.runs;
}

/** When the running process will end by itself, given the stretches it was frozen (timeline.ts). */
export function exitTimeOf(ctx: ContainerContext, runs: readonly RunRecord[] = ctx.runs): number | null {
  const run = runs[runs.length - 1];
  if (!run || ctx.process.lifetimeMs === null) return null;
  return naturalEnd(ctx.process, run);
}

export interface RestartDecision {
  restart: boolean;
  backoffMs: number;
}

/**
 * daemon/internal/restartmanager ShouldRestart. The back-off grows even when the policy then
 * says no, and a cancelled manager decides nothing at all.
 */
export function decideRestart(ctx: ContainerContext, code: number, now: number): RestartDecision {
  const policy = ctx.config.restartPolicy;
  if (policy.Name === 'no' || policy.Name === '' || ctx.restartCancelled) {
    return { restart: false, backoffMs: ctx.backoffMs };
  }
  let backoff = ctx.backoffMs;
  const ran = ctx.startedAt === null ? 0 : now - ctx.startedAt;
  if (ran >= BACKOFF_RESET_RUN_MS) backoff = 0;
  if (backoff === 0) backoff = BACKOFF_START_MS;
  else if (backoff < BACKOFF_MAX_MS) backoff *= 2;
  if (backoff > BACKOFF_MAX_MS) backoff = BACKOFF_MAX_MS;

  let restart = false;
  switch (policy.Name) {
    case 'always':
      restart = true;
      break;
    case 'unless-stopped':
      restart = !ctx.manuallyStopped;
      break;
    case 'on-failure': {
      const max = policy.MaximumRetryCount;
      if (max === 0 || ctx.restartCount < max) restart = code !== 0;
      break;
    }
  }
  return { restart, backoffMs: backoff };
}

/** Whole seconds the process ran, as the `die` event's execDuration. */
export function execDurationSeconds(ctx: ContainerContext, now: number): number {
  return ctx.startedAt === null ? 0 : Math.floor((now - ctx.startedAt) / 1000);
}

/** When the stop's SIGKILL fallback fires. */
export function graceDeadline(now: number, timeoutS: number): number | null {
  return timeoutS < 0 ? null : now + timeoutS * 1000;
}

/** A container machine's resting state, in Docker's words (the transient ones never rest). */
export type StatusName = LifecycleState;

/** The next moment the clock must wake this container, and what happens then. */
export function nextTimer(status: StatusName, ctx: ContainerContext): ContainerEvent | null {
  switch (status) {
    case 'running': {
      const exitAt = ctx.exitAt;
      const grace = ctx.stop?.deadline ?? null;
      const main = (() => {
        if (exitAt !== null && (grace === null || exitAt <= grace)) {
          // A trap's exit belongs to the command whose signal ran it.
          const t = ctx.trapped;
          return t && t.at === exitAt
            ? ({ type: 'process.exit', now: exitAt, cause: t.cause, step: t.step } as const)
            : ({ type: 'process.exit', now: exitAt } as const);
        }
        return grace !== null ? ({ type: 'timer.grace', now: grace } as const) : null;
      })();
      // Execs that end by themselves, and the health monitor's next probe or the end of its probe.
      const execEnd = Math.min(...ctx.execs.map((x) => x.end ?? Infinity));
      const probe = ctx.health?.probe ?? null;
      const health = probe?.end ?? ctx.health?.nextAt ?? Infinity;
      const candidates: ContainerEvent[] = [];
      if (main) candidates.push(main);
      if (execEnd !== Infinity) candidates.push({ type: 'timer.exec', now: execEnd });
      if (health !== Infinity) {
        // A probe's end belongs to the step its start opened.
        candidates.push(
          probe
            ? { type: 'timer.health', now: health, cause: 'healthcheck', step: probe.step }
            : { type: 'timer.health', now: health },
        );
      }
      // The earliest wins; at the same moment the main process goes first.
      return candidates.reduce<ContainerEvent | null>(
        (best, c) => (best === null || c.now < best.now ? c : best),
        null,
      );
    }
    case 'paused':
      // A frozen process cannot exit by itself; only the stop's SIGKILL fallback wakes it.
      return ctx.stop?.deadline != null ? { type: 'timer.grace', now: ctx.stop.deadline } : null;
    case 'restarting':
      return ctx.backoffUntil === null ? null : { type: 'timer.backoff', now: ctx.backoffUntil, pid: 0 };
    case 'removing':
      return ctx.teardownUntil === null ? null : { type: 'timer.teardown', now: ctx.teardownUntil };
    default:
      return null;
  }
}
