/**
 * The engine: the daemon's side of the simulator. It owns the containers (one spawned
 * container machine each), their names and IDs, the PIDs, the virtual clock and the event log.
 *
 * Invariants:
 * - `now` never goes back; every logged event carries the virtual time it happened at.
 * - A name belongs to at most one container; a removed container's name and ID are free again.
 * - IDs, generated names and PIDs come from the seeded generator in context, so a replay of the
 *   same commands with the same seed is byte-identical.
 * - The log and the moves are append-only. They (and the moves' marks into the log) are the
 *   mutable objects in context: they grow by hundreds of thousands of entries in long sessions,
 *   and copying them per event would be quadratic.
 * - What a container announces (its Docker events and its moves) is written into the log and the
 *   moves as it announces it, by {@link recordEmitted}: that happens inside the delivery or the
 *   creation that made the container act, whose assign makes the new snapshot. An entry costs no
 *   macrostep and no snapshot of its own.
 */
import { assign, enqueueActions, setup, stopChild, type ActorRefFrom } from 'xstate';
import { containerMachine } from '../container/machine';
import type { ContainerConfig } from '../container/context';
import {
  NO_ATTRIBUTES,
  type ContainerEmitted,
  type ContainerEvent,
  type ContainerGone,
  type ContainerMoved,
} from '../container/events';
import type { TraceDetail } from '../trace';
import type { Cause, LifecycleState } from '../vocabulary';
import type { DaemonErrorId } from '../errors';
import type { ProcessSpec } from '../processes';
import { nextHexId, nextName } from '../random';
import { VALID_NAME } from './registry';

export type ContainerRef = ActorRefFrom<typeof containerMachine>;

export interface ContainerEntry {
  id: string;
  name: string;
  ref: ContainerRef;
  /** What each of its events repeats, shared by all its log entries. */
  facts: ContainerFacts;
}

/**
 * The container's name, image and labels, which `docker events` shows with every event: one
 * object per container that all its log entries point at (they never change), so that an entry
 * holds one reference instead of three.
 */
export interface ContainerFacts {
  name: string;
  image: string;
  /** The container's labels, shared (never copied). */
  labels: Readonly<Record<string, string>>;
}

/** One line of the event log, before it is shaped as Docker's JSON. */
export interface LoggedEvent {
  id: string;
  action: string;
  /** Extra attributes (signal, exitCode, execDuration); image, name and labels are added when shown. */
  attributes: Readonly<Record<string, string>>;
  facts: ContainerFacts;
  /** Virtual ms. */
  at: number;
  /**
   * Why it happened, the step it belongs to, and what more its trace says (never shown as
   * Docker's JSON; traceOf puts them together). Kept apart rather than as one trace object per
   * entry: most events need nothing beyond cause and step.
   */
  cause: Cause;
  step: number;
  detail: TraceDetail | undefined;
  /**
   * An event of the daemon about no one container (`prune`): its Actor has no ID, and its
   * attributes are only its own (no image, no name).
   */
  daemon?: true;
}

/** One change of a container's state (simulator-contract.md §1.1), before it is shaped as a Move. */
export interface LoggedMove {
  id: string;
  name: string;
  from: LifecycleState | 'none';
  to: LifecycleState;
  cause: Cause;
  step: number;
  /** Virtual ms. */
  at: number;
  /** For a move that ended the process: its exit code, and the signal that ended it if one did. */
  exitCode: number | undefined;
  signal: number | undefined;
  /**
   * The container's events since its previous move are the entries of the log from `eventsFrom`
   * up to (not including) `eventsTo` that are its own (see {@link moveEvents}). Two numbers
   * rather than an array: there are as many moves as half the events.
   */
  eventsFrom: number;
  eventsTo: number;
}

/** Something a user did (a command line, a fault) or that happened by itself: the unit of a batch. */
export interface StepRecord {
  kind: 'command' | 'fault' | 'auto';
  /** The command line as run, a fault's description, or the container whose process ended. */
  label: string;
  /** Virtual ms when it began. */
  at: number;
  /** The lengths of the event log and of the moves when it began (its own come after). */
  firstEvent: number;
  firstMove: number;
}

export interface CreateRequest {
  name?: string;
  config: ContainerConfig;
  process: ProcessSpec;
  /** `create` or `run`, and the step of that command. */
  origin: { cause: Cause; step: number };
}

export type CreateReply =
  | { kind: 'created'; id: string; name: string }
  | { kind: 'error'; error: DaemonErrorId; detail?: string; conflict?: { id: string; name: string } };

export interface EngineContext {
  now: number;
  rng: number;
  nextPid: number;
  /** In creation order. */
  containers: ContainerEntry[];
  /** The same entries by ID, kept beside `containers` (an event's container is found per event). Mutable, like the log. */
  byId: Map<string, ContainerEntry>;
  log: LoggedEvent[];
  /** Append-only, like the log. */
  moves: LoggedMove[];
  /** Per container, the log's length at its last move (where its next move's events start). Mutable, like the log. */
  moveMarks: Map<string, number>;
  created: CreateReply | null;
  /**
   * Bumped by every engine event that may add to the append-only parts (a delivery, a creation, an
   * event the CLI logs), so that each such change is a new snapshot: the page's selectors compare
   * snapshots by identity, and a log that grew in place would look unchanged.
   */
  revision: number;
}

export type EngineEvent =
  | { type: 'engine.create'; request: CreateRequest }
  /** Delivers an event to one container at the current virtual time. */
  | { type: 'engine.deliver'; id: string; event: DistributiveOmit<ContainerEvent, 'now' | 'pid'> }
  /** Moves the virtual clock forward (never back). */
  | { type: 'clock.set'; now: number }
  /** Logs an event about no single container (daemon/prune.go: `prune`). */
  | { type: 'engine.daemonEvent'; action: string; attributes: Record<string, string>; cause: Cause; step: number }
  /** Moves a container's name (daemon/rename.go reserveName/releaseName); validated by the driver. */
  | { type: 'engine.rename'; id: string; name: string }
  /** An event no container machine reports (the CLI's `attach` and `detach`). */
  | ContainerEmitted
  | ContainerGone;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface EngineInput {
  startTime: number;
  seed: number;
}

const NO_FACTS: ContainerFacts = Object.freeze({ name: '', image: '', labels: Object.freeze({}) });

/** Appends one Docker event to the log, with its container's name, image and labels. */
function appendEvent(context: EngineContext, event: ContainerEmitted): void {
  const entry = context.byId.get(event.id);
  context.log.push({
    id: event.id,
    action: event.action,
    attributes: event.attributes,
    facts: entry?.facts ?? NO_FACTS,
    at: event.now,
    cause: event.cause,
    step: event.step,
    detail: event.detail,
  });
}

/** Appends one move, with the span of the log that holds the container's events since its last one. */
function appendMove(context: EngineContext, event: ContainerMoved): void {
  const name = context.byId.get(event.id)?.name ?? '';
  const log = context.log;
  const mark = context.moveMarks.get(event.id) ?? 0;
  let from = log.length;
  let to = log.length;
  for (let i = mark; i < log.length; i++) {
    if (log[i]?.id !== event.id) continue;
    if (from === log.length) from = i;
    to = i + 1;
  }
  if (event.to === 'removed') context.moveMarks.delete(event.id);
  else context.moveMarks.set(event.id, log.length);
  context.moves.push({
    id: event.id,
    name,
    from: event.from,
    to: event.to,
    cause: event.cause,
    step: event.step,
    at: event.now,
    exitCode: event.exitCode,
    signal: event.signal,
    eventsFrom: from,
    eventsTo: to,
  });
}

/**
 * Writes what a container announced (a Docker event or a move) into the log or the moves of
 * `context`, the engine's current one. The driver calls it as the container emits.
 */
export function recordEmitted(context: EngineContext, emitted: ContainerEmitted | ContainerMoved): void {
  if (emitted.type === 'container.event') appendEvent(context, emitted);
  else appendMove(context, emitted);
}

/** Indexes into the log of a move's events (the container's own within its span). */
export function moveEvents(log: readonly LoggedEvent[], move: LoggedMove): number[] {
  const events: number[] = [];
  for (let i = move.eventsFrom; i < move.eventsTo; i++) if (log[i]?.id === move.id) events.push(i);
  return events;
}

/** Docker's name generator retries on a clash, then appends a digit (namesgenerator). */
function freshName(rng: number, taken: (n: string) => boolean): { name: string; rng: number } {
  let state = rng;
  for (let attempt = 0; attempt < 10; attempt++) {
    const d = nextName(state);
    state = d.state;
    const candidate = attempt < 5 ? d.value : `${d.value}${attempt}`;
    if (!taken(candidate)) return { name: candidate, rng: state };
  }
  return { name: `container_${state.toString(16)}`, rng: state };
}

function validateCreate(context: EngineContext, request: CreateRequest): CreateReply | null {
  const requested = request.name;
  if (requested !== undefined && requested !== '') {
    if (!VALID_NAME.test(requested)) return { kind: 'error', error: 'invalidName', detail: requested };
    const bare = requested.replace(/^\//, '');
    const holder = context.containers.find((c) => c.name === bare);
    if (holder) return { kind: 'error', error: 'nameInUse', conflict: { id: holder.id, name: bare } };
  }
  return null;
}

export const engineMachine = setup({
  types: {
    context: {} as EngineContext,
    events: {} as EngineEvent,
    input: {} as EngineInput,
  },
  actors: { container: containerMachine },
  actions: {
    create: assign(({ context, event, spawn }) => {
      if (event.type !== 'engine.create') return {};
      const invalid = validateCreate(context, event.request);
      if (invalid) return { created: invalid };
      const idDraw = nextHexId(context.rng);
      let rng = idDraw.state;
      let name = event.request.name?.replace(/^\//, '');
      if (!name) {
        const n = freshName(rng, (candidate) => context.containers.some((c) => c.name === candidate));
        name = n.name;
        rng = n.rng;
      }
      const id = idDraw.value;
      const facts: ContainerFacts = { name, image: event.request.config.image, labels: event.request.config.labels };
      // The create event comes before the move into `created` that the new machine records.
      context.log.push({
        id,
        action: 'create',
        attributes: NO_ATTRIBUTES,
        facts,
        at: context.now,
        cause: event.request.origin.cause,
        step: event.request.origin.step,
        detail: undefined,
      });
      context.moves.push({
        id,
        name,
        from: 'none',
        to: 'created',
        cause: event.request.origin.cause,
        step: event.request.origin.step,
        at: context.now,
        exitCode: undefined,
        signal: undefined,
        eventsFrom: context.log.length - 1,
        eventsTo: context.log.length,
      });
      context.moveMarks.set(id, context.log.length);
      const ref = spawn('container', {
        id,
        input: {
          id,
          name,
          created: context.now,
          config: event.request.config,
          process: event.request.process,
          origin: event.request.origin,
        },
      });
      const entry: ContainerEntry = { id, name, ref, facts };
      context.byId.set(id, entry);
      return {
        rng,
        containers: [...context.containers, entry],
        created: { kind: 'created', id, name },
        revision: context.revision + 1,
      };
    }),
    deliver: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'engine.deliver') return;
      const entry = context.byId.get(event.id);
      if (!entry) return;
      // Every event may end in a new process (a restart whose old process exits by itself during
      // the grace period starts the new one on a process.exit), so each carries a fresh PID.
      const pid = context.nextPid;
      // What the container announces meanwhile is recorded in place (recordEmitted).
      enqueue.assign({ nextPid: pid + 1, revision: context.revision + 1 });
      enqueue.sendTo(entry.ref, Object.assign({}, event.event, { now: context.now, pid }) as ContainerEvent);
    }),
    /** An event sent to the engine itself (the CLI's `attach` and `detach`). */
    record: assign(({ context, event }) => {
      if (event.type !== 'container.event') return {};
      appendEvent(context, event);
      return { revision: context.revision + 1 };
    }),
    forget: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'container.gone') return;
      const entry = context.byId.get(event.id);
      if (!entry) return;
      context.byId.delete(event.id);
      enqueue(stopChild(entry.ref));
      enqueue.assign({ containers: context.containers.filter((c) => c.id !== event.id) });
    }),
  },
}).createMachine({
  id: 'engine',
  context: ({ input }) => ({
    now: input.startTime,
    rng: input.seed >>> 0,
    nextPid: 4100 + (input.seed % 1000),
    containers: [],
    log: [],
    moves: [],
    moveMarks: new Map(),
    byId: new Map(),
    created: null,
    revision: 0,
  }),
  on: {
    'engine.create': { actions: 'create' },
    'engine.deliver': { actions: 'deliver' },
    'clock.set': { actions: assign({ now: ({ context, event }) => Math.max(context.now, event.now) }) },
    'container.event': { actions: 'record' },
    'engine.daemonEvent': {
      actions: assign(({ context, event }) => {
        context.log.push({
          id: '',
          action: event.action,
          attributes: event.attributes,
          facts: NO_FACTS,
          at: context.now,
          cause: event.cause,
          step: event.step,
          detail: undefined,
          daemon: true,
        });
        return { revision: context.revision + 1 };
      }),
    },
    'engine.rename': {
      actions: assign({
        // Its later events carry the new name: a new facts object, the old entries keep theirs.
        containers: ({ context, event }) =>
          context.containers.map((c) => {
            if (c.id !== event.id) return c;
            const renamed: ContainerEntry = {
              id: c.id,
              name: event.name,
              ref: c.ref,
              facts: { name: event.name, image: c.facts.image, labels: c.facts.labels },
            };
            context.byId.set(c.id, renamed);
            return renamed;
          }),
      }),
    },
    'container.gone': { actions: 'forget' },
  },
});

export type EngineActor = ActorRefFrom<typeof engineMachine>;
