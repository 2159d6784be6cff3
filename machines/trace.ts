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
