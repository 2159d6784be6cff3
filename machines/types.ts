/**
 * The public shapes of the headless simulator (simulator-contract.md §1).
 * Everything here is plain data: it serialises to JSON exactly as Docker prints it.
 */
import type { Attachment, TerminalKey } from './interrupts';
import type { Cause, ContainerStatus, LifecycleState } from './vocabulary';

export type { Cause, ContainerStatus, LifecycleState };

/** Options for {@link createSimulator}. */
export interface SimulatorOptions {
  /** Start of the virtual clock. Default: 2026-01-01T00:00:00Z. */
  startTime?: Date | number;
  /** Seed for container IDs and generated names, so a replay is byte-identical. */
  seed?: number;
  /**
   * When true (the default, for headless use), a command that takes time advances the virtual
   * clock itself. The page sets it to false and drives the clock from real time instead, so
   * `exec` resolves only when enough virtual time has passed.
   */
  autoAdvance?: boolean;
}

/** What the docker CLI wrote and how it exited. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Optional hooks for an interactive caller (the page's terminal). */
export interface ExecOptions {
  /** Called with each piece of output as the CLI would write it (streaming commands). */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Ctrl+C presses (see `createInterruptSource`): a foreground `run`/`start -a` forwards each as
   * SIGINT to the container and gives up at the third; other waiting commands end at the first.
   */
  interrupts?: { subscribe(listener: (key: TerminalKey) => void): () => void };
  /** Called when a foreground `run` / `start -a` attaches: which keys do what (see `Attachment`). */
  onAttach?: (attachment: Attachment) => void;
  /** Called at once with the step the command opens (before anything runs). */
  onStep?: (step: number) => void;
  /**
   * The CLI's standard input, for a command that asks (`docker container prune` without `-f`):
   * the text it reads (`'y\n'`), or a function that gives the next line when the command asks for
   * it (a terminal; null is the end of input). Without it, stdin is at its end, as `</dev/null`.
   */
  stdin?: string | (() => Promise<string | null>);
}

/** One `docker events --format '{{json .}}'` line. */
export interface DockerEvent {
  Type: 'container';
  /** create, start, kill, die, stop, pause, unpause, restart, destroy, attach, oom … */
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  scope: 'local';
  /** Seconds since the epoch (virtual clock). */
  time: number;
  timeNano: number;
}

export interface RestartPolicy {
  /** `no`, `always`, `unless-stopped` or `on-failure`. */
  Name: string;
  MaximumRetryCount: number;
}

/** The container as `docker inspect` shows it (the fields the simulator models). */
export interface ContainerInspect {
  /** 64 lowercase hex digits. */
  Id: string;
  /** RFC 3339 with nanoseconds. */
  Created: string;
  /** The executable of the main process (entrypoint or first word of the command). */
  Path: string;
  Args: string[];
  State: ContainerState;
  /** Image reference as typed, e.g. `nginx:1.27`. */
  Image: string;
  /** With the leading slash, as Docker shows it: "/web". */
  Name: string;
  RestartCount: number;
  HostConfig: {
    AutoRemove: boolean;
    RestartPolicy: RestartPolicy;
    Init: boolean | null;
  };
  Config: {
    Image: string;
    Cmd: string[] | null;
    Entrypoint: string[] | null;
    /** `--label`s; copied into every event's attributes. */
    Labels: Record<string, string>;
    Tty: boolean;
    OpenStdin: boolean;
    /** The healthcheck (HEALTHCHECK or `--health-*`); durations in nanoseconds, zero ones left out. */
    Healthcheck?: {
      Test: string[];
      Interval?: number;
      Timeout?: number;
      StartPeriod?: number;
      StartInterval?: number;
      Retries?: number;
    };
    StopSignal?: string;
    StopTimeout?: number;
  };
}

export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  /** RFC 3339; `0001-01-01T00:00:00Z` when the container never started. */
  StartedAt: string;
  FinishedAt: string;
  /** Present once a container with a healthcheck has started (moby State.Health, omitempty). */
  Health?: ContainerHealth;
}

/** api/types/container Health: the healthcheck's status, its failing streak and its last results. */
export interface ContainerHealth {
  Status: 'starting' | 'healthy' | 'unhealthy';
  FailingStreak: number;
  /** The last five probes, oldest first. */
  Log: HealthcheckResult[];
}

export interface HealthcheckResult {
  /** RFC 3339 with nanoseconds. */
  Start: string;
  End: string;
  /** 0 healthy, 1 unhealthy, -1 the probe could not run or timed out. */
  ExitCode: number;
  Output: string;
}

/** A fault that no command caused (contract §2), plus the removal faults that reach `dead`/`removing`. */
export type Fault =
  | { type: 'exit'; code: number }
  | { type: 'oom' }
  /** The next removal's teardown fails (a busy mount): the container is left `dead`. */
  | { type: 'rm-fails' }
  /** The next removal's teardown takes `ms` of virtual time: the container shows `removing`. */
  | { type: 'rm-slow'; ms: number }
  /**
   * The health check starts failing: from the next probe on, the check exits non-zero (and the
   * service stops answering curl, redis-cli, pg_isready in the container) until `health-recovers`.
   */
  | { type: 'health-fails' }
  | { type: 'health-recovers' };

/** The headless simulator (contract §1). */
export interface Simulator {
  /**
   * Runs one docker command line exactly as the docker CLI would and resolves when the CLI would
   * return. Commands that take time (stop's grace period, restart, foreground run) advance the
   * virtual clock as far as they need; no real time passes in a headless simulator.
   */
  exec(commandLine: string, options?: ExecOptions): Promise<ExecResult>;
  /** Lets simulated time pass: processes exit, restart back-offs elapse, --rm removals happen. */
  advance(ms: number): Promise<void>;
  /** Something happens to a container's main process that no command caused. */
  inject(container: string, fault: Fault): Promise<void>;
  /** Every event so far, oldest first, in the shape of `docker events --format '{{json .}}'`. */
  events(): DockerEvent[];
  /** The container as `docker inspect` shows it, or undefined once it is removed or never existed. */
  inspect(container: string): ContainerInspect | undefined;
  /** Every change of a container's state so far, oldest first, as the model made it (contract §1.1). */
  moves(): Move[];
}

/**
 * One change of a container's state (simulator-contract.md §1.1). Invariants: one container's
 * moves chain (`to` of one is `from` of the next); the last `to` is what `inspect` says now (or
 * `removed`); every `die` event has a move out of `running` or `paused` at the same time.
 */
export interface Move {
  /** The full 64-hex ID. */
  container: string;
  /** Without the leading slash. */
  name: string;
  /** `none` for the create that brings it into being. */
  from: LifecycleState | 'none';
  to: LifecycleState;
  /**
   * The docker verb whose command did it (`run` for both moves of a `docker run`), or `exit`,
   * `oom`, `restart-policy`, `auto-remove`, `fault` (vocabulary.ts).
   */
  cause: Cause;
  /** Virtual clock, as in DockerEvent. */
  timeNano: number;
  /** The step it belongs to (a command line, a fault, something that happened by itself). */
  step: number;
  /** For a move that ended the process: its exit code, and the signal that ended it if one did. */
  exitCode?: number;
  signal?: number;
  /** Indexes into `events()` of the container's Docker events since its previous move. */
  events: number[];
}
