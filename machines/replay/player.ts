/**
 * A real `docker events` log played back as the live simulator plays a run: a clock that the page
 * advances, the log's container events revealed as their time comes, and each container's moves
 * (from the timelines of timeline.ts) in the same shape as the simulator's, so the diagram draws a
 * replay exactly as it draws a live run. Pure: the page owns the clock and calls `advance`.
 *
 * A log can span hours with nothing happening; a gap between two events longer than `maxGapMs` is
 * played as `maxGapMs` (the log's own times stay as they were: `logTimeNano` tells the moment).
 */
import type { ContainerStatus, DockerEvent, LifecycleState, Move } from '../types';
import { VERBS, type Cause } from '../vocabulary';
import type { ContainerView } from '../view/snapshot';
import type { EventTrace } from '../trace';
import { parseEventsLog, type ParsedLog } from './parse';
import { containerTimelines, type ContainerTimeline, type StateChange } from './timeline';

/** What the diagram draws of a container: a replay knows no more than this. */
export type ReplayContainer = Pick<
  ContainerView,
  'id' | 'name' | 'image' | 'status' | 'order' | 'stopping' | 'restartAt' | 'removedAt'
>;

export interface ReplayView {
  /** Replay time, ms since the log's first event (gaps shortened). */
  now: number;
  /** The containers that exist at `now`, in the order the log first names them. */
  containers: readonly ReplayContainer[];
}

/** An event as the replay reveals it (the trace holds only what a log can tell: the cause). */
export interface ReplayEvent {
  /** Its position among the log's container events. */
  index: number;
  event: DockerEvent;
  trace: EventTrace;
}

export interface ReplaySummary {
  /** Container events read. */
  events: number;
  containers: number;
  /** Events of other types, skipped, by type. */
  skipped: Readonly<Record<string, number>>;
  /** Lines that could not be read, with their numbers (the rest still plays). */
  unreadable: ParsedLog['unreadable'];
  lines: number;
  /** Replay length in ms (gaps shortened), and the log's own span in ms. */
  duration: number;
  span: number;
}

export interface ReplayOptions {
  /** The longest stretch of nothing played as it was; longer ones are shortened to it. Default 5000. */
  maxGapMs?: number;
}

export interface Replay {
  readonly summary: ReplaySummary;
  /** Replay time now (ms since the first event). */
  now(): number;
  /** Moves the clock on (0 starts it); reveals the events whose time has come. */
  advance(ms: number): void;
  /** Moves the clock to the next event's time (nothing when at the end). */
  next(): void;
  /** Back to the beginning: nothing revealed. */
  rewind(): void;
  /** How many times it went back to the beginning (a view draws afresh when this changes). */
  epoch(): number;
  /** Every event has been revealed. */
  atEnd(): boolean;
  /** The log's own time of the latest revealed event (nanoseconds), or null before the first. */
  logTimeNano(): number | null;
  view(): ReplayView;
  counts(): { moves: number; events: number };
  movesSince(count: number): Move[];
  tracedEventsSince(count: number): ReplayEvent[];
  /** Called after each change of the clock or of what is revealed. */
  subscribe(listener: () => void): () => void;
}

/** Why a state change happened, in the simulator's causes (vocabulary.ts), from its event. */
function causeOf(change: StateChange, previous: LifecycleState | 'none'): Cause {
  switch (change.action) {
    case 'create':
      return 'create';
    case 'start':
      return previous === 'restarting' ? 'restart-policy' : 'start';
    case 'restart':
      return 'restart';
    case 'pause':
      return 'pause';
    case 'unpause':
      return 'unpause';
    case 'stop':
      return 'stop';
    case 'destroy':
      return 'rm';
    case 'oom':
      return 'oom';
    default:
      // die, and a container first seen mid-life through kill, exec, attach…
      return 'exit';
  }
}

/** The cause an event's own action names: a docker verb (`destroy` is rm's), else the process's exit. */
function eventCause(action: string): Cause {
  if (action === 'destroy') return 'rm';
  if (action === 'oom') return 'oom';
  const verb = action.split(':')[0] ?? '';
  return (VERBS as readonly string[]).includes(verb) ? (verb as Cause) : 'exit';
}

export function createReplay(log: string, options: ReplayOptions = {}): Replay {
  const parsed = parseEventsLog(log);
  return replayOf(parsed, options);
}

/** A replay of a log already read. */
export function replayOf(parsed: ParsedLog, options: ReplayOptions = {}): Replay {
  const maxGap = Math.max(0, options.maxGapMs ?? 5000);
  const events = parsed.events;
  // Replay time of each event: the log's gaps, each at most maxGap (a log out of order never goes back).
  const at = new Float64Array(events.length);
  for (let i = 1; i < events.length; i++) {
    const gap = ((events[i]?.timeNano ?? 0) - (events[i - 1]?.timeNano ?? 0)) / 1e6;
    at[i] = (at[i - 1] ?? 0) + Math.min(maxGap, Math.max(0, gap));
  }
  const timelines = containerTimelines(events);
  const order = new Map<string, number>(timelines.map((t, i) => [t.id, i]));

  // Every move, in the log's order, with the event that made it.
  const moves: Move[] = [];
  const moveAt: number[] = [];
  const byEvent: { timeline: ContainerTimeline; change: StateChange }[] = [];
  for (const t of timelines) for (const change of t.changes) byEvent.push({ timeline: t, change });
  byEvent.sort((a, b) => a.change.index - b.change.index);
  const lastState = new Map<string, LifecycleState | 'none'>();
  for (const item of byEvent) {
    const from = lastState.get(item.timeline.id) ?? 'none';
    const event = events[item.change.index] as DockerEvent;
    const attrs = event.Actor?.Attributes ?? {};
    const move: Move = {
      container: item.timeline.id,
      name: attrs.name ?? item.timeline.name,
      from,
      to: item.change.state,
      cause: causeOf(item.change, from),
      timeNano: item.change.timeNano,
      step: item.change.index,
      events: [item.change.index],
    };
    if (attrs.exitCode !== undefined && item.change.action === 'die') move.exitCode = Number(attrs.exitCode);
    moves.push(move);
    moveAt.push(item.change.index);
    lastState.set(item.timeline.id, item.change.state);
  }

  const duration = events.length > 0 ? (at[events.length - 1] ?? 0) : 0;
  const span = events.length > 0 ? ((events[events.length - 1]?.timeNano ?? 0) - (events[0]?.timeNano ?? 0)) / 1e6 : 0;
  const summary: ReplaySummary = {
    events: events.length,
    containers: timelines.length,
    skipped: parsed.skipped,
    unreadable: parsed.unreadable,
    lines: parsed.lines,
    duration,
    span: Math.max(0, span),
  };

  let now = 0;
  let epoch = 0;
  /** Events revealed: those with at[i] <= now, and always in order. */
  let revealed = 0;
  let movesRevealed = 0;
  let cached: { revealed: number; now: number; view: ReplayView } | null = null;
  const states = new Map<string, ContainerStatus>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };

  const reveal = () => {
    while (revealed < events.length && (at[revealed] ?? 0) <= now) revealed++;
    while (movesRevealed < moves.length && (moveAt[movesRevealed] ?? 0) < revealed) {
      const m = moves[movesRevealed] as Move;
      if (m.to === 'removed') states.delete(m.container);
      else states.set(m.container, m.to);
      movesRevealed++;
    }
  };

  const containersNow = (): ReplayContainer[] => {
    const list: ReplayContainer[] = [];
    for (const t of timelines) {
      const status = states.get(t.id);
      if (status === undefined) continue;
      list.push({
        id: t.id,
        name: t.name,
        image: t.image ?? '',
        status,
        order: order.get(t.id) ?? 0,
        stopping: null,
        restartAt: null,
        removedAt: null,
      });
    }
    return list;
  };

  return {
    summary,
    now: () => now,
    advance(ms) {
      if (!(ms >= 0)) return;
      now = Math.min(duration, now + ms);
      reveal();
      notify();
    },
    next() {
      if (revealed >= events.length) return;
      now = Math.max(now, at[revealed] ?? now);
      reveal();
      notify();
    },
    epoch: () => epoch,
    rewind() {
      epoch++;
      now = 0;
      revealed = 0;
      movesRevealed = 0;
      states.clear();
      cached = null;
      notify();
    },
    atEnd: () => revealed >= events.length,
    logTimeNano: () => (revealed > 0 ? (events[revealed - 1]?.timeNano ?? null) : null),
    view() {
      // The same containers array (by identity) while only the clock moves.
      if (cached && cached.revealed === revealed) {
        if (cached.now !== now) cached = { ...cached, now, view: { now, containers: cached.view.containers } };
        return cached.view;
      }
      cached = { revealed, now, view: { now, containers: containersNow() } };
      return cached.view;
    },
    counts: () => ({ moves: movesRevealed, events: revealed }),
    movesSince: (count) => moves.slice(Math.max(0, count), movesRevealed),
    tracedEventsSince(count) {
      const out: ReplayEvent[] = [];
      for (let i = Math.max(0, count); i < revealed; i++) {
        const event = events[i] as DockerEvent;
        out.push({ index: i, event, trace: { cause: eventCause(event.Action), step: i } });
      }
      return out;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
