/**
 * The headless simulator of simulator-contract.md §1: one engine, one virtual clock, and the
 * docker command line on top.
 */
import { parseCommandLine, type ParsedCommand } from './cli/index';
import { attachAndWait, create, run, type CreateFlags } from './commands/create';
import { kill, pause, restart, rm, start, stop, unpause } from './commands/lifecycle';
import { Output, daemonError } from './commands/output';
import { events, inspect, ps } from './commands/query';
import { Driver, statusOf, type Operation } from './engine/driver';
import { NO_INTERRUPTS, type OpInterrupts, type TerminalKey } from './interrupts';
import { toDockerEvent, toInspect } from './engine/inspect';
import type { CreateFlags as CliCreateFlags } from './cli/typedflags';
import { previewCommand, type PreviewAction, type Verdict } from './view/preview';
import { viewOf, type SimulatorView } from './view/snapshot';
import type {
  ContainerInspect,
  DockerEvent,
  ExecOptions,
  ExecResult,
  Fault,
  Simulator,
  SimulatorOptions,
} from './types';

/** 2026-01-01T00:00:00Z, the contract's default start of the virtual clock. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1);

function createFlags(f: CliCreateFlags): CreateFlags {
  return {
    ...(f.name !== undefined ? { name: f.name } : {}),
    restart: f.restart,
    labels: f.label,
    rm: f.rm,
    ...(f.stopSignal !== undefined ? { stopSignal: f.stopSignal } : {}),
    ...(f.stopTimeout !== undefined ? { stopTimeout: f.stopTimeout } : {}),
    init: f.init,
    interactive: f.interactive,
    tty: f.tty,
  };
}

/** `docker start -a`: attach to one container, start it, and wait for it to exit. */
function* startAttached(
  driver: Driver,
  out: Output,
  args: readonly string[],
  interrupts: OpInterrupts,
  interactive: boolean,
): Operation {
  if (args.length > 1) {
    out.err('you cannot start and attach multiple containers at once');
    return out.result(1);
  }
  const arg = args[0] ?? '';
  const found = driver.find(arg);
  if (!found.ok) {
    out.err(daemonError(found.error, { arg }));
    return out.result(1);
  }
  const { id, name } = found.entry;
  if (statusOf(found.entry) === 'paused') {
    out.err(`Error response from daemon: container ${id} is paused, unpause the container before attach`);
    return out.result(1);
  }
  driver.engine.send({ type: 'container.event', id, now: driver.now, action: 'attach', attributes: {} });
  const mark = driver.engine.getSnapshot().context.log.length;
  const process = driver.context(id)?.process;
  driver.deliver(id, { type: 'cli.start' });
  const reply = driver.context(id)?.reply;
  if (reply?.kind === 'error') {
    out.err(daemonError(reply.error, { arg, id, name }, reply.detail ?? ''));
    return out.result(1);
  }
  if (process?.startError) {
    out.err(`Error response from daemon: ${process.startError.message}`);
    return out.result(1);
  }
  out.write(process?.output ?? '');
  // docker/cli start.go forwards signals only without a TTY; -i attaches stdin (raw with a TTY).
  const config = driver.context(id)?.config;
  const tty = config?.tty ?? false;
  const stdin = interactive && (config?.openStdin ?? false);
  return yield* attachAndWait(driver, out, { arg, id, name }, config?.autoRemove ?? false, mark, interrupts, {
    mode: tty ? (stdin ? 'raw' : 'no-proxy') : 'proxy',
    stdin,
  });
}

function operation(driver: Driver, out: Output, cmd: ParsedCommand, interrupts: OpInterrupts): Operation {
  switch (cmd.verb) {
    case 'create':
      return create(driver, out, cmd.args[0] ?? '', cmd.args.slice(1), createFlags(cmd.flags));
    case 'run':
      return run(
        driver,
        out,
        cmd.args[0] ?? '',
        cmd.args.slice(1),
        { ...createFlags(cmd.flags), detach: cmd.flags.detach, sigProxy: cmd.flags.sigProxy },
        interrupts,
      );
    case 'start':
      return cmd.flags.attach || cmd.flags.interactive
        ? startAttached(driver, out, cmd.args, interrupts, cmd.flags.interactive)
        : start(driver, out, cmd.args);
    case 'stop':
      return stop(driver, out, cmd.args, cmd.flags, interrupts);
    case 'restart':
      return restart(driver, out, cmd.args, cmd.flags, interrupts);
    case 'kill':
      return kill(driver, out, cmd.args, cmd.flags);
    case 'pause':
      return pause(driver, out, cmd.args);
    case 'unpause':
      return unpause(driver, out, cmd.args);
    case 'rm':
      return rm(driver, out, cmd.args, cmd.flags, interrupts);
    case 'ps':
      return ps(driver, out, cmd.flags);
    case 'inspect':
      return inspect(
        driver,
        out,
        cmd.args,
        cmd.flags,
        cmd.path === 'docker container inspect' ? 'container inspect' : 'inspect',
      );
    case 'events':
      return events(driver, out, cmd.flags, interrupts);
  }
}

/** The simulator the page uses: the headless API plus what a live view needs. */
export interface LiveSimulator extends Simulator {
  readonly driver: Driver;
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
   */
  query(commandLine: string): ExecResult | null;
  /**
   * With auto-advance on, commands that take time finish at once, as headless; off, they wait for
   * `advance` (the page's clock).
   */
  setAutoAdvance(on: boolean): void;
  /** The events from index `from` on (as `events().slice(from)`, without reshaping the rest). */
  eventsSince(from: number): DockerEvent[];
}

export function createSimulator(options: SimulatorOptions = {}): LiveSimulator {
  const start =
    options.startTime === undefined
      ? DEFAULT_START_TIME
      : typeof options.startTime === 'number'
        ? options.startTime
        : options.startTime.getTime();
  const driver = new Driver({ startTime: start, seed: options.seed ?? 0, autoAdvance: options.autoAdvance ?? true });

  let cachedView: { version: number; view: SimulatorView } | null = null;

  function resolve(container: string) {
    const found = driver.find(container);
    return found.ok && statusOf(found.entry) !== 'removed' ? found.entry : undefined;
  }

  return {
    driver,
    now: () => driver.now,

    view(): SimulatorView {
      if (cachedView?.version !== driver.version) {
        cachedView = { version: driver.version, view: viewOf(driver, (id) => driver.orderOf(id)) };
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
      return driver.runNow(operation(driver, new Output(), parsed.command, NO_INTERRUPTS));
    },

    exec(commandLine: string, execOptions: ExecOptions = {}): Promise<ExecResult> {
      const parsed = parseCommandLine(commandLine);
      if (parsed.kind === 'empty') return Promise.resolve({ stdout: '', stderr: '', exitCode: 0 });
      if (parsed.kind === 'output') {
        execOptions.onOutput?.(parsed.stdout, 'stdout');
        execOptions.onOutput?.(parsed.stderr, 'stderr');
        return Promise.resolve({ stdout: parsed.stdout, stderr: parsed.stderr, exitCode: parsed.exitCode });
      }
      const out = new Output(execOptions.onOutput);
      if (parsed.command.notices) out.write(parsed.command.notices);
      // Each Ctrl+C first reaches the operation's own handlers, then lets waiting operations look again.
      let presses = 0;
      const handlers = new Set<(key: TerminalKey) => void>();
      const unsubscribe = execOptions.interrupts?.subscribe((key) => {
        if (key === 'ctrl-c') presses += 1;
        for (const h of [...handlers]) h(key);
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
      const done = driver.run(operation(driver, out, parsed.command, interrupts));
      void done.then(() => unsubscribe?.());
      return done;
    },

    advance(ms: number): Promise<void> {
      driver.advance(ms);
      return Promise.resolve();
    },

    inject(container: string, fault: Fault): Promise<void> {
      const entry = resolve(container);
      if (entry) {
        switch (fault.type) {
          case 'exit':
            driver.deliver(entry.id, { type: 'process.exit', code: fault.code });
            break;
          case 'oom':
            driver.deliver(entry.id, { type: 'process.oom' });
            break;
          case 'rm-fails':
            driver.deliver(entry.id, { type: 'fault.teardown', mode: 'fails' });
            break;
          case 'rm-slow':
            driver.deliver(entry.id, { type: 'fault.teardown', mode: 'slow', ms: fault.ms });
            break;
        }
        driver.resumeParked();
      }
      return Promise.resolve();
    },

    events(): DockerEvent[] {
      return driver.engine.getSnapshot().context.log.map(toDockerEvent);
    },

    setAutoAdvance(on: boolean): void {
      driver.autoAdvance = on;
      if (on) {
        // Whatever is waiting now finishes as a headless command would.
        driver.resumeParked();
      }
    },

    eventsSince(from: number): DockerEvent[] {
      return driver.engine.getSnapshot().context.log.slice(Math.max(0, from)).map(toDockerEvent);
    },

    inspect(container: string): ContainerInspect | undefined {
      const entry = resolve(container);
      if (!entry) return undefined;
      const status = statusOf(entry);
      return status === 'removed' ? undefined : toInspect(entry.ref.getSnapshot().context, status);
    },
  };
}
