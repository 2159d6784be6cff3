/**
 * Each container's sequence of states over time, read from its `docker events` (as parsed by
 * parse.ts), so a diagram can replay a real log. Pure.
 *
 * What each event means for the state (docker-lifecycle rules, docs/lifecycle.md):
 * create → created; start, unpause, restart → running; pause → paused; stop → exited;
 * destroy → removed; die → restarting when a restart policy starts the container again (the next
 * event of that container is a `start` within the longest back-off, and it is not the `start` of a
 * manual `docker restart`, which is followed by a `restart` event), otherwise exited. kill, oom,
 * attach and the other actions change nothing, except that a container first seen through one of
 * them (a log that begins mid-life) was running. rename keeps the container and takes its new name.
 *
 * What a log cannot show: a log that ends inside a back-off ends with a die that nothing follows
 * yet, which reads as exited; a kill during a back-off logs nothing at all (the container is then
 * exited, but the timeline still says restarting until its next event).
 */
import type { DockerEvent, LifecycleState } from '../types';

export interface StateChange {
  state: LifecycleState;
  /** The event that made it (its Action). */
  action: string;
  time: number;
  timeNano: number;
  /** Index of that event in the list given. */
  index: number;
}

export interface ContainerTimeline {
  id: string;
  /** The container's name (its latest one, after a rename). */
  name: string;
  image?: string;
  /** Oldest first; consecutive entries differ in state. */
  changes: StateChange[];
}

export interface TimelineOptions {
  /**
   * The longest gap (ms) between a `die` and the policy's `start` that is still read as a policy
   * restart: the back-off is capped at 1 minute (daemon/internal/restartmanager), plus the time
   * the engine takes to start the container. Default 65 000.
   */
  maxRestartGapMs?: number;
}

/** Actions that only a running (or paused) container logs. */
const RUNNING_ONLY = /^(kill|oom|top|resize|exec_create|exec_start|exec_die|exec_detach|health_status)/;

export function containerTimelines(events: readonly DockerEvent[], options: TimelineOptions = {}): ContainerTimeline[] {
  const maxGapNs = (options.maxRestartGapMs ?? 65_000) * 1e6;
  const byId = new Map<string, ContainerTimeline>();
  // For the look-ahead at each die: the index of the next event of the same container.
  const next = new Array<number>(events.length).fill(-1);
  const lastIndex = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const id = events[i]?.Actor?.ID ?? '';
    const prev = lastIndex.get(id);
    if (prev !== undefined) next[prev] = i;
    lastIndex.set(id, i);
  }

  for (let i = 0; i < events.length; i++) {
    const e = events[i] as DockerEvent;
    const id = e.Actor?.ID ?? '';
    const attrs = e.Actor?.Attributes ?? {};
    let t = byId.get(id);
    if (!t) {
      t = { id, name: attrs.name ?? id.slice(0, 12), changes: [] };
      if (attrs.image !== undefined) t.image = attrs.image;
      byId.set(id, t);
    }
    if (attrs.name !== undefined) t.name = attrs.name;
    const current = t.changes[t.changes.length - 1]?.state;
    let state: LifecycleState | undefined;
    switch (e.Action) {
      case 'create':
        state = 'created';
        break;
      case 'start':
      case 'unpause':
      case 'restart':
        state = 'running';
        break;
      case 'pause':
        state = 'paused';
        break;
      case 'stop':
        state = 'exited';
        break;
      case 'destroy':
        state = 'removed';
        break;
      case 'die': {
        const j = next[i] as number;
        const after = j >= 0 ? events[j] : undefined;
        const afterAfter = j >= 0 && (next[j] as number) >= 0 ? events[next[j] as number] : undefined;
        const restarted =
          after?.Action === 'start' &&
          afterAfter?.Action !== 'restart' &&
          after.timeNano - e.timeNano >= 0 &&
          after.timeNano - e.timeNano <= maxGapNs;
        state = restarted ? 'restarting' : 'exited';
        break;
      }
      default:
        if (current === undefined && RUNNING_ONLY.test(e.Action)) state = 'running';
    }
    if (state !== undefined && state !== current)
      t.changes.push({ state, action: e.Action, time: e.time, timeNano: e.timeNano, index: i });
  }
  return [...byId.values()];
}

/** A container's state at a moment (timeNano), or undefined before its first change. */
export function stateAt(timeline: ContainerTimeline, timeNano: number): LifecycleState | undefined {
  let state: LifecycleState | undefined;
  for (const c of timeline.changes) {
    if (c.timeNano > timeNano) break;
    state = c.state;
  }
  return state;
}

/** Where the log leaves each container that still exists: name → state. */
export function finalStates(timelines: readonly ContainerTimeline[]): Map<string, LifecycleState> {
  const out = new Map<string, LifecycleState>();
  for (const t of timelines) {
    const last = t.changes[t.changes.length - 1]?.state;
    if (last !== undefined && last !== 'removed') out.set(t.name, last);
  }
  return out;
}
