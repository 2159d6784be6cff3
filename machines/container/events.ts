import type { TraceDetail } from '../trace';
import type { RestartPolicy } from '../types';
import type { Cause, LifecycleState } from '../vocabulary';

/**
 * Everything that can happen to a container, as a typed union with dotted names:
 * `cli.*` are the daemon's API calls, `process.*` what the main process does by itself,
 * `timer.*` the virtual clock reaching one of the container's deadlines, `fault.*` injections.
 * Every event carries the virtual time at which it happens.
 */

export interface At {
  now: number;
  /** A fresh PID from the engine, for whatever process this event may start. */
  pid?: number;
  /**
   * Why it happens, when the sender knows better than the event's type: the verb of the command
   * invocation that sent it (`run` for the start of a `docker run`, or for the SIGINT its signal
   * proxy forwards). Timers and faults leave it out; the container knows their causes.
   */
  cause?: Cause;
  /** The step (a command, a fault, something that happened by itself) this event belongs to. */
  step?: number;
}

/** Options of `docker stop` / `docker restart` (daemon/stop.go). */
export interface StopOptions {
  /** `-s`: the parsed signal number. */
  signal?: number;
  /** `-s` that did not parse: the daemon's message, e.g. `invalid signal: FOO`. */
  signalError?: string;
  /** `-t` in seconds; negative waits forever. */
  timeout?: number;
}

export type ContainerEvent =
  | ({ type: 'cli.start'; pid: number } & At)
  | ({ type: 'cli.restart'; pid: number } & StopOptions & At)
  | ({ type: 'cli.stop' } & StopOptions & At)
  | ({ type: 'cli.kill'; signal: number } & At)
  | ({ type: 'cli.pause' } & At)
  | ({ type: 'cli.unpause' } & At)
  | ({ type: 'cli.rm'; force: boolean } & At)
  /** The engine gave the container a new name (daemon/rename.go): it logs `rename`. */
  | ({ type: 'cli.rename'; name: string } & At)
  /**
   * `docker exec` (daemon/exec.go ContainerExecCreate + ContainerExecStart): run `argv` in the
   * container, as `user` in `workdir` with `env`, with a TTY and/or open stdin.
   */
  | ({
      type: 'cli.exec';
      argv: string[];
      env: Record<string, string>;
      user?: string;
      workdir?: string;
      tty: boolean;
      stdin: boolean;
    } & At)
  /** The end of input (Ctrl+D) for an exec that reads it. */
  | ({ type: 'exec.eof'; execId: string } & At)
  /** An exec instance reaches its end. */
  | ({ type: 'timer.exec' } & At)
  /** The health monitor's next probe starts, or the running one ends. */
  | ({ type: 'timer.health' } & At)
  /** Injected: the healthcheck starts failing (or works again). */
  | ({ type: 'fault.health'; failing: boolean } & At)
  /** `docker update` (daemon/update.go): a new restart policy when one is given. */
  | ({ type: 'cli.update'; restartPolicy?: RestartPolicy } & At)
  /**
   * The process ends by itself: its own exit code, or the one a fault gives it; `signal` when a
   * signal that reached it without the daemon ended it (Ctrl+C through an `-it` terminal); `eof`
   * when it read the end of its input (Ctrl+D).
   */
  | ({ type: 'process.exit'; code?: number; signal?: number; eof?: boolean } & At)
  /** The kernel's OOM killer ends it. */
  | ({ type: 'process.oom' } & At)
  | ({ type: 'timer.grace' } & At)
  | ({ type: 'timer.backoff'; pid: number } & At)
  | ({ type: 'timer.teardown' } & At)
  | ({ type: 'fault.teardown'; mode: 'fails' } & At)
  | ({ type: 'fault.teardown'; mode: 'slow'; ms: number } & At);

export type CommandEvent = Extract<ContainerEvent, { type: `cli.${string}` }>;

/** A Docker event the container reports to its engine (docker-lifecycle.md §2). */
export interface ContainerEmitted {
  type: 'container.event';
  id: string;
  now: number;
  action: string;
  attributes: Readonly<Record<string, string>>;
  /** Why the daemon did it, the step it belongs to, and what more its trace says (never part of Docker's JSON). */
  cause: Cause;
  step: number;
  detail: TraceDetail | undefined;
}

/** The attributes of an event that has none beyond image, name and labels (shared, frozen). */
export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

const killAttributes = new Map<number, Readonly<Record<string, string>>>();
const dieAttributes = new Map<number, Readonly<Record<string, string>>>();

/**
 * A `kill` event's attributes: one frozen object per signal, shared by every event that sends it
 * (as {@link NO_ATTRIBUTES}, readers copy attributes before they show them).
 */
export function killAttributesOf(signal: number): Readonly<Record<string, string>> {
  let attributes = killAttributes.get(signal);
  if (attributes === undefined) {
    attributes = Object.freeze({ signal: String(signal) });
    if (Number.isInteger(signal) && signal >= 0 && signal < 256) killAttributes.set(signal, attributes);
  }
  return attributes;
}

/**
 * A `die` event's attributes, shared like {@link killAttributesOf} for the usual exit codes and
 * runs shorter than an hour (other values get an object of their own, so the table stays small).
 */
export function dieAttributesOf(exitCode: number, execDuration: number): Readonly<Record<string, string>> {
  const shared =
    Number.isInteger(exitCode) &&
    exitCode >= 0 &&
    exitCode < 256 &&
    Number.isInteger(execDuration) &&
    execDuration >= 0;
  const key = exitCode + 256 * execDuration;
  let attributes = shared && execDuration < 3600 ? dieAttributes.get(key) : undefined;
  if (attributes === undefined) {
    attributes = Object.freeze({ exitCode: String(exitCode), execDuration: String(execDuration) });
    if (shared && execDuration < 3600) dieAttributes.set(key, attributes);
  }
  return attributes;
}

/** A change of the container's state, as the model made it (simulator-contract.md §1.1). */
export interface ContainerMoved {
  type: 'container.move';
  id: string;
  now: number;
  from: LifecycleState | 'none';
  to: LifecycleState;
  cause: Cause;
  step: number;
  /** For a move that ended the process: its exit code, and the signal that ended it if one did. */
  exitCode: number | undefined;
  signal: number | undefined;
}

/** The container is gone: its name and ID are free again. */
export interface ContainerGone {
  type: 'container.gone';
  id: string;
}
