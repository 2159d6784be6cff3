/**
 * Ctrl+C for an interactive caller: every press reaches the command that is waiting. What it does
 * is the docker CLI's business (docker/cli cmd/docker/docker.go, container/signals.go): a foreground
 * `run` or `start -a` forwards each one to the container as SIGINT, and the third makes the CLI
 * give up; `docker events` and any other waiting command end at the first.
 */

export interface InterruptSource {
  /** Calls `listener` on every Ctrl+C; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A source the terminal fires with `interrupt()`. */
export function createInterruptSource(): InterruptSource & { interrupt(): void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    interrupt() {
      for (const l of [...listeners]) l();
    },
  };
}

/** What an operation sees of the Ctrl+C presses made while it runs. */
export interface OpInterrupts {
  count(): number;
  /** Runs `listener` on each press while the operation is subscribed; returns the unsubscribe. */
  on(listener: () => void): () => void;
}

export const NO_INTERRUPTS: OpInterrupts = { count: () => 0, on: () => () => {} };

/** The exit code of a CLI ended by SIGINT (128 + 2). */
export const INTERRUPTED_EXIT = 130;
