/**
 * The diagram's vocabulary: the lifecycle states in layout order and the causes that are docker
 * commands. No imports, so the page can draw its first frame before the engine has loaded.
 */
import type { LifecycleState } from '../types';

/** Why a container moves along an edge: a command, or something that happens by itself. */
export type EdgeCause =
  | 'create'
  | 'start'
  | 'restart'
  | 'stop'
  | 'kill'
  | 'pause'
  | 'unpause'
  | 'rm'
  | 'rm -f'
  | 'exit'
  | 'oom'
  | 'grace'
  | 'backoff'
  | 'policy'
  | 'autoremove'
  | 'teardown'
  | 'teardown-slow'
  | 'teardown-fails';

/** The states in the order the diagram lays them out. */
export const LIFECYCLE_STATES: readonly LifecycleState[] = [
  'created',
  'running',
  'paused',
  'restarting',
  'exited',
  'removing',
  'dead',
  'removed',
];

export const COMMAND_CAUSES: ReadonlySet<EdgeCause> = new Set<EdgeCause>([
  'create',
  'start',
  'restart',
  'stop',
  'kill',
  'pause',
  'unpause',
  'rm',
  'rm -f',
]);
