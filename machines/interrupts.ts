/**
 * Ctrl+C for an interactive caller: every press reaches the command that is waiting. What it does
 * is the docker CLI's business (docker/cli cmd/docker/docker.go, container/signals.go): a foreground
 * `run` or `start -a` forwards each one to the container as SIGINT, and the third makes the CLI
 * give up; `docker events` and any other waiting command end at the first.
 */

/**
 * The keys a terminal sends to the command in the foreground: Ctrl+C (`ctrl-c`), Ctrl+D, the end
 * of input (`ctrl-d`), and docker's detach sequence Ctrl+P Ctrl+Q (`detach`).
 */
export type TerminalKey = 'ctrl-c' | 'ctrl-d' | 'detach';

export interface InterruptSource {
  /** Calls `listener` on every key; returns the unsubscribe. */
  subscribe(listener: (key: TerminalKey) => void): () => void;
}

/** A source the terminal fires: `interrupt()` is Ctrl+C, `endOfInput()` Ctrl+D, `detach()` Ctrl+P Ctrl+Q. */
export function createInterruptSource(): InterruptSource & {
  interrupt(): void;
  endOfInput(): void;
  detach(): void;
} {
  const listeners = new Set<(key: TerminalKey) => void>();
  const send = (key: TerminalKey) => {
    for (const l of [...listeners]) l(key);
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    interrupt: () => send('ctrl-c'),
    endOfInput: () => send('ctrl-d'),
    detach: () => send('detach'),
  };
}

/**
 * How a foreground `run` / `start -a` is attached, which decides what the keys do (docker/cli
 * run.go, start.go, hijack.go; cmd/docker/docker.go):
 * - `proxy`: each Ctrl+C reaches the CLI as SIGINT and is forwarded to the container;
 * - `no-proxy` (`--sig-proxy=false`, or `start -a` with a TTY): nothing is forwarded;
 * - `raw` (a TTY with stdin attached, `-it`): the local terminal is in raw mode, so Ctrl+C is a
 *   byte for the container's TTY, which signals its process; the CLI never sees a SIGINT.
 * In the first two, the CLI gives up at the third Ctrl+C. With stdin attached (`-i`), Ctrl+D ends
 * the container's input; with a TTY as well, Ctrl+P Ctrl+Q detaches.
 */
export interface Attachment {
  mode: 'proxy' | 'no-proxy' | 'raw';
  stdin: boolean;
  /** `--detach-keys` when given (moby/term names, e.g. `ctrl-x,y`); Ctrl+P Ctrl+Q otherwise. */
  detachKeys?: string;
}

/** What an operation sees of the keys pressed while it runs. */
export interface OpInterrupts {
  /** Ctrl+C presses so far. */
  count(): number;
  /** Runs `listener` on each key while the operation is subscribed; returns the unsubscribe. */
  on(listener: (key: TerminalKey) => void): () => void;
  /** Tells the caller how the command is attached (so a terminal can say which keys do what). */
  attached(attachment: Attachment): void;
}

export const NO_INTERRUPTS: OpInterrupts = { count: () => 0, on: () => () => {}, attached: () => {} };

/** The exit code of a CLI ended by SIGINT (128 + 2). */
export const INTERRUPTED_EXIT = 130;

/** What a command reads from its standard input: one line at a time (null at its end). */
export interface OpStdin {
  request(): { ready(): boolean; line(): string | null };
}

/** No input at all: every read is the end of input at once (stdin is /dev/null). */
export const NO_STDIN: OpStdin = { request: () => ({ ready: () => true, line: () => null }) };
