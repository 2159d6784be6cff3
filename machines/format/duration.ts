/**
 * go-units HumanDuration (docker/cli vendor/github.com/docker/go-units/duration.go) and moby's
 * State.String(), the STATUS column of `docker ps` (moby daemon/container/state.go).
 */
import type { ContainerState } from '../types';
import { isZeroTime, parseRfc3339 } from './time';

/**
 * HumanDuration. Seconds and minutes are truncated (`int(d.Seconds())`), but hours are rounded
 * (`int(d.Hours() + 0.5)`), so 89 minutes is "About an hour" and 90 minutes is "2 hours".
 * Days, weeks and months come from the rounded hours; years from truncated hours.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor((ms + 1800000) / 3600000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}

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
    return up;
  }
  if (state.Status === 'removing') return 'Removal In Progress';
  if (state.Dead || state.Status === 'dead') return 'Dead';
  if (isZeroTime(state.StartedAt)) return 'Created';
  if (isZeroTime(state.FinishedAt)) return '';
  return `Exited (${state.ExitCode}) ${since(now, state.FinishedAt)} ago`;
}
