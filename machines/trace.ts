/**
 * What the model knows about each Docker event beyond Docker's own JSON: why it happened and
 * which step it belongs to. The page explains events from this, never by guessing from the log.
 */
import type { Cause } from './vocabulary';

/** Where a stop's signal came from (daemon/stop.go containerStop). */
export type SignalSource =
  /** No STOPSIGNAL and no `-s`: SIGTERM. */
  | 'default'
  /** The image's STOPSIGNAL. */
  | 'image'
  /** `docker create/run --stop-signal`. */
  | 'create-flag'
  /** `docker stop/restart -s`. */
  | 'option';

export interface EventTrace {
  /** The verb of the command that did it, or an automatic cause (vocabulary.ts). */
  cause: Cause;
  /** The step it belongs to: a command, a fault, or something that happened by itself. */
  step: number;
  /** For `kill`: which signal of which operation it is. */
  kill?:
    | { role: 'stop-signal'; source: SignalSource }
    /** The stop's grace period ran out (`graceMs` after the stop signal `after`): SIGKILL. */
    | { role: 'fallback'; graceMs: number; after: number }
    /** docker kill, rm -f, or the CLI's signal proxy (the cause tells which). */
    | { role: 'signal' };
  /** For `die`: how the process ended. */
  exit?: {
    how:
      | 'natural' // it ran to its end (or an injected exit)
      | 'eof' // a shell read end-of-file on its stdin and exited 0
      | 'signal' // it died of a signal (exit 128+n)
      | 'handled' // it handled the signal and exited by itself
      | 'fallback' // it ignored the stop signal and was killed after the grace period
      | 'oom'; // the kernel's OOM killer
    /** The signal that ended it, when one did. */
    signal?: number;
    /** For `fallback`: the stop signal it ignored. */
    ignored?: number;
  };
  /** For `unpause`: the daemon thawed it to deliver a signal, not `docker unpause`. */
  thaw?: boolean;
}

/**
 * What a trace says beyond its cause and step (at most one of `kill`, `exit`, `thaw`). The log
 * keeps cause and step in each entry and points at one of these, shared by every event that says
 * the same thing and frozen so that none can change it for the others; the trace is put together
 * when it is read ({@link traceOf}).
 */
export type TraceDetail = Readonly<Pick<EventTrace, 'kill' | 'exit' | 'thaw'>>;

/** A thaw the daemon made to deliver a signal. */
export const THAW: TraceDetail = Object.freeze({ thaw: true });

/** A signal of `docker kill`, `rm -f` or the CLI's signal proxy. */
export const SIGNAL_KILL: TraceDetail = Object.freeze({ kill: Object.freeze({ role: 'signal' as const }) });

const STOP_SIGNALS: Readonly<Record<SignalSource, TraceDetail>> = {
  default: Object.freeze({ kill: Object.freeze({ role: 'stop-signal' as const, source: 'default' as const }) }),
  image: Object.freeze({ kill: Object.freeze({ role: 'stop-signal' as const, source: 'image' as const }) }),
  'create-flag': Object.freeze({
    kill: Object.freeze({ role: 'stop-signal' as const, source: 'create-flag' as const }),
  }),
  option: Object.freeze({ kill: Object.freeze({ role: 'stop-signal' as const, source: 'option' as const }) }),
};

/** The first signal of a stop, from `source`. */
export function stopSignalDetail(source: SignalSource): TraceDetail {
  return STOP_SIGNALS[source];
}

/** The SIGKILL after a stop's grace period of `graceMs` ran out (stop signal `after`). */
export function fallbackDetail(graceMs: number, after: number): TraceDetail {
  return Object.freeze({ kill: Object.freeze({ role: 'fallback' as const, graceMs, after }) });
}

type ExitHow = NonNullable<EventTrace['exit']>['how'];
const HOWS: readonly ExitHow[] = ['natural', 'eof', 'signal', 'handled', 'fallback', 'oom'];
const exits = new Map<number, TraceDetail>();

/** How a `die` ended the process; the same ending is one shared object. */
export function exitDetail(how: ExitHow, signal?: number, ignored?: number): TraceDetail {
  const small = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n < 255);
  const make = () =>
    Object.freeze({
      exit: Object.freeze({
        how,
        ...(signal !== undefined ? { signal } : {}),
        ...(ignored !== undefined ? { ignored } : {}),
      }),
    });
  if (!small(signal) || !small(ignored)) return make();
  const key = HOWS.indexOf(how) + 8 * ((signal ?? -1) + 1) + 8 * 256 * ((ignored ?? -1) + 1);
  let detail = exits.get(key);
  if (detail === undefined) {
    detail = make();
    exits.set(key, detail);
  }
  return detail;
}

/** A trace as the simulator shows it: cause and step, then what `detail` adds. */
export function traceOf(cause: Cause, step: number, detail: TraceDetail | undefined): EventTrace {
  return detail === undefined ? { cause, step } : { cause, step, ...detail };
}
