/**
 * What one container's machine remembers: its configuration (fixed at create) and the daemon's
 * bookkeeping for it (moby daemon/container State plus the restart manager). Plain data only.
 */
import type { DaemonErrorId } from '../errors';
import type { ProcessSpec } from '../processes';
import type { RunRecord } from '../process/timeline';
import type { HealthConfig } from '../images';
import type { ExecRecord } from './execs';
import type { EventTrace, SignalSource } from '../trace';
import type { RestartPolicy } from '../types';
import type { Cause, LifecycleState } from '../vocabulary';

export interface ContainerConfig {
  /** Image reference as typed. */
  image: string;
  /** The command as the user gave it, or the image's; what inspect shows as Config.Cmd. */
  cmd: string[] | null;
  entrypoint: string[] | null;
  /** `--label key=value`. */
  labels: Record<string, string>;
  tty: boolean;
  openStdin: boolean;
  /** `--stop-signal` or the image's STOPSIGNAL, as written (e.g. `SIGQUIT`). */
  stopSignal?: string;
  /** Which of the two set `stopSignal`. */
  stopSignalSource?: Extract<SignalSource, 'image' | 'create-flag'>;
  /** `--stop-timeout` in seconds. */
  stopTimeout?: number;
  autoRemove: boolean;
  restartPolicy: RestartPolicy;
  init: boolean;
  /** The healthcheck: `--health-*` merged over the image's HEALTHCHECK; `["NONE"]` with `--no-healthcheck`. */
  healthcheck?: HealthConfig;
}

/** One probe's result (api/types/container HealthcheckResult), times in epoch ms. */
export interface HealthResult {
  start: number;
  end: number;
  exitCode: number;
  output: string;
}

/** The health monitor's state (daemon/health.go, container/health.go). */
export interface HealthState {
  status: 'starting' | 'healthy' | 'unhealthy';
  failingStreak: number;
  /** The last five results, oldest first. */
  log: HealthResult[];
  /** When the next probe starts; null while the monitor is stopped (paused, not running). */
  nextAt: number | null;
  /** The probe running now: its exec, and the result it will have at `end`. */
  probe: {
    execId: string;
    start: number;
    end: number;
    exitCode: number;
    output: string;
    timedOut: boolean;
    /** The step its start opened (its end belongs to it). */
    step: number;
  } | null;
}

/** A `docker stop` or `docker restart` the daemon is carrying out (daemon/stop.go containerStop). */
export interface StopOperation {
  mode: 'stop' | 'restart';
  /** The signal sent first. */
  signal: number;
  /** When the SIGKILL fallback fires; null waits forever (`-t -1`). */
  deadline: number | null;
  /** When the first signal went out. */
  since: number;
  /** The command that asked for it, and its step (the SIGKILL fallback belongs to them). */
  cause: Cause;
  step: number;
}

/** Why and in which step a container is on its way out (its slow teardown ends in that step). */
export interface Removal {
  cause: Cause;
  step: number;
}

/** The daemon's answer to the last command, read by the engine right after it sends one. */
export type Reply =
  | { kind: 'ok' }
  /** HTTP 304: a success that changed nothing (start on running, stop on stopped). */
  | { kind: 'not-modified' }
  /** Accepted; the command returns when the operation in `stop` or the removal finishes. */
  | { kind: 'pending' }
  | { kind: 'error'; error: DaemonErrorId; detail?: string };

export interface ContainerContext {
  id: string;
  name: string;
  /** Virtual ms. */
  created: number;
  config: ContainerConfig;
  process: ProcessSpec;

  pid: number;
  exitCode: number;
  error: string;
  /** Null until the first successful start ("zero time"): that is what keeps a container `created`. */
  startedAt: number | null;
  finishedAt: number | null;
  oomKilled: boolean;
  restartCount: number;

  /** Set by every kill and stop, cleared by a manual start (daemon/kill.go, daemon/start.go). */
  manuallyStopped: boolean;
  /** Set by `docker restart`: it stops `--rm` auto-removal (daemon/restart.go, monitor.go). */
  manuallyRestarted: boolean;
  /** The restart manager was cancelled (ExitOnNext): no policy restart until the next manual start. */
  restartCancelled: boolean;
  /** The restart manager's current back-off, ms; 0 before the first restart. */
  backoffMs: number;

  /** When the running process ends by itself; null while it runs until signalled. */
  exitAt: number | null;
  stop: StopOperation | null;
  /** End of the restart back-off while `restarting`. */
  backoffUntil: number | null;
  /** Signals sent to a frozen process that it will receive when thawed. */
  pendingSignals: number[];
  /** An exit the frozen process will make when thawed (a fault injected while paused). */
  pendingExit: number | null;
  /** Who sent the first of the pending signals (the cause of the exit they make on thaw). */
  pendingCause: Cause | null;
  /** Every run of the process so far, oldest first: what `docker logs` shows (timeline.ts). */
  runs: RunRecord[];
  /**
   * A shell's trap will end the process when its foreground command ends (`at`): with this code,
   * for the signal that the command `cause` (in `step`) sent.
   */
  trapped: { at: number; code: number; signal: number; cause: Cause; step: number } | null;
  /** Exec instances running in it (`docker exec`, healthcheck probes). */
  execs: ExecRecord[];
  /** How many exec instances it has had (the next one's ID comes from it). */
  execCount: number;
  /** The ID of the exec the last `cli.exec` started, for the CLI to follow. */
  lastExecId: string | null;
  /** That exec as it started (kept after it ends, for the CLI to print what it wrote). */
  lastExec: ExecRecord | null;
  /** The healthcheck's state once the container has started with one; null otherwise. */
  health: HealthState | null;
  /** The injected fault "the health check starts failing" holds. */
  healthFailing: boolean;
  /** `rm -f` killed it: remove it as soon as it has exited. */
  removeAfterExit: boolean;
  /** The exit being handled (between the process ending and the state it leads to). */
  exiting: Exiting | null;
  /** The step of the exit the restart policy is restarting from (its back-off ends in it). */
  policyStep: number;
  /**
   * The step that started the process running now. A restart loop of a process that exits at
   * once (`--restart always busybox false`) stays in the step of the exit it began with.
   */
  runStep: number;
  /** Set once the container heads for removal. */
  removal: Removal | null;
  /** The state its last move ended in (where the next move starts). */
  at: LifecycleState | 'none';
  /** The cause and step of its creation. */
  origin: { cause: Cause; step: number };
  /**
   * Set while the daemon finishes an operation for a command after something else ended the
   * process (a `docker restart` whose old process exited by itself): what follows is the
   * command's. Cleared by the next move.
   */
  acting: { cause: Cause; step: number } | null;

  /** A fault waiting for the next removal's teardown. */
  teardownFault: { mode: 'fails' } | { mode: 'slow'; ms: number } | null;
  teardownUntil: number | null;

  reply: Reply;
}

/** How the process ended (see EventTrace.exit). */
export interface Exiting {
  code: number;
  oom: boolean;
  restart: boolean;
  how: NonNullable<EventTrace['exit']>['how'];
  signal?: number;
  /** For a fallback SIGKILL: the stop signal the process ignored. */
  ignored?: number;
  /** Why it ended, when that is not the cause of the event that ends it (a thaw). */
  cause?: Cause;
}

export interface ContainerInput {
  id: string;
  name: string;
  created: number;
  config: ContainerConfig;
  process: ProcessSpec;
  /** Why it was created (`create` or `run`) and in which step. */
  origin: { cause: Cause; step: number };
}

export function initialContext(input: ContainerInput): ContainerContext {
  return {
    ...input,
    pid: 0,
    exitCode: 0,
    error: '',
    startedAt: null,
    finishedAt: null,
    oomKilled: false,
    restartCount: 0,
    manuallyStopped: false,
    manuallyRestarted: false,
    restartCancelled: false,
    backoffMs: 0,
    exitAt: null,
    stop: null,
    backoffUntil: null,
    pendingSignals: [],
    pendingExit: null,
    pendingCause: null,
    runs: [],
    trapped: null,
    execs: [],
    execCount: 0,
    lastExecId: null,
    lastExec: null,
    health: null,
    healthFailing: false,
    removeAfterExit: false,
    exiting: null,
    teardownFault: null,
    teardownUntil: null,
    acting: null,
    policyStep: input.origin.step,
    runStep: input.origin.step,
    removal: null,
    // The engine records the move into `created` as it creates the container.
    at: 'created',
    reply: { kind: 'ok' },
  };
}
