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
 */
import { assign, enqueueActions, setup, stopChild, type ActorRefFrom } from 'xstate';
import { containerMachine } from '../container/machine';
import type { ContainerConfig } from '../container/context';
import type { ContainerEmitted, ContainerEvent, ContainerGone, ContainerMoved } from '../container/events';
import type { EventTrace } from '../trace';
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
}

/** One line of the event log, before it is shaped as Docker's JSON. */
export interface LoggedEvent {
  id: string;
  action: string;
  /** Extra attributes (signal, exitCode, execDuration); image and name are added when shown. */
  attributes: Record<string, string>;
  image: string;
  name: string;
  /** The container's labels, shared (never copied) by all its entries. */
  labels: Readonly<Record<string, string>>;
  /** Virtual ms. */
  at: number;
  /** Why it happened and the step it belongs to (never shown as Docker's JSON). */
  trace: EventTrace;
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
  exitCode?: number;
  signal?: number;
  /** Indexes into the event log of the container's events since its previous move. */
  events: number[];
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
  log: LoggedEvent[];
  /** Append-only, like the log. */
  moves: LoggedMove[];
  /** Per container, the log's length at its last move (where its next move's events start). Mutable, like the log. */
  moveMarks: Map<string, number>;
  created: CreateReply | null;
  /**
   * Bumped by every change to the append-only parts, so that each change is a new snapshot: the
   * page's selectors compare snapshots by identity, and a log that grew in place would look unchanged.
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
  | { type: 'engine.daemonEvent'; action: string; attributes: Record<string, string>; trace: EventTrace }
  /** Moves a container's name (daemon/rename.go reserveName/releaseName); validated by the driver. */
  | { type: 'engine.rename'; id: string; name: string }
  | ContainerEmitted
  | ContainerMoved
  | ContainerGone;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface EngineInput {
  startTime: number;
  seed: number;
}

/**
 * The events of one step mostly share a plain trace (cause and step only); they then share the
 * object too, which keeps a long log small.
 */
function sharedTrace(previous: EventTrace | undefined, trace: EventTrace): EventTrace {
  const plain = (t: EventTrace) => t.kill === undefined && t.exit === undefined && t.thaw === undefined;
  return previous && plain(previous) && plain(trace) && previous.cause === trace.cause && previous.step === trace.step
    ? previous
    : trace;
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
      // The create event comes before the move into `created` that the new machine records.
      context.log.push({
        id,
        action: 'create',
        attributes: {},
        image: event.request.config.image,
        name,
        labels: event.request.config.labels,
        at: context.now,
        trace: { cause: event.request.origin.cause, step: event.request.origin.step },
      });
      context.moves.push({
        id,
        name,
        from: 'none',
        to: 'created',
        cause: event.request.origin.cause,
        step: event.request.origin.step,
        at: context.now,
        events: [context.log.length - 1],
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
      return {
        rng,
        containers: [...context.containers, { id, name, ref }],
        created: { kind: 'created', id, name },
      };
    }),
    deliver: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'engine.deliver') return;
      const entry = context.containers.find((c) => c.id === event.id);
      if (!entry) return;
      // Every event may end in a new process (a restart whose old process exits by itself during
      // the grace period starts the new one on a process.exit), so each carries a fresh PID.
      const pid = context.nextPid;
      enqueue.assign({ nextPid: pid + 1 });
      enqueue.sendTo(entry.ref, { ...event.event, now: context.now, pid } as ContainerEvent);
    }),
    record: assign(({ context, event }) => {
      if (event.type !== 'container.event') return {};
      const entry = context.containers.find((c) => c.id === event.id);
      const snapshot = entry?.ref.getSnapshot();
      context.log.push({
        id: event.id,
        action: event.action,
        attributes: event.attributes,
        image: snapshot?.context.config.image ?? '',
        name: entry?.name ?? '',
        labels: snapshot?.context.config.labels ?? {},
        at: event.now,
        trace: sharedTrace(context.log.at(-1)?.trace, event.trace),
      });
      return { revision: context.revision + 1 };
    }),
    recordMove: assign(({ context, event }) => {
      if (event.type !== 'container.move') return {};
      const name = context.containers.find((c) => c.id === event.id)?.name ?? '';
      const from = context.moveMarks.get(event.id) ?? 0;
      const events: number[] = [];
      for (let i = from; i < context.log.length; i++) if (context.log[i]?.id === event.id) events.push(i);
      context.moveMarks.set(event.id, context.log.length);
      context.moves.push({
        id: event.id,
        name,
        from: event.from,
        to: event.to,
        cause: event.cause,
        step: event.step,
        at: event.now,
        ...(event.exitCode !== undefined ? { exitCode: event.exitCode } : {}),
        ...(event.signal !== undefined ? { signal: event.signal } : {}),
        events,
      });
      if (event.to === 'removed') context.moveMarks.delete(event.id);
      return { revision: context.revision + 1 };
    }),
    forget: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'container.gone') return;
      const entry = context.containers.find((c) => c.id === event.id);
      if (!entry) return;
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
    created: null,
    revision: 0,
  }),
  on: {
    'engine.create': { actions: 'create' },
    'engine.deliver': { actions: 'deliver' },
    'clock.set': { actions: assign({ now: ({ context, event }) => Math.max(context.now, event.now) }) },
    'container.event': { actions: 'record' },
    'container.move': { actions: 'recordMove' },
    'engine.daemonEvent': {
      actions: assign(({ context, event }) => {
        context.log.push({
          id: '',
          action: event.action,
          attributes: event.attributes,
          image: '',
          name: '',
          labels: {},
          at: context.now,
          trace: sharedTrace(context.log.at(-1)?.trace, event.trace),
          daemon: true,
        });
        return { revision: context.revision + 1 };
      }),
    },
    'engine.rename': {
      actions: assign({
        containers: ({ context, event }) =>
          context.containers.map((c) => (c.id === event.id ? { ...c, name: event.name } : c)),
      }),
    },
    'container.gone': { actions: 'forget' },
  },
});

export type EngineActor = ActorRefFrom<typeof engineMachine>;
