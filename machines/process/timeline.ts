/**
 * A process's life on the clock: from its steps (compile.ts, processes.ts) and one run of it —
 * when it started, when it ended, when it was frozen and which signals reached it — what it wrote
 * and when, and where it is at a given moment.
 *
 * Time while frozen (`docker pause`): a sleep whose end falls in a frozen stretch ends at the thaw,
 * and a write that falls in one happens at the thaw; a sleep that ends after the thaw is not
 * delayed (the kernel's timers run on while the cgroup is frozen). A trap set for a signal runs
 * when the foreground command ends: at once in `wait` or between commands, at the end of a `sleep`.
 */
import type { Line, Step, TrapAction } from './types';
import { renderText } from './types';

/** One run of a container's main process (from a start to its exit). */
export interface RunRecord {
  /** Epoch ms. */
  start: number;
  /** When it ended; null while it runs. */
  end: number | null;
  /** Frozen stretches; `to` is null while it is frozen. */
  pauses: { from: number; to: number | null }[];
  /** Signals that reached it (docker kill, stop, the CLI's proxy). */
  signals: { signal: number; at: number }[];
}

/** The parts of a process the timeline needs. */
export interface Timed {
  steps: readonly Step[];
  loop: readonly Step[] | null;
  traps?: Readonly<Record<number, TrapAction>>;
  /** Lines a server writes when a signal it handles reaches it. */
  farewell?: Readonly<Record<number, readonly Line[]>>;
}

/** One line of a container's output, as `docker logs` keeps it. */
export interface LogLine {
  /** Epoch ms. */
  at: number;
  stream: Line['stream'];
  text: string;
}

/** Where a frozen stretch moves a moment that falls inside it. */
function thawed(run: RunRecord, t: number): number {
  for (const p of run.pauses) if (t >= p.from && (p.to === null || t < p.to)) return p.to ?? Infinity;
  return t;
}

/** The most lines one run keeps (the last ones), and the most steps a walk takes. */
const MAX_LINES = 5000;
const MAX_STEPS = MAX_LINES * 8;

interface Walk {
  /** Each step with the moment it starts and, for a sleep, ends. */
  visit(step: Step, at: number, until: number): boolean;
}

/**
 * Walks the steps (then the loop, again and again) until `visit` says stop or time runs out.
 * With `keepLast`, whole rounds of a loop that lie before the last `keepLast` lines (and before any
 * pause or signal) are skipped, so that a loop that has run for hours costs no more than a fresh one.
 */
function walk(p: Timed, run: RunRecord, horizon: number, w: Walk, keepLast?: number): void {
  let t = run.start;
  let count = 0;
  const go = (steps: readonly Step[]): boolean => {
    for (const step of steps) {
      if (count++ > MAX_STEPS || t > horizon) return false;
      if (step.kind === 'print') {
        const at = thawed(run, t);
        if (!w.visit(step, at, at)) return false;
        continue;
      }
      const until = step.kind === 'stdin' || step.ms === null ? Infinity : thawed(run, t + step.ms);
      if (!w.visit(step, t, until)) return false;
      t = until;
    }
    return true;
  };
  if (!go(p.steps)) return;
  const loop = p.loop;
  if (loop === null || loop.length === 0) return;
  const period = loop.reduce(
    (ms, s) => (s.kind === 'sleep' ? ms + (s.ms ?? Infinity) : s.kind === 'stdin' ? Infinity : ms),
    0,
  );
  const perRound = loop.filter((s) => s.kind === 'print').length;
  while (t <= horizon) {
    if (keepLast !== undefined && period > 0 && period !== Infinity) {
      const rounds = Math.floor((horizon - t) / period) - Math.ceil(keepLast / Math.max(1, perRound)) - 1;
      const to = t + rounds * period;
      const quiet =
        run.pauses.every((q) => q.from >= to || (q.to !== null && q.to <= t)) &&
        run.signals.every((s) => s.at < t || s.at >= to);
      if (rounds > 0 && quiet) t = to;
    }
    if (!go(loop)) return;
  }
}

/**
 * When a trap for a signal that arrives at `at` runs: at once in an interruptible wait or between
 * commands, at the end of a foreground `sleep`; null when that never comes (`sleep infinity`).
 */
export function trapMoment(p: Timed, run: RunRecord, at: number): number | null {
  let moment: number | null = at;
  walk(p, run, at, {
    visit(step, from, until) {
      if (step.kind === 'sleep' && !step.interruptible && from <= at && at < until) {
        moment = until === Infinity ? null : until;
        return false;
      }
      if (step.kind === 'stdin' && from <= at) {
        moment = null;
        return false;
      }
      return from <= at;
    },
  });
  return moment;
}

/** The time steps take from the start, when they end by themselves (no loop, no endless wait). */
export function lifetimeOf(steps: readonly Step[], loop: readonly Step[] | null): number | null {
  if (loop !== null && loop.length > 0) return null;
  let total = 0;
  for (const s of steps) {
    if (s.kind === 'stdin') return null;
    if (s.kind === 'sleep') {
      if (s.ms === null) return null;
      total += s.ms;
    }
  }
  return total;
}

/** When the process ends by itself (its last step done), or null when it never does. */
export function naturalEnd(p: Timed, run: RunRecord): number | null {
  if (p.loop !== null && p.loop.length > 0) return null;
  let end: number | null = run.start;
  walk(p, run, Infinity, {
    visit(_step, from, until) {
      end = until === Infinity ? null : Math.max(from, until);
      return until !== Infinity;
    },
  });
  return end;
}

/**
 * Everything the run wrote up to `horizon` (and not after its end), in order: its own lines,
 * the lines of the traps its signals ran, and a server's farewell to the signal that stops it.
 */
export function runOutput(p: Timed, run: RunRecord, horizon: number, hostname: string): LogLine[] {
  const last = Math.min(horizon, run.end ?? horizon);
  // The traps' runs, in order of when they run.
  const traps: { at: number; action: Extract<TrapAction, { kind: 'run' }> }[] = [];
  const extra: LogLine[] = [];
  for (const s of run.signals) {
    const action = p.traps?.[s.signal];
    if (action?.kind === 'run') {
      const moment = trapMoment(p, run, s.at);
      if (moment !== null && moment <= last) traps.push({ at: moment, action });
    }
    for (const l of p.farewell?.[s.signal] ?? []) if (s.at <= last) extra.push({ at: s.at, ...l });
  }
  traps.sort((a, b) => a.at - b.at);
  const out: LogLine[] = [];
  let stopped = false;
  const runTraps = (upTo: number) => {
    while (traps.length > 0 && (traps[0]?.at ?? Infinity) <= upTo) {
      const trap = traps.shift();
      if (!trap) break;
      for (const l of trap.action.lines) out.push({ at: trap.at, ...l });
      if (trap.action.exit !== null) stopped = true;
    }
  };
  walk(
    p,
    run,
    last,
    {
      visit(step, at) {
        runTraps(at === Infinity ? last : at);
        if (stopped || at > last) return false;
        if (step.kind === 'print') out.push({ at, ...step.line });
        if (out.length > MAX_LINES) out.shift();
        return true;
      },
    },
    MAX_LINES,
  );
  if (!stopped) runTraps(last);
  const all = [...out, ...extra].sort((a, b) => a.at - b.at);
  return all.map((l) => ({ ...l, text: renderText(l.text, l.at, hostname) }));
}
