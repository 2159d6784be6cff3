/**
 * A session with a history: every step a learner takes (a typed line, a click, a fault, a clock
 * step) is recorded with the virtual time it was taken at, and any point of the history can be
 * rebuilt by playing the record again on a fresh simulator with the same seed. The engine is
 * deterministic, so a rebuilt session is the same session: the same `docker ps`, events, inspect
 * and terminal transcript, byte for byte.
 *
 * Besides the steps, the record keeps what the replay needs to be exact: when the shell started a
 * command by itself (a line typed ahead behind a waiting one starts when that one ends), the keys
 * sent to a waiting command, the shell's own changes (Tab listings, clear), and when commands
 * switched between waiting on the clock and finishing at once. The live clock itself is not
 * recorded: the time of each record is where a replay moves it.
 *
 * Pure: the page owns the real clock and calls `advance`; nothing here reads a clock.
 */
import type { CommandReport, LiveSimulator } from '../simulator';
import { createSimulator } from '../simulator';
import { ShellSession } from '../shell/session';
import type { Fault } from '../types';

/** One step a learner takes: what undo and redo move over. */
export type HistoryStep =
  | { kind: 'submit'; text: string }
  | { kind: 'click'; line: string }
  | { kind: 'fault'; container: string; fault: Fault; comment: string }
  | { kind: 'tick'; ms: number };

/** What happens inside a step: replayed in its place, never a step of its own. */
export type HistoryDetail =
  /** The shell started a command by itself (a line typed ahead), at this moment. */
  | { kind: 'sync' }
  | { kind: 'interrupt'; line: string }
  | { kind: 'eof'; line: string }
  | { kind: 'detach' }
  | { kind: 'list'; line: string; stdout: string }
  | { kind: 'clear' }
  /** Commands finish at once (the page's `instant` speed) or wait for the clock. */
  | { kind: 'auto'; on: boolean };

export type HistoryRecord = { at: number } & (HistoryStep | HistoryDetail);

const STEP_KINDS: ReadonlySet<string> = new Set(['submit', 'click', 'fault', 'tick']);
export const isStep = (r: HistoryRecord): r is { at: number } & HistoryStep => STEP_KINDS.has(r.kind);

/** Where a session starts: its seed, the lines run before the first step, and the clock mode. */
export interface SessionBase {
  seed: number;
  script: readonly string[];
  /** Commands finish at once at the start (the page at `instant` speed). */
  auto: boolean;
}

export interface HistoryPosition {
  /** Steps applied (0: the starting picture). */
  at: number;
  /** Steps recorded. */
  of: number;
}

/** The longest a replay drains pending work at one moment before it moves on (a guard, never hit). */
const DRAIN_LIMIT = 100_000;

/** Lets every chain of work the shell has in flight run until it waits on the clock. */
async function drain(shell: ShellSession): Promise<void> {
  for (let i = 0; i < DRAIN_LIMIT && !shell.settled(); i++) await Promise.resolve();
}

interface Live {
  sim: LiveSimulator;
  shell: ShellSession;
  /** The simulator's time at its start (records are relative to it). */
  t0: number;
}

/** A fresh simulator and shell at the base: the script run at once, then the clock mode set. */
async function startFrom(base: SessionBase): Promise<Live> {
  const sim = createSimulator({ seed: base.seed, autoAdvance: true });
  const shell = new ShellSession(sim);
  const t0 = sim.now();
  // As typed, numbered where they stand (blank ones skipped): a line that waits (a foreground
  // run, `docker events`) holds the prompt and the rest queue behind it; the start does not wait.
  await shell.runScript(base.script.flatMap((text, i) => (text.trim() === '' ? [] : [{ n: i + 1, text }])));
  sim.setAutoAdvance(base.auto);
  await drain(shell);
  return { sim, shell, t0 };
}

/** Does one record to a live session (without recording it), then lets it run to its next wait. */
async function apply(live: Live, record: HistoryRecord): Promise<void> {
  const { sim, shell } = live;
  switch (record.kind) {
    case 'submit':
      void shell.submit(record.text);
      break;
    case 'click':
      void shell.click(record.line);
      break;
    case 'fault':
      shell.fault(record.comment, () => void sim.fault(record.container, record.fault, record.comment));
      break;
    case 'tick':
      await sim.advance(record.ms);
      break;
    case 'sync':
      break;
    case 'interrupt':
      shell.interrupt(record.line);
      break;
    case 'eof':
      shell.endOfInput(record.line);
      break;
    case 'detach':
      shell.detach();
      break;
    case 'list':
      shell.list(record.line, record.stdout);
      break;
    case 'clear':
      shell.clear();
      break;
    case 'auto':
      sim.setAutoAdvance(record.on);
      break;
  }
  await drain(shell);
}

/** Moves a live session's clock to `at` (ms since its start), letting the shell catch up. */
async function advanceTo(live: Live, at: number): Promise<void> {
  const ms = at - (live.sim.now() - live.t0);
  if (ms > 0) await live.sim.advance(ms);
  await drain(live.shell);
}

export interface RecordedSessionEvents {
  /** The simulator and shell were replaced (undo, redo, a jump, a reset). */
  onReplace?: (sim: LiveSimulator, shell: ShellSession) => void;
  /** The history changed (a step, a move through it). */
  onChange?: () => void;
}

export class RecordedSession {
  private records: HistoryRecord[] = [];
  /** Index in `records` of each step. */
  private stepIndex: number[] = [];
  private position = 0;
  /** The time the session had reached at the end of its history when it was last left. */
  private tipAt = 0;
  private replaying = false;
  /** Details recorded while standing back in the history (see `detail`). */
  private aside: HistoryRecord[] = [];
  private listeners = new Set<() => void>();
  private lastDrop = { count: 0, seq: 0 };

  private constructor(
    private base: SessionBase,
    private live: Live,
    private readonly events: RecordedSessionEvents,
  ) {
    this.watch();
  }

  /** A new session at its base. */
  static async start(base: SessionBase, events: RecordedSessionEvents = {}): Promise<RecordedSession> {
    return new RecordedSession(base, await startFrom(base), events);
  }

  /** A session rebuilt from a record (a link, a saved session), at step `position`. */
  static async restore(
    base: SessionBase,
    records: readonly HistoryRecord[],
    position: number,
    tipAt: number,
    events: RecordedSessionEvents = {},
  ): Promise<RecordedSession> {
    const session = new RecordedSession(base, await startFrom(base), events);
    session.records = [...records];
    session.stepIndex = records.flatMap((r, i) => (isStep(r) ? [i] : []));
    session.tipAt = tipAt;
    await session.goTo(position);
    return session;
  }

  get sim(): LiveSimulator {
    return this.live.sim;
  }

  get shell(): ShellSession {
    return this.live.shell;
  }

  /** Virtual ms since the session started. */
  elapsed(): number {
    return this.live.sim.now() - this.live.t0;
  }

  where(): HistoryPosition {
    return { at: this.position, of: this.stepIndex.length };
  }

  /** The record so far (for a link or a save), the position in it and the time at its end. */
  record(): { base: SessionBase; records: readonly HistoryRecord[]; position: number; tipAt: number } {
    return {
      base: this.base,
      records: this.records,
      position: this.position,
      tipAt: this.position === this.stepIndex.length ? this.elapsed() : this.tipAt,
    };
  }

  /** The step at a position (1-based, as `where().at` counts), for a label in a timeline. */
  stepAt(position: number): ({ at: number } & HistoryStep) | undefined {
    const index = this.stepIndex[position - 1];
    const r = index === undefined ? undefined : this.records[index];
    return r && isStep(r) ? r : undefined;
  }

  /** The latest time a step dropped the redo branch: how many steps went (seq counts drops). */
  dropped(): { count: number; seq: number } {
    return this.lastDrop;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- steps ----------------------------------------------------------------------------------

  /**
   * Records a step, dropping what could have been redone (as editors do). Returns how many steps
   * were dropped, so the page can say so.
   */
  private step(step: HistoryStep): number {
    const dropped = this.stepIndex.length - this.position;
    if (dropped > 0) {
      // A new step back in the history: the redo branch goes, what happened here since stays.
      this.records = [...this.records.slice(0, this.stepIndex[this.position]), ...this.aside];
      this.stepIndex = this.stepIndex.slice(0, this.position);
    }
    this.aside = [];
    if (dropped > 0) this.lastDrop = { count: dropped, seq: this.lastDrop.seq + 1 };
    this.records.push({ at: this.elapsed(), ...step });
    this.stepIndex.push(this.records.length - 1);
    this.position = this.stepIndex.length;
    this.changed();
    return dropped;
  }

  private detail(detail: HistoryDetail): void {
    if (this.replaying) return;
    const record: HistoryRecord = { at: this.elapsed(), ...detail };
    // A command started in the same moment as the record before it needs no mark to replay it.
    const before = this.aside.at(-1) ?? this.records.at(-1);
    if (detail.kind === 'sync' && before !== undefined && before.at === record.at) return;
    // Standing back in the history, it waits aside: a next step keeps it, a redo drops it.
    if (this.position < this.stepIndex.length) this.aside.push(record);
    else this.records.push(record);
  }

  /** Watches the live shell for commands it starts by itself. */
  private watch(): void {
    this.live.shell.onRunStart = () => this.detail({ kind: 'sync' });
  }

  submit(text: string): { done: Promise<void>; dropped: number } {
    const dropped = this.step({ kind: 'submit', text });
    return { done: this.live.shell.submit(text), dropped };
  }

  click(line: string): { done: Promise<CommandReport>; dropped: number } {
    const dropped = this.step({ kind: 'click', line });
    return { done: this.live.shell.click(line), dropped };
  }

  fault(container: string, fault: Fault, comment: string): number {
    const dropped = this.step({ kind: 'fault', container, fault, comment });
    const { sim } = this.live;
    this.live.shell.fault(comment, () => void sim.fault(container, fault, comment));
    return dropped;
  }

  /** A clock step the learner took (the page's "Step 1 s"). */
  tick(ms: number): number {
    const dropped = this.step({ kind: 'tick', ms });
    void this.live.sim.advance(ms);
    return dropped;
  }

  interrupt(line: string): void {
    this.detail({ kind: 'interrupt', line });
    this.live.shell.interrupt(line);
  }

  endOfInput(line: string): boolean {
    this.detail({ kind: 'eof', line });
    return this.live.shell.endOfInput(line);
  }

  detach(): void {
    this.detail({ kind: 'detach' });
    this.live.shell.detach();
  }

  list(line: string, stdout: string): void {
    this.detail({ kind: 'list', line, stdout });
    this.live.shell.list(line, stdout);
  }

  clear(): void {
    this.detail({ kind: 'clear' });
    this.live.shell.clear();
  }

  /** Commands finish at once (true) or wait for the clock. */
  setAuto(on: boolean): void {
    this.detail({ kind: 'auto', on });
    this.live.sim.setAutoAdvance(on);
  }

  /** The live clock. Not recorded: the next record's time says how far it went. */
  advance(ms: number): void {
    void this.live.sim.advance(ms);
  }

  // ---- moving through the history ------------------------------------------------------------

  canUndo(): boolean {
    return this.position > 0;
  }

  canRedo(): boolean {
    return this.position < this.stepIndex.length;
  }

  undo(): Promise<void> {
    return this.canUndo() ? this.goTo(this.position - 1) : Promise.resolve();
  }

  redo(): Promise<void> {
    return this.canRedo() ? this.goTo(this.position + 1) : Promise.resolve();
  }

  /**
   * Rebuilds the session at `position` steps: the moment just before the next step was taken (or,
   * at the end of the history, the moment it was left at). Replaces the simulator and the shell.
   */
  async goTo(position: number): Promise<void> {
    const target = Math.max(0, Math.min(this.stepIndex.length, Math.floor(position)));
    if (this.position === this.stepIndex.length && target !== this.position) this.tipAt = this.elapsed();
    const cut = this.stepIndex[target] ?? this.records.length;
    const until = target < this.stepIndex.length ? (this.records[cut]?.at ?? this.tipAt) : this.tipAt;
    this.replaying = true;
    try {
      const live = await startFrom(this.base);
      this.live = live;
      this.watch();
      for (const r of this.records.slice(0, cut)) {
        await advanceTo(live, r.at);
        await apply(live, r);
      }
      await advanceTo(live, until);
    } finally {
      this.replaying = false;
    }
    this.position = target;
    this.aside = [];
    this.events.onReplace?.(this.live.sim, this.live.shell);
    this.changed();
  }

  /** Back to the starting picture, with an empty history; from a new base when one is given (a lesson's). */
  async reset(base?: SessionBase): Promise<void> {
    if (base) this.base = { ...base, script: [...base.script] };
    this.replaying = true;
    try {
      this.live = await startFrom(this.base);
      this.watch();
    } finally {
      this.replaying = false;
    }
    this.records = [];
    this.aside = [];
    this.stepIndex = [];
    this.position = 0;
    this.tipAt = 0;
    this.events.onReplace?.(this.live.sim, this.live.shell);
    this.changed();
  }

  private changed(): void {
    this.events.onChange?.();
    for (const l of [...this.listeners]) l();
  }
}
