/**
 * The headless simulator of simulator-contract.md §1: one engine, one virtual clock, and the
 * docker command line on top. Every command line, fault and thing that happens by itself is a
 * step; every Docker event and every move records the step it belongs to and why it happened, so
 * a page reads "what moved, from where, to where, and why" here instead of working it out.
 */
import type { Actor as XActor } from 'xstate';
import { parseCommandLine } from './cli/index';
import { operationFor } from './commands/dispatch';
import type { OpStdin } from './interrupts';
import { Output, type TargetOutcome } from './commands/output';
import { Driver, statusOf } from './engine/driver';
import { toDockerEvent, toInspect, toMove } from './engine/inspect';
import { logsOf } from './engine/logs';
import type { engineMachine, StepRecord } from './engine/machine';
import { NO_INTERRUPTS, type OpInterrupts, type TerminalKey } from './interrupts';
import type { EventTrace } from './trace';
import type { RunEntry } from './export/script';
import type { Verb } from './vocabulary';
import { previewCommand, type PreviewAction, type Verdict } from './view/preview';
import { containersOf, type SimulatorView } from './view/snapshot';
import type {
  ContainerInspect,
  DockerEvent,
  ExecOptions,
  ExecResult,
  Fault,
  Move,
  Simulator,
  SimulatorOptions,
} from './types';

/** Commands that only read what the engine has: `query` opens no step for them. */
const READ_ONLY: ReadonlySet<Verb> = new Set<Verb>(['ps', 'inspect', 'images']);

/** 2026-01-01T00:00:00Z, the contract's default start of the virtual clock. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1);

/** A Docker event with what the model knows about it: its place in the log, why, and its step. */
export interface TracedEvent {
  index: number;
  event: DockerEvent;
  trace: EventTrace;
}

/** A step: a command line, a fault, or something that happened by itself. */
export interface Step {
  id: number;
  kind: StepRecord['kind'];
  /** The command line, the fault's description, or the name of the container whose process ended. */
  label: string;
  /** Virtual time it began at, in nanoseconds as DockerEvent.timeNano. */
  timeNano: number;
}

/** What one command did: what the CLI printed, its step, and the containers it named. */
export interface CommandReport {
  result: ExecResult;
  step: number;
  targets: readonly TargetOutcome[];
  /** The Docker events and the moves the command caused, as far as they had come when it returned. */
  readonly events: readonly TracedEvent[];
  readonly moves: readonly Move[];
}

export type { TargetOutcome };

/** The simulator the page uses: the headless API plus what a live view needs. */
export interface LiveSimulator extends Simulator {
  /** The engine actor: its snapshot changes whenever anything in the simulation does (for `useSelector`). */
  readonly actor: XActor<typeof engineMachine>;
  /** Virtual time now, ms since the epoch. */
  now(): number;
  /** Everything the page draws, recomputed only when something changed. */
  view(): SimulatorView;
  /** Called after every change (commands, the clock, faults); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Would Docker accept this now, and if not, the exact error it would print. Changes nothing. */
  preview(container: string, action: PreviewAction): Verdict;
  /**
   * Runs a command that answers at once (`docker ps -a`, `docker inspect …`) and returns what the
   * CLI printed; null when the command would have to wait (it then goes on in the background).
   * It is not a step: nothing it does is recorded.
   */
  query(commandLine: string): ExecResult | null;
  /** `exec`, with the step it opened and the containers it touched. */
  run(commandLine: string, options?: ExecOptions): Promise<CommandReport>;
  /** `inject`, as a step of its own described by `label`; returns the step. */
  fault(container: string, fault: Fault, label: string): number;
  /** True while the command of `step` still waits (a grace period, a foreground run). */
  isWaiting(step: number): boolean;
  /**
   * With auto-advance on, commands that take time finish at once, as headless; off, they wait for
   * `advance` (the page's clock).
   */
  setAutoAdvance(on: boolean): void;
  /** The events from index `from` on (as `events().slice(from)`, without reshaping the rest). */
  eventsSince(from: number): DockerEvent[];
  /** The events from index `from` on, with their traces. */
  tracedEventsSince(from: number): TracedEvent[];
  /** The moves from index `from` on. */
  movesSince(from: number): Move[];
  /** How many events and moves there are so far (where the next ones will start). */
  counts(): { events: number; moves: number; steps: number };
  /** One step, or undefined for an id that was never given. */
  step(id: number): Step | undefined;
  /** The events and moves of one step so far (a stop's grace period adds to it later). */
  stepTrace(id: number): { events: TracedEvent[]; moves: Move[] };
  /**
   * The run so far as export/script.ts takes it: each command line given (typed or clicked) at its
   * virtual time (ms since the start) with how long it took, and each injected fault.
   */
  runLog(): readonly RunEntry[];
  /**
   * What the container's main process wrote so far, across its restarts, oldest first (what
   * `docker logs` shows); undefined when there is no such container. Nothing is recorded: it is
   * read from the container's runs.
   */
  logs(container: string): ContainerLogLine[] | undefined;
}

/** One line of a container's output. */
export interface ContainerLogLine {
  /** Virtual time it was written, in nanoseconds as DockerEvent.timeNano. */
  timeNano: number;
  stream: 'stdout' | 'stderr';
  /** The text as written, with its newline. */
  text: string;
}

/** The CLI's standard input for one command: a fixed text read line by line, or a terminal. */
function stdinOf(given: ExecOptions['stdin'], wake: () => void): OpStdin {
  let rest = typeof given === 'string' ? given : undefined;
  return {
    request() {
      if (typeof given === 'function') {
        let answer: string | null | undefined;
        void given().then((line) => {
          answer = line;
          wake();
        });
        return { ready: () => answer !== undefined, line: () => answer ?? null };
      }
      if (rest === undefined || rest === '') return { ready: () => true, line: () => null };
      const nl = rest.indexOf('\n');
      const line = nl < 0 ? rest : rest.slice(0, nl);
      rest = nl < 0 ? '' : rest.slice(nl + 1);
      return { ready: () => true, line: () => line };
    },
  };
}

export function createSimulator(options: SimulatorOptions = {}): LiveSimulator {
  const start =
    options.startTime === undefined
      ? DEFAULT_START_TIME
      : typeof options.startTime === 'number'
        ? options.startTime
        : options.startTime.getTime();
  const driver = new Driver({ startTime: start, seed: options.seed ?? 0, autoAdvance: options.autoAdvance ?? true });
  const engine = () => driver.engine.getSnapshot().context;

  let cachedView: { version: number; view: SimulatorView } | null = null;
  const runLog: RunEntry[] = [];
  let cachedContainers: { structure: number; containers: SimulatorView['containers'] } | null = null;

  function resolve(container: string) {
    const found = driver.find(container);
    return found.ok && statusOf(found.entry) !== 'removed' ? found.entry : undefined;
  }

  function stepTrace(id: number): { events: TracedEvent[]; moves: Move[] } {
    const c = engine();
    const s = driver.steps[id];
    if (!s) return { events: [], moves: [] };
    const events: TracedEvent[] = [];
    for (let i = s.firstEvent; i < c.log.length; i++) {
      const e = c.log[i];
      if (e && e.trace.step === id) events.push({ index: i, event: toDockerEvent(e), trace: e.trace });
    }
    const moves = c.moves
      .slice(s.firstMove)
      .filter((m) => m.step === id)
      .map(toMove);
    return { events, moves };
  }

  function run(commandLine: string, execOptions: ExecOptions = {}): Promise<CommandReport> {
    const step = driver.beginStep('command', commandLine);
    execOptions.onStep?.(step);
    const parsed = parseCommandLine(commandLine);
    // The events and moves are read when asked for (a headless exec never pays for them).
    const report = (result: ExecResult, targets: readonly TargetOutcome[] = []): CommandReport => {
      let trace: ReturnType<typeof stepTrace> | null = null;
      return {
        result,
        step,
        targets,
        get events() {
          return (trace ??= stepTrace(step)).events;
        },
        get moves() {
          return (trace ??= stepTrace(step)).moves;
        },
      };
    };
    if (parsed.kind === 'empty') return Promise.resolve(report({ stdout: '', stderr: '', exitCode: 0 }));
    const entry: RunEntry & { kind: 'command' } = { kind: 'command', line: commandLine.trim(), at: driver.now - start };
    runLog.push(entry);
    if (parsed.kind === 'output') {
      execOptions.onOutput?.(parsed.stdout, 'stdout');
      execOptions.onOutput?.(parsed.stderr, 'stderr');
      return Promise.resolve(report({ stdout: parsed.stdout, stderr: parsed.stderr, exitCode: parsed.exitCode }));
    }
    const acting = { step, cause: parsed.command.verb };
    const out = new Output(execOptions.onOutput);
    if (parsed.command.notices) out.write(parsed.command.notices);
    // Each key first reaches the operation's own handlers (acting for its command), then lets
    // waiting operations look again.
    let presses = 0;
    const handlers = new Set<(key: TerminalKey) => void>();
    const unsubscribe = execOptions.interrupts?.subscribe((key) => {
      if (key === 'ctrl-c') presses += 1;
      driver.actAs(acting, () => {
        for (const h of [...handlers]) h(key);
      });
      driver.resumeParked();
    });
    const interrupts: OpInterrupts = {
      count: () => presses,
      on: (h) => {
        handlers.add(h);
        return () => handlers.delete(h);
      },
      attached: (a) => execOptions.onAttach?.(a),
    };
    const stdin = stdinOf(execOptions.stdin, () => driver.resumeParked());
    const done = driver.run(operationFor({ driver, out, interrupts, stdin }, parsed.command), acting);
    return done.then((result) => {
      entry.took = driver.now - start - entry.at;
      unsubscribe?.();
      return report(result, out.targets);
    });
  }

  function fault(container: string, injected: Fault, label: string): number {
    const step = driver.beginStep('fault', label);
    runLog.push({ kind: 'fault', text: label, at: driver.now - start });
    const entry = resolve(container);
    if (!entry) return step;
    const cause = injected.type === 'oom' ? 'oom' : injected.type === 'exit' ? 'exit' : 'fault';
    driver.actAs({ step, cause }, () => {
      switch (injected.type) {
        case 'exit':
          driver.deliver(entry.id, { type: 'process.exit', code: injected.code });
          break;
        case 'oom':
          driver.deliver(entry.id, { type: 'process.oom' });
          break;
        case 'rm-fails':
          driver.deliver(entry.id, { type: 'fault.teardown', mode: 'fails' });
          break;
        case 'rm-slow':
          driver.deliver(entry.id, { type: 'fault.teardown', mode: 'slow', ms: injected.ms });
          break;
        case 'health-fails':
        case 'health-recovers':
          driver.deliver(entry.id, { type: 'fault.health', failing: injected.type === 'health-fails' });
          break;
      }
    });
    driver.resumeParked();
    return step;
  }

  return {
    actor: driver.engine,
    now: () => driver.now,

    view(): SimulatorView {
      if (cachedView?.version !== driver.version) {
        if (cachedContainers?.structure !== driver.structure) {
          cachedContainers = {
            structure: driver.structure,
            containers: containersOf(driver, (id) => driver.orderOf(id)),
          };
        }
        const c = engine();
        cachedView = {
          version: driver.version,
          view: {
            now: driver.now,
            containers: cachedContainers.containers,
            eventCount: c.log.length,
            moveCount: c.moves.length,
            busy: driver.busy,
          },
        };
      }
      return cachedView.view;
    },

    subscribe(listener: () => void): () => void {
      return driver.onChange(listener);
    },

    preview(container: string, action: PreviewAction): Verdict {
      return previewCommand(driver, container, action);
    },

    query(commandLine: string): ExecResult | null {
      const parsed = parseCommandLine(commandLine);
      if (parsed.kind === 'empty') return { stdout: '', stderr: '', exitCode: 0 };
      if (parsed.kind === 'output') return { stdout: parsed.stdout, stderr: parsed.stderr, exitCode: parsed.exitCode };
      // A command that only reads (ps, inspect) is no step; anything else (a `$(docker run …)`) is one.
      const verb = parsed.command.verb;
      const acting = {
        step: READ_ONLY.has(verb) ? -1 : driver.beginStep('command', commandLine),
        cause: verb,
      };
      const out = new Output();
      return driver.runNow(operationFor({ driver, out, interrupts: NO_INTERRUPTS }, parsed.command), acting);
    },

    run,

    runLog: () => runLog,

    exec(commandLine: string, execOptions: ExecOptions = {}): Promise<ExecResult> {
      return run(commandLine, execOptions).then((r) => r.result);
    },

    advance(ms: number): Promise<void> {
      driver.advance(ms);
      return Promise.resolve();
    },

    fault,

    inject(container: string, injected: Fault): Promise<void> {
      fault(container, injected, `${injected.type} ${container}`);
      return Promise.resolve();
    },

    isWaiting: (step) => driver.isWaiting(step),

    events(): DockerEvent[] {
      return engine().log.map(toDockerEvent);
    },

    moves(): Move[] {
      return engine().moves.map(toMove);
    },

    setAutoAdvance(on: boolean): void {
      driver.autoAdvance = on;
      if (on) {
        // Whatever is waiting now finishes as a headless command would.
        driver.resumeParked();
      }
    },

    eventsSince(from: number): DockerEvent[] {
      return engine().log.slice(Math.max(0, from)).map(toDockerEvent);
    },

    tracedEventsSince(from: number): TracedEvent[] {
      const start = Math.max(0, from);
      return engine()
        .log.slice(start)
        .map((e, i) => ({ index: start + i, event: toDockerEvent(e), trace: e.trace }));
    },

    movesSince(from: number): Move[] {
      return engine().moves.slice(Math.max(0, from)).map(toMove);
    },

    counts() {
      const c = engine();
      return { events: c.log.length, moves: c.moves.length, steps: driver.steps.length };
    },

    step(id: number): Step | undefined {
      const s = driver.steps[id];
      return s ? { id, kind: s.kind, label: s.label, timeNano: Math.round(s.at * 1e6) } : undefined;
    },

    stepTrace,

    logs(container: string): ContainerLogLine[] | undefined {
      const entry = resolve(container);
      if (!entry) return undefined;
      return logsOf(entry.ref.getSnapshot().context, driver.now).map((l) => ({
        timeNano: Math.round(l.at * 1e6),
        stream: l.stream,
        text: l.text,
      }));
    },

    inspect(container: string): ContainerInspect | undefined {
      const entry = resolve(container);
      if (!entry) return undefined;
      const status = statusOf(entry);
      return status === 'removed' ? undefined : toInspect(entry.ref.getSnapshot().context, status);
    },
  };
}
