/**
 * The shell session behind the page's terminal, without a page: it reads lines as bash would
 * (lists, `$?`, `$(…)`, a line continued at `>`), answers its few builtins, runs docker commands
 * through the simulator, holds the prompt while one waits and queues what is typed meanwhile,
 * passes the keys (Ctrl+C, Ctrl+D, the detach sequence) to the command in the foreground, and
 * keeps the transcript that clicked commands and faults are echoed into as well.
 *
 * The page only edits the line and draws `snapshot()`. What the session says in its own words
 * (not docker's) is a `hint` chunk with an id; the page words it in the learner's language.
 */
import { createInterruptSource, type Attachment } from '../interrupts';
import type { CommandReport, LiveSimulator } from '../simulator';
import type { ExecResult } from '../types';
import type { Operator } from './lexer';
import { continues, expandWords, joinWords, parseLine, plainWords, type ListItem } from './line';

/** What the session says itself, by id (the page words it). */
export type Hint =
  | { id: 'operator'; operator: Operator }
  | { id: 'substitution'; command: string }
  /** Attached to a container's TTY (`-it`): which keys do what. */
  | { id: 'raw' }
  /** A Ctrl+C the container ignored: `left` more and docker gives up. */
  | { id: 'sigint'; left: 1 | 2 }
  /** A Ctrl+C that `--sig-proxy=false` did not forward. */
  | { id: 'no-proxy'; left: 1 | 2 }
  | { id: 'help' };

/** One piece of what the terminal shows under a command, in the order it came. */
export type OutputChunk =
  /** What the docker CLI printed, or what the learner pressed while it ran (`^C`). */
  { stream: 'stdout' | 'stderr' | 'input'; text: string } | { stream: 'hint'; hint: Hint };

export interface TranscriptEntry {
  seq: number;
  /** The command line as typed, or a `#` comment for a fault. */
  line: string;
  /** `typed` in the terminal, `click`ed, from a `script`, a `fault`, or a `shell` builtin. */
  source: 'click' | 'script' | 'fault' | 'typed' | 'shell';
  output: readonly OutputChunk[];
  /** Null while the command runs. */
  result: ExecResult | null;
  /** The simulator's step, for a docker command. */
  step?: number;
  /** For what a script ran (`runScript`): the number of its line in the script, from 1. */
  scriptLine?: number;
}

/** A line of a script (a link's or an embed's) and its number in the script, from 1. */
export interface ScriptLine {
  n: number;
  text: string;
}

/** Where a line that runs as typed comes from: the prompt, or a line of a script. */
type Origin = { scriptLine?: number };

/** A line waiting for the command that holds the prompt. */
interface Queued {
  text: string;
  origin: Origin;
}

export interface ShellSnapshot {
  entries: readonly TranscriptEntry[];
  /** Entries before this seq were cleared away (`clear`, Ctrl+L). */
  clearedBefore: number;
  /** A command holds the prompt. */
  holding: boolean;
  /** Lines typed while a command holds the prompt, waiting for it. */
  queue: readonly string[];
  /** The line being continued at a `>` prompt (an open quote, a trailing backslash), or null. */
  continued: string | null;
}

interface Foreground {
  seq: number;
  step: number;
  keys: ReturnType<typeof createInterruptSource>;
  presses: number;
  attachment: Attachment | null;
  /** The command asked for a line of its standard input (a prompt): the next line typed goes to it. */
  reader: ((line: string | null) => void) | null;
}

/** Streamed output joins into chunks of about this many characters. */
const CHUNK_CHARS = 1024;

const BUILTINS = new Set(['clear', 'history', 'help', 'echo']);

/** `history`'s listing: bash's numbering, right-aligned in five columns, two spaces, the line. */
export function historyListing(lines: readonly string[]): string {
  return lines.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join('');
}

function chunksOf(result: ExecResult): OutputChunk[] {
  const out: OutputChunk[] = [];
  if (result.stdout) out.push({ stream: 'stdout', text: result.stdout });
  if (result.stderr) out.push({ stream: 'stderr', text: result.stderr });
  return out;
}

export class ShellSession {
  private state: ShellSnapshot = { entries: [], clearedBefore: 0, holding: false, queue: [], continued: null };
  private readonly listeners = new Set<() => void>();
  private readonly reportListeners = new Set<(report: CommandReport) => void>();
  private nextSeq = 0;
  private foreground: Foreground | null = null;
  /** What `snapshot().queue` shows, with where each line came from. */
  private pending: Queued[] = [];
  /** Called once when a command next holds the prompt with nothing but a key or the clock to end it. */
  private holdListeners: Array<() => void> = [];
  private readonly lines: string[] = [];
  /** `$?`, and the seq of the entry that set it (a newer finished entry sets it again). */
  private status = { seq: -1, code: 0 };

  /** Async work in flight: entry points not finished, and the steps of commands not finished. */
  private chains = 0;
  private readonly running = new Set<number>();
  /** Called whenever a docker command starts (a history records when, to replay it exactly). */
  onRunStart: (() => void) | null = null;

  constructor(private readonly sim: LiveSimulator) {}

  /**
   * Nothing more happens without the clock: every chain of work in flight waits on a command that
   * waits for simulated time (or there is none). A replay drains microtasks until this holds.
   */
  settled(): boolean {
    let waiting = 0;
    for (const step of this.running) if (this.sim.isWaiting(step)) waiting++;
    return this.chains === waiting;
  }

  /** Counts `work` as a chain in flight until it ends. */
  private async tracked<T>(work: () => Promise<T>): Promise<T> {
    this.chains++;
    try {
      return await work();
    } finally {
      this.chains--;
    }
  }

  /** The transcript and the prompt, as one immutable object that changes identity on change. */
  snapshot(): ShellSnapshot {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` with the report of every docker command when it finishes (clicked or typed). */
  onReport(listener: (report: CommandReport) => void): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  /** Lines entered at the prompt, oldest first. */
  history(): readonly string[] {
    return this.lines;
  }

  /** True while a command holds the prompt. */
  isHolding(): boolean {
    return this.foreground !== null;
  }

  /** `$?` now. */
  lastStatus(): number {
    return this.status.code;
  }

  /** Types a line at the prompt: runs it now, or after the command that holds the prompt. */
  async submit(text: string): Promise<void> {
    const reader = this.foreground?.reader;
    if (this.foreground && reader) {
      // The command in the foreground asked (a prompt): the line is its answer.
      this.foreground.reader = null;
      this.annotate(this.foreground.seq, { stream: 'input', text: `${text}\n` });
      reader(text);
      return;
    }
    if (this.foreground) {
      this.enqueue([{ text, origin: {} }]);
      return;
    }
    await this.tracked(async () => {
      await this.execute(text, {});
      await this.drain();
    });
  }

  /** A command clicked on the page: echoed as the command it stands for and run as it is. */
  click(line: string): Promise<CommandReport> {
    return this.tracked(() => this.runDocker(line, line, 'click'));
  }

  /** Script lines (a link's or an embed's): run one after another as the page opens. */
  async script(lines: readonly string[]): Promise<void> {
    await this.tracked(async () => {
      for (const line of lines) await this.runDocker(line, line, 'script');
    });
  }

  /**
   * A script's lines, run as if typed one after another: a line that waits (a foreground run,
   * `-it`, `docker events`) holds the prompt as it would in a terminal, the rest queue behind it,
   * and Ctrl+C reaches it. Each entry a line makes records its number (`scriptLine`), so a page
   * can name the line that failed; a failing line does not stop the rest.
   *
   * Resolves when every line has run, or as soon as one holds the prompt with nothing but a key,
   * another command or the clock to end it (the page is then live, and the rest run after it).
   */
  async runScript(lines: readonly ScriptLine[]): Promise<void> {
    this.enqueue(lines.map((l) => ({ text: l.text, origin: { scriptLine: l.n } })));
    if (this.foreground) return;
    const held = new Promise<void>((resolve) => this.holdListeners.push(resolve));
    await Promise.race([this.tracked(() => this.drain()), held]);
  }

  /** A fault, echoed as a `#` comment, then applied. */
  fault(comment: string, apply: () => void): void {
    this.record(`# ${comment}`, 'fault');
    apply();
  }

  /** Ctrl+C: to the command that holds the prompt; at the prompt, it drops the line being edited. */
  interrupt(line: string): void {
    const fg = this.foreground;
    if (!fg) {
      const dropped = this.state.continued === null ? line : `${this.state.continued}\n${line}`;
      this.set({ continued: null });
      this.answer(`${dropped}^C`, { stdout: '', stderr: '', exitCode: 130 });
      return;
    }
    // Ctrl+C also drops what was typed ahead (a script's own lines still run after it).
    this.pending = this.pending.filter((q) => q.origin.scriptLine !== undefined);
    this.set({ queue: this.pending.map((q) => q.text) });
    fg.presses += 1;
    this.annotate(fg.seq, { stream: 'input', text: '^C\n' });
    fg.keys.interrupt();
    // In raw mode (-it) the CLI never sees Ctrl+C and never gives up: the hint at attach says so.
    if (fg.attachment?.mode === 'raw' || fg.presses >= 3 || !this.sim.isWaiting(fg.step)) return;
    // Still waiting: the container ignored SIGINT, or it was not passed on. Say why, and how out.
    const left = (3 - fg.presses) as 1 | 2;
    this.annotate(fg.seq, {
      stream: 'hint',
      hint: { id: fg.attachment?.mode === 'no-proxy' ? 'no-proxy' : 'sigint', left },
    });
  }

  /** Ctrl+D: the end of input for the command in the foreground, or for a line being continued. */
  endOfInput(line: string): boolean {
    if (this.foreground) {
      const reader = this.foreground.reader;
      this.foreground.reader = null;
      reader?.(null);
      this.foreground.keys.endOfInput();
      return true;
    }
    const open = this.state.continued;
    if (open === null || line !== '') return false;
    // Inside an open quote, bash gives up on the line with its EOF error.
    this.set({ continued: null });
    this.remember(open);
    const parsed = parseLine(open);
    const error = parsed.kind === 'incomplete' ? parsed.error : 'bash: syntax error: unexpected end of file';
    this.answer(open, { stdout: '', stderr: `${error}\n`, exitCode: 2 });
    return true;
  }

  /** Ctrl+P Ctrl+Q: docker's detach sequence, for the command in the foreground. */
  detach(): void {
    this.foreground?.keys.detach();
  }

  /** A line answered with a listing (Tab's candidates), leaving `$?` as it was. */
  list(line: string, stdout: string): void {
    this.record(line, 'shell', { stdout, stderr: '', exitCode: 0 });
  }

  /** `clear` and Ctrl+L. */
  clear(): void {
    this.set({ clearedBefore: this.nextSeq });
  }

  // -------------------------------------------------------------------------------------------

  private enqueue(lines: readonly Queued[]): void {
    this.pending = [...this.pending, ...lines];
    this.set({ queue: this.pending.map((q) => q.text) });
  }

  /** Runs queued lines in order until none is left or one holds the prompt (then the rest wait for it). */
  private async drain(): Promise<void> {
    while (this.pending.length > 0 && !this.foreground) {
      const [next, ...rest] = this.pending;
      this.pending = rest;
      this.set({ queue: rest.map((q) => q.text) });
      if (next) await this.execute(next.text, next.origin);
    }
  }

  private async execute(text: string, origin: Origin): Promise<void> {
    const full = this.state.continued === null ? text : `${this.state.continued}\n${text}`;
    if (continues(full)) {
      this.set({ continued: full });
      return;
    }
    this.set({ continued: null });
    // A script's lines are not the learner's: ↑ does not bring them back.
    if (origin.scriptLine === undefined) this.remember(full);
    const parsed = parseLine(full);
    if (parsed.kind !== 'list') {
      const seq = this.answer(full, { stdout: '', stderr: '', exitCode: 2 }, origin);
      if (parsed.kind === 'unsupported')
        this.annotate(seq, { stream: 'hint', hint: { id: 'operator', operator: parsed.operator } });
      return;
    }
    for (const item of parsed.items) {
      if (item.op === '&&' && this.status.code !== 0) continue;
      if (item.op === '||' && this.status.code === 0) continue;
      await this.executeItem(item, origin);
    }
  }

  private async executeItem(item: ListItem, origin: Origin): Promise<void> {
    const expanded = expandWords(item.words, {
      status: this.status.code,
      substitute: (source) => this.sim.query(source)?.stdout ?? null,
    });
    if (!expanded.ok) {
      const seq = this.answer(item.text, { stdout: '', stderr: '', exitCode: 1 }, origin);
      this.annotate(seq, { stream: 'hint', hint: { id: 'substitution', command: expanded.command } });
      return;
    }
    const [first, ...args] = expanded.words;
    if (first === undefined && plainWords(item.words).length === 0) {
      // An empty line leaves $? as it was.
      this.record(item.text, 'shell', { stdout: '', stderr: '', exitCode: 0 }, origin);
      return;
    }
    if (first !== undefined && BUILTINS.has(first)) {
      this.builtin(first, args, item.text, origin);
      return;
    }
    await this.runDocker(
      joinWords(expanded.words),
      item.text,
      origin.scriptLine === undefined ? 'typed' : 'script',
      origin,
    );
  }

  private builtin(name: string, args: string[], shown: string, origin: Origin): void {
    switch (name) {
      case 'clear':
        this.clear();
        return;
      case 'history':
        this.answer(shown, { stdout: historyListing(this.lines), stderr: '', exitCode: 0 }, origin);
        return;
      case 'help': {
        const seq = this.answer(shown, { stdout: '', stderr: '', exitCode: 0 }, origin);
        this.annotate(seq, { stream: 'hint', hint: { id: 'help' } });
        return;
      }
      default:
        this.answer(shown, { stdout: `${args.join(' ')}\n`, stderr: '', exitCode: 0 }, origin);
    }
  }

  /**
   * Runs a docker command line, holding the prompt while it waits if it was typed (or is a line
   * of `runScript`, which runs as typed).
   */
  private async runDocker(
    line: string,
    shown: string,
    source: TranscriptEntry['source'],
    origin?: Origin,
  ): Promise<CommandReport> {
    const seq = this.record(shown, source, null, origin);
    const typed = source === 'typed' || origin?.scriptLine !== undefined;
    const keys = createInterruptSource();
    let fg: Foreground | null = null;
    const streamed = { stdout: '', stderr: '' };
    let ownStep = -1;
    this.onRunStart?.();
    const report = this.sim.run(line, {
      ...(typed
        ? {
            interrupts: keys,
            // A prompt (docker container prune) reads the next line typed at the terminal.
            stdin: () =>
              new Promise<string | null>((resolve) => {
                if (fg) fg.reader = resolve;
                else resolve(null);
              }),
          }
        : {}),
      onStep: (step) => {
        ownStep = step;
        this.running.add(step);
        this.patch(seq, { step });
        if (typed) {
          fg = { seq, step, keys, presses: 0, attachment: null, reader: null };
          this.foreground = fg;
          this.set({ holding: true });
        }
      },
      onAttach: (a) => {
        if (fg) fg.attachment = a;
        // Attached to the container's own terminal: say at once which keys do what.
        if (a.mode === 'raw') this.annotate(seq, { stream: 'hint', hint: { id: 'raw' } });
      },
      onOutput: (text, stream) => {
        streamed[stream] += text;
        this.annotate(seq, { stream, text });
      },
    });
    // Parked with nothing to end it but a key, another command or the clock: a script waits here.
    const holder = this.foreground;
    if (holder?.seq === seq && this.sim.isWaiting(holder.step)) {
      const listeners = this.holdListeners;
      this.holdListeners = [];
      for (const l of listeners) l();
    }
    try {
      const r = await report;
      // Whatever the command printed without streaming it still shows.
      for (const stream of ['stdout', 'stderr'] as const) {
        const all = r.result[stream];
        if (all.length > streamed[stream].length && all.startsWith(streamed[stream]))
          this.annotate(seq, { stream, text: all.slice(streamed[stream].length) });
      }
      this.patch(seq, { result: r.result });
      this.setStatus(seq, r.result.exitCode);
      for (const l of [...this.reportListeners]) l(r);
      return r;
    } finally {
      this.running.delete(ownStep);
      if (fg && this.foreground === fg) {
        this.foreground = null;
        this.set({ holding: false });
      }
    }
  }

  private remember(text: string): void {
    if (text.trim() === '' || this.lines.at(-1) === text) return;
    this.lines.push(text);
  }

  private setStatus(seq: number, code: number): void {
    if (seq >= this.status.seq) this.status = { seq, code };
  }

  /** Records a line the session answered itself, which sets `$?`. */
  private answer(line: string, result: ExecResult, origin?: Origin): number {
    const seq = this.record(line, 'shell', result, origin);
    this.setStatus(seq, result.exitCode);
    return seq;
  }

  private record(
    line: string,
    source: TranscriptEntry['source'],
    result: ExecResult | null = null,
    origin?: Origin,
  ): number {
    const seq = this.nextSeq++;
    const entry: TranscriptEntry = { seq, line, source, output: result ? chunksOf(result) : [], result };
    if (origin?.scriptLine !== undefined) entry.scriptLine = origin.scriptLine;
    this.set({ entries: [...this.state.entries, entry] });
    return seq;
  }

  private patch(seq: number, change: Partial<TranscriptEntry>): void {
    this.update(seq, (e) => ({ ...e, ...change }));
  }

  /**
   * Adds a piece of output to an entry. Pieces of one stream join up, but only into small chunks:
   * a long `docker events` stays a list of chunks, so the terminal redraws only the newest ones.
   */
  private annotate(seq: number, chunk: OutputChunk): void {
    if (chunk.stream !== 'hint' && !chunk.text) return;
    this.update(seq, (e) => {
      const last = e.output.at(-1);
      if (chunk.stream !== 'hint' && last && last.stream === chunk.stream && last.text.length < CHUNK_CHARS)
        return { ...e, output: [...e.output.slice(0, -1), { stream: chunk.stream, text: last.text + chunk.text }] };
      return { ...e, output: [...e.output, chunk] };
    });
  }

  /** Replaces one entry (searched from the newest: output goes to recent entries). */
  private update(seq: number, change: (e: TranscriptEntry) => TranscriptEntry): void {
    const entries = this.state.entries;
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (e?.seq !== seq) continue;
      const next = [...entries];
      next[i] = change(e);
      this.set({ entries: next });
      return;
    }
  }

  private set(change: Partial<ShellSnapshot>): void {
    this.state = { ...this.state, ...change };
    for (const l of [...this.listeners]) l();
  }
}
