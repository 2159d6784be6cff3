/**
 * The words everything else is built from, each defined once: Docker's container states, the
 * docker verbs the simulator knows, and the causes of a move (simulator-contract.md §1.1).
 * No imports, so the page can name states and verbs before the engine has loaded.
 */

/** Docker's container states, the values of `State.Status`, in the order Docker's docs list them. */
export const CONTAINER_STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;
export type ContainerStatus = (typeof CONTAINER_STATES)[number];

/** A state of the lifecycle: Docker's states plus `removed` (gone). */
export type LifecycleState = ContainerStatus | 'removed';
export const LIFECYCLE_STATES: readonly LifecycleState[] = [...CONTAINER_STATES, 'removed'];

/** The simulated docker verbs, by their canonical names (`docker container ls` is `ps`). */
export const VERBS = [
  'create',
  'run',
  'start',
  'stop',
  'kill',
  'restart',
  'pause',
  'unpause',
  'rm',
  'ps',
  'inspect',
  'events',
  'images',
  'pull',
  'logs',
  'wait',
  'rename',
  'update',
  'prune',
  'exec',
  'attach',
  'top',
] as const;
export type Verb = (typeof VERBS)[number];

/** The eight lifecycle commands a learner clicks, in the order a lesson meets them. */
export const LIFECYCLE_VERBS = ['create', 'start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm'] as const;
export type LifecycleVerb = (typeof LIFECYCLE_VERBS)[number];

/** The lifecycle commands that act on a container that exists (every one but `create`). */
export const CONTAINER_VERBS = ['start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm'] as const;
export type ContainerVerb = (typeof CONTAINER_VERBS)[number];

/**
 * Why a container moved (or an event happened) when no command did it: the process ended by itself
 * (`exit`, an injected exit included), the kernel's OOM killer (`oom`), the restart policy's own
 * restart, the removal that `--rm` asks for, the other injected faults (a removal that fails), and
 * the health monitor's probes (`healthcheck`, which never move a container).
 */
export const AUTOMATIC_CAUSES = ['exit', 'oom', 'restart-policy', 'auto-remove', 'fault', 'healthcheck'] as const;
export type AutomaticCause = (typeof AUTOMATIC_CAUSES)[number];

/**
 * Why a container moved: the docker verb whose command did it (a signal a command sent counts as
 * that command's), or an automatic cause.
 */
export type Cause = Verb | AutomaticCause;

export function isAutomaticCause(cause: string): cause is AutomaticCause {
  return (AUTOMATIC_CAUSES as readonly string[]).includes(cause);
}

/**
 * The two levels of detail the lifecycle is drawn at: `lifecycle`, the six states a lesson needs
 * and the moves a learner meets; `all`, the teardown states (`removing`, `dead`) and the faults too.
 */
export const LEVELS = ['lifecycle', 'all'] as const;
export type Level = (typeof LEVELS)[number];

/** The states each level shows, in the order a lesson meets them. */
export const LEVEL_STATES: Record<Level, readonly LifecycleState[]> = {
  lifecycle: ['created', 'running', 'paused', 'restarting', 'exited', 'removed'],
  all: ['created', 'running', 'paused', 'restarting', 'exited', 'removed', 'removing', 'dead'],
};

/** Causes the lifecycle level leaves to the `all` level: the kernel's OOM kill and injected faults. */
export const FAULT_CAUSES: ReadonlySet<Cause> = new Set<Cause>(['oom', 'fault']);
