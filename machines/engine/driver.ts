/**
 * The driver runs the engine actor on the virtual clock and carries out docker commands as
 * operations that may wait.
 *
 * An operation is a generator: it sends events to containers through the driver and yields a
 * {@link Wait} whenever the CLI would block (a stop's grace period, a foreground `run`). With
 * `autoAdvance` (headless) the driver moves the clock straight to the next deadline of the
 * containers the operation watches; a wait that no deadline can end (a foreground `nginx`) is
 * parked until something else (another command, `advance`, a fault) ends it. Without
 * `autoAdvance` (the page) every wait is parked and real time, through `advance`, moves the clock.
 */
import { createActor, type Actor } from 'xstate';
import type { ContainerContext } from '../container/context';
import type { ContainerEvent } from '../container/events';
import { nextTimer, type StatusName } from '../container/logic';
import type { ExecResult } from '../types';
import type { Cause } from '../vocabulary';
import {
  engineMachine,
  type ContainerEntry,
  type CreateReply,
  type CreateRequest,
  type EngineEvent,
  type StepRecord,
} from './machine';
import { lookup, VALID_NAME, type Lookup } from './registry';

export interface Wait {
  /** The operation goes on once this holds. */
  until: () => boolean;
  /** Containers whose deadlines can make it hold. */
  watch?: readonly string[];
  /** A moment of virtual time that makes it hold (e.g. `docker events --until`). */
  wakeAt?: number;
}

export type Operation = Generator<Wait, ExecResult, void>;

/** Who is acting: the step an operation belongs to and the verb of its command. */
export interface Acting {
  step: number;
  cause: Cause;
}

interface Parked {
  op: Operation;
  wait: Wait;
  resolve: (r: ExecResult) => void;
  actor: Acting;
}

type Delivered = Extract<EngineEvent, { type: 'engine.deliver' }>['event'];

/** The state a container machine is in, as a Docker word (transient states never show outside). */
export function statusOf(entry: ContainerEntry): StatusName {
  const value = entry.ref.getSnapshot().value;
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as StatusName;
}

export interface DriverOptions {
  startTime: number;
  seed: number;
  autoAdvance: boolean;
}

export class Driver {
  readonly engine: Actor<typeof engineMachine>;
  autoAdvance: boolean;
  private parked: Parked[] = [];
  /** Each container's next deadline, refreshed whenever an event reaches it. */
  private timers = new Map<string, ContainerEvent>();
  private resuming = false;
  private logListeners = new Set<() => void>();
  private changeListeners = new Set<() => void>();
  private logLength = 0;
  private order = new Map<string, number>();
  /**
   * Every step so far; a step's id is its index. Kept here rather than in the engine actor: opening
   * one changes nothing a snapshot shows (its events and moves do), so it costs no macrostep.
   */
  readonly steps: StepRecord[] = [];
  /** The operation running now (its events carry its step and verb); null between operations. */
  private actor: Acting | null = null;
  /** Bumped whenever anything in the engine changed. */
  version = 0;
  /** Bumped whenever anything but the clock changed (containers, logs, steps). */
  structure = 0;
  private lastNow = Number.NaN;

  constructor(options: DriverOptions) {
    this.autoAdvance = options.autoAdvance;
    this.engine = createActor(engineMachine, { input: { startTime: options.startTime, seed: options.seed } });
    this.engine.start();
    this.engine.subscribe((snapshot) => {
      this.version++;
      // A clock tick changes only `now`; anything else leaves `now` as it was.
      if (snapshot.context.now === this.lastNow) this.structure++;
      this.lastNow = snapshot.context.now;
      for (const listener of [...this.changeListeners]) listener();
      if (snapshot.context.log.length === this.logLength) return;
      this.logLength = snapshot.context.log.length;
      for (const listener of [...this.logListeners]) listener();
    });
  }

  /** Calls `listener` after every change in the engine (the clock included); returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Creation order of a container (0 for the first one ever created). */
  orderOf(id: string): number {
    return this.order.get(id) ?? -1;
  }

  /** Calls `listener` whenever events were added to the log; returns the unsubscribe. */
  onLog(listener: () => void): () => void {
    this.logListeners.add(listener);
    return () => this.logListeners.delete(listener);
  }

  get now(): number {
    return this.engine.getSnapshot().context.now;
  }

  /** Containers in creation order. */
  entries(): readonly ContainerEntry[] {
    return this.engine.getSnapshot().context.containers;
  }

  find(arg: string): Lookup<ContainerEntry> {
    return lookup(this.entries(), arg);
  }

  byId(id: string): ContainerEntry | undefined {
    return this.entries().find((e) => e.id === id);
  }

  context(id: string): ContainerContext | undefined {
    return this.byId(id)?.ref.getSnapshot().context;
  }

  status(id: string): StatusName {
    const entry = this.byId(id);
    return entry ? statusOf(entry) : 'removed';
  }

  /** Opens a step (a command, a fault, something that happened by itself) and returns its id. */
  beginStep(kind: StepRecord['kind'], label: string): number {
    const c = this.engine.getSnapshot().context;
    this.steps.push({ kind, label, at: c.now, firstEvent: c.log.length, firstMove: c.moves.length });
    return this.steps.length - 1;
  }

  /** The step and verb of the operation running now. */
  get acting(): Acting | null {
    return this.actor;
  }

  /** Runs `fn` as `actor` (a key handler of a waiting command acts for that command). */
  actAs<T>(actor: Acting, fn: () => T): T {
    const before = this.actor;
    this.actor = actor;
    try {
      return fn();
    } finally {
      this.actor = before;
    }
  }

  /**
   * daemon/rename.go ContainerRename after the lookup: the new name must be valid and free; the
   * engine moves it, then the container logs `rename` (events and moves after it carry it).
   */
  rename(id: string, newName: string): { ok: true } | { ok: false; error: string } {
    const entry = this.byId(id);
    if (!entry) return { ok: false, error: `No such container: ${id}` };
    const slashed = newName.startsWith('/') ? newName : `/${newName}`;
    if (`/${entry.name}` === slashed) {
      return { ok: false, error: 'Renaming a container with the same name as its current name' };
    }
    const bare = slashed.slice(1);
    if (!VALID_NAME.test(slashed)) {
      return {
        ok: false,
        error: `Error when allocating new name: Invalid container name (${slashed}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      };
    }
    const holder = this.entries().find((e) => e.name === bare);
    if (holder) {
      return {
        ok: false,
        error: `Error when allocating new name: Conflict. The container name "${slashed}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      };
    }
    this.engine.send({ type: 'engine.rename', id, name: bare });
    this.deliver(id, { type: 'cli.rename', name: bare });
    return { ok: true };
  }

  /** Logs a daemon event about no single container (`prune`), as the acting command's. */
  logDaemonEvent(action: string, attributes: Record<string, string>): void {
    const actor = this.actor ?? { step: this.beginStep('auto', action), cause: 'exit' as const };
    this.engine.send({
      type: 'engine.daemonEvent',
      action,
      attributes,
      trace: { cause: actor.cause, step: actor.step },
    });
  }

  /** Logs a Docker event that no container machine reports (the CLI's `attach` and `detach`). */
  logEvent(id: string, action: string, attributes: Record<string, string> = {}): void {
    const actor = this.actor ?? { step: this.beginStep('auto', action), cause: 'exit' as const };
    this.engine.send({
      type: 'container.event',
      id,
      now: this.now,
      action,
      attributes,
      trace: { cause: actor.cause, step: actor.step },
    });
  }

  create(request: Omit<CreateRequest, 'origin'>): CreateReply {
    const actor = this.actor ?? { step: this.beginStep('auto', 'create'), cause: 'create' as const };
    this.engine.send({
      type: 'engine.create',
      request: { ...request, origin: { cause: actor.cause, step: actor.step } },
    });
    const reply = this.engine.getSnapshot().context.created;
    if (reply?.kind === 'created') {
      this.order.set(reply.id, this.order.size);
      // What a container announces (its Docker events, its removal) goes into the engine's log.
      this.byId(reply.id)?.ref.on('*', (emitted) => this.engine.send(emitted));
      this.refreshTimer(reply.id);
    }
    return reply ?? { kind: 'error', error: 'noSuchContainer' };
  }

  /**
   * Sends an event to a container now, then lets everything due at this instant happen. The event
   * carries the acting operation's step and verb unless it names its own.
   */
  deliver(id: string, event: Delivered): void {
    const actor = this.actor;
    const stamped = actor ? ({ cause: actor.cause, step: actor.step, ...event } as Delivered) : event;
    this.engine.send({ type: 'engine.deliver', id, event: stamped });
    this.refreshTimer(id);
    this.settle();
  }

  private refreshTimer(id: string): void {
    const entry = this.byId(id);
    const timer = entry ? nextTimer(statusOf(entry), entry.ref.getSnapshot().context) : null;
    if (timer) this.timers.set(id, timer);
    else this.timers.delete(id);
  }

  /** The earliest pending deadline, among all containers or only the watched ones. */
  nextDeadline(watch?: readonly string[]): { id: string; event: ContainerEvent } | null {
    let best: { id: string; event: ContainerEvent } | null = null;
    const consider = (id: string, event: ContainerEvent | undefined) => {
      if (event && (best === null || event.now < best.event.now)) best = { id, event };
    };
    if (watch) for (const id of watch) consider(id, this.timers.get(id));
    else for (const [id, event] of this.timers) consider(id, event);
    return best;
  }

  /** Fires every deadline that is due at or before the current time. */
  private settle(): void {
    for (let guard = 0; guard < 100_000; guard++) {
      const due = this.nextDeadline();
      if (!due || due.event.now > this.now) return;
      this.fire(due.id, due.event);
    }
  }

  private fire(id: string, event: ContainerEvent): void {
    if (event.now > this.now) this.engine.send({ type: 'clock.set', now: event.now });
    const { now: _ignored, ...rest } = event;
    let timed = rest as Delivered;
    if (event.type === 'timer.health' && event.step === undefined) {
      // A probe starting is something that happened by itself: a step of its own.
      timed = {
        ...timed,
        cause: 'healthcheck',
        step: this.beginStep('auto', `${this.byId(id)?.name ?? id} healthcheck`),
      } as Delivered;
    } else if (event.type === 'process.exit' && event.step === undefined) {
      // A process that ends the moment it starts (true, false, a shell at EOF) ends within the
      // step that started it; one that ends later is something that happened by itself.
      const ctx = this.context(id);
      const step = ctx && ctx.startedAt === event.now ? ctx.runStep : this.beginStep('auto', this.byId(id)?.name ?? id);
      timed = { ...timed, cause: 'exit', step } as Delivered;
    }
    this.engine.send({ type: 'engine.deliver', id, event: timed });
    this.refreshTimer(id);
  }

  /** Moves the virtual clock to `target`, firing every deadline on the way in order. */
  advanceTo(target: number): void {
    this.settle();
    for (;;) {
      const due = this.nextDeadline();
      if (!due || due.event.now > target) break;
      this.fire(due.id, due.event);
    }
    if (target > this.now) this.engine.send({ type: 'clock.set', now: target });
    this.settle();
  }

  /** Runs an operation as far as it can go now; the promise resolves when the CLI returns. */
  run(op: Operation, actor: Acting): Promise<ExecResult> {
    return new Promise((resolve) => {
      this.step({ op, wait: { until: () => true }, resolve, actor });
      this.resumeParked();
    });
  }

  /**
   * Runs an operation that finishes at once (ps, inspect, a refused command) and returns its
   * result; one that would wait is parked as usual and null is returned.
   */
  runNow(op: Operation, actor: Acting): ExecResult | null {
    let result: ExecResult | null = null;
    this.step({ op, wait: { until: () => true }, resolve: (r) => (result = r), actor });
    this.resumeParked();
    return result;
  }

  /** True while the command of `step` is still waiting. */
  isWaiting(step: number): boolean {
    return this.parked.some((p) => p.actor.step === step);
  }

  /** Lets `ms` of virtual time pass (the page's clock, or `advance` in tests). */
  advance(ms: number): void {
    this.advanceTo(this.now + Math.max(0, ms));
    this.resumeParked();
  }

  /** After anything happened: parked operations whose wait is over go on, oldest first. */
  resumeParked(): void {
    if (this.resuming) return;
    this.resuming = true;
    try {
      for (let progressed = true; progressed;) {
        progressed = false;
        for (const parked of [...this.parked]) {
          if (!this.isOver(parked.wait)) continue;
          this.parked = this.parked.filter((p) => p !== parked);
          this.step(parked);
          progressed = true;
        }
      }
    } finally {
      this.resuming = false;
    }
  }

  /** True while some command is still waiting (the page holds its prompt). */
  get busy(): boolean {
    return this.parked.length > 0;
  }

  private isOver(wait: Wait): boolean {
    return wait.until() || (wait.wakeAt !== undefined && this.now >= wait.wakeAt);
  }

  private step(parked: Parked): void {
    const before = this.actor;
    this.actor = parked.actor;
    try {
      this.advanceOperation(parked);
    } finally {
      this.actor = before;
    }
  }

  private advanceOperation(parked: Parked): void {
    let wait = parked.wait;
    for (;;) {
      if (!this.isOver(wait)) {
        const deadline = this.autoAdvance ? this.autoDeadline(wait) : null;
        if (deadline === null) {
          this.parked.push({ ...parked, wait });
          return;
        }
        this.advanceTo(deadline);
        continue;
      }
      const next = parked.op.next();
      if (next.done) {
        parked.resolve(next.value);
        return;
      }
      wait = next.value;
    }
  }

  /** How far a headless wait may move the clock: its watched containers' next deadline. */
  private autoDeadline(wait: Wait): number | null {
    const due = wait.watch ? this.nextDeadline(wait.watch) : null;
    const candidates = [due?.event.now, wait.wakeAt].filter((t): t is number => t !== undefined);
    return candidates.length === 0 ? null : Math.max(this.now, Math.min(...candidates));
  }
}
