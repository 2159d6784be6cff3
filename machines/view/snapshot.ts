/**
 * What the page draws, read from the engine in one go: every container with its Docker state and
 * the deadlines that the diagram counts down (the stop's grace period, the restart back-off, a
 * slow teardown).
 */
import type { StatusName } from '../container/logic';
import { statusOf, type Driver } from '../engine/driver';
import { toInspect } from '../engine/inspect';
import type { ContainerInspect, ContainerStatus } from '../types';

export interface ContainerView {
  id: string;
  name: string;
  image: string;
  status: ContainerStatus;
  /** Creation order, 0 for the first container ever created. */
  order: number;
  inspect: ContainerInspect;
  /** A `docker stop`/`restart` in its grace period: the signal sent and when SIGKILL follows (null: never). */
  stopping: { mode: 'stop' | 'restart'; signal: number; killAt: number | null } | null;
  /** In `restarting`: when the back-off ends and the policy starts it again. */
  restartAt: number | null;
  /** In `removing`: when the teardown ends. */
  removedAt: number | null;
  /** The main process, e.g. `sleep 30`, and whether it has its own handlers for signals. */
  process: string;
  /**
   * Its healthcheck, when it has one and has started: the status `docker ps` shows in brackets,
   * the failures in a row, and when the next probe runs (null while the monitor is stopped).
   */
  health: { status: 'starting' | 'healthy' | 'unhealthy'; failingStreak: number; nextProbeAt: number | null } | null;
  /** Exec instances running in it now (`docker exec`, a probe excluded): their commands. */
  execs: string[];
}

export interface SimulatorView {
  /** Virtual ms since the epoch. */
  now: number;
  /**
   * Oldest first. The same array (by identity) while only the clock moves, so a component that
   * selects it re-renders only when a container changed.
   */
  containers: readonly ContainerView[];
  /** How many events the log holds (new ones are `events().slice(previous)`). */
  eventCount: number;
  /** How many moves there are (new ones are `movesSince(previous)`). */
  moveCount: number;
  /** A command is still waiting (the page keeps its prompt busy). */
  busy: boolean;
}

/** Every container that exists, as the page draws it. */
export function containersOf(driver: Driver, orderOf: (id: string) => number): ContainerView[] {
  const containers: ContainerView[] = [];
  for (const entry of driver.entries()) {
    const status = statusOf(entry) as StatusName;
    if (status === 'removed') continue;
    const ctx = entry.ref.getSnapshot().context;
    containers.push({
      id: entry.id,
      name: entry.name,
      image: ctx.config.image,
      status,
      order: orderOf(entry.id),
      inspect: toInspect(ctx, status),
      stopping: ctx.stop ? { mode: ctx.stop.mode, signal: ctx.stop.signal, killAt: ctx.stop.deadline } : null,
      restartAt: status === 'restarting' ? ctx.backoffUntil : null,
      removedAt: status === 'removing' ? ctx.teardownUntil : null,
      process: ctx.process.label,
      health: ctx.health
        ? {
            status: ctx.health.status,
            failingStreak: ctx.health.failingStreak,
            nextProbeAt: ctx.health.probe?.end ?? ctx.health.nextAt,
          }
        : null,
      execs: ctx.execs.filter((x) => !x.probe).map((x) => x.command.trimEnd()),
    });
  }
  return containers;
}
