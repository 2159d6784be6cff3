/**
 * moby's State.String(), the STATUS column of `docker ps` (moby daemon/container/state.go).
 */
import type { ContainerState } from '../types';
import { isZeroTime, parseRfc3339 } from '../go/time';
import { humanDuration } from '../go/units';

function since(now: number, stamp: string): string {
  return humanDuration(now - (parseRfc3339(stamp) ?? now));
}

/**
 * The STATUS column, exactly State.String():
 * Running wins over everything (a paused or restarting container is also Running), then
 * RemovalInProgress, Dead, never-started ("Created"), and finally "Exited (code) … ago".
 * moby returns "" for a stopped container whose FinishedAt is zero (a corner case).
 */
export function statusText(state: ContainerState, now: number): string {
  if (state.Running) {
    const up = 'Up ' + since(now, state.StartedAt);
    if (state.Paused) return up + ' (Paused)';
    if (state.Restarting) return `Restarting (${state.ExitCode}) ${since(now, state.FinishedAt)} ago`;
    // container/health.go String: `health: starting`, or the status itself.
    if (state.Health) return `${up} (${state.Health.Status === 'starting' ? 'health: starting' : state.Health.Status})`;
    return up;
  }
  if (state.Status === 'removing') return 'Removal In Progress';
  if (state.Dead || state.Status === 'dead') return 'Dead';
  if (isZeroTime(state.StartedAt)) return 'Created';
  if (isZeroTime(state.FinishedAt)) return '';
  return `Exited (${state.ExitCode}) ${since(now, state.FinishedAt)} ago`;
}
