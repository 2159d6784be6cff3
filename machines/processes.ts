/**
 * The simulated processes (simulator-contract.md §2): what a container's main process does when it
 * starts, how long it lives, and how it answers each signal. Everything here is plain data, so a
 * container's context stays serialisable and the same inputs always give the same process.
 */
import { DEFAULT_IGNORED, SIGHUP, SIGINT, SIGKILL, SIGQUIT, SIGTERM, SIGWINCH, STOPPING_SIGNALS } from './signals';

export { IMAGES, IMAGE_NAMES, findImage, parseImageRef, type ImageRef, type ImageSpec } from './images';
import type { ImageSpec } from './images';
import { compileScript, shellFlavour } from './process/compile';
import {
  hasProgram,
  runProgram,
  serviceOf,
  SERVER_BANNERS,
  SERVER_FAREWELLS,
  type ProgramContext,
} from './process/programs';
import { lifetimeOf, trapMoment, type RunRecord, type Timed } from './process/timeline';
import type { Step } from './process/types';
export { parseSleep } from './process/programs';

/**
 * What a signal does to the process: it survives, it exits with a code now, or a shell's trap
 * makes it exit later (when its foreground command ends; `at` is null when that never comes).
 */
export type SignalOutcome =
  { kind: 'survives' } | { kind: 'exits'; code: number } | { kind: 'exits-at'; code: number; at: number | null };

/** A process, as data. */
export interface ProcessSpec extends Timed {
  /** A short name for explanations: `sh`, `sleep 30`, `nginx` … */
  label: string;
  /** Set when the runtime cannot exec the command (the start fails, state stays as it was). */
  startError?: { exitCode: 126 | 127 | 128; message: string };
  /** How long it runs by itself, in ms; null while it runs until signalled. */
  lifetimeMs: number | null;
  /** A shell waiting on its terminal or open stdin: the end of input (Ctrl+D) ends it with 0. */
  readsStdin?: boolean;
  /** A shell with no terminal and no open stdin: it reads end-of-file at once and exits 0. */
  endsAtEof?: boolean;
  /** Its exit code when it ends by itself. */
  exitCode: number;
  /** Signals it has handlers for: the exit code, or null when it handles them and carries on. */
  handled: Readonly<Record<number, number | null>>;
  /**
   * Signals it has no handler for. As PID 1 the kernel ignores them ('ignore'); behind `--init`
   * (tini) the process is an ordinary child and dies of them ('die', exit 128+n).
   */
  unhandled: 'ignore' | 'die';
  /** What it answers on when it is a server (curl, redis-cli and pg_isready in it reach it). */
  service?: 'http' | 'redis' | 'postgres';
}

/** How a process answers a signal, whatever the time (contract §2, the PID 1 rule). */
export function signalOutcome(p: ProcessSpec, signal: number): SignalOutcome {
  if (signal === SIGKILL) return { kind: 'exits', code: 128 + SIGKILL };
  const trap = p.traps?.[signal];
  if (trap !== undefined) {
    if (trap.kind === 'ignore' || trap.exit === null) return { kind: 'survives' };
    return { kind: 'exits-at', code: trap.exit, at: null };
  }
  const handled = p.handled[signal];
  if (handled !== undefined) return handled === null ? { kind: 'survives' } : { kind: 'exits', code: handled };
  if (DEFAULT_IGNORED.has(signal) || STOPPING_SIGNALS.has(signal)) return { kind: 'survives' };
  return p.unhandled === 'die' ? { kind: 'exits', code: 128 + signal } : { kind: 'survives' };
}

/**
 * How the process answers a signal that reaches it at `now` in `run`: a shell's trap that exits
 * runs when the foreground command ends (trapMoment) — at once when that is now.
 */
export function signalOutcomeAt(
  p: ProcessSpec,
  run: RunRecord | undefined,
  signal: number,
  now: number,
): SignalOutcome {
  const outcome = signalOutcome(p, signal);
  if (outcome.kind !== 'exits-at' || run === undefined) return outcome;
  const at = trapMoment(p, run, now);
  return at === now ? { kind: 'exits', code: outcome.code } : { ...outcome, at };
}

export interface ProcessInput {
  image: ImageSpec;
  /** Entrypoint + command as the container will exec them. */
  argv: string[];
  tty: boolean;
  interactive: boolean;
  init: boolean;
  /** `-e` variables. */
  env?: Readonly<Record<string, string>>;
}

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

const NO_HANDLERS: Readonly<Record<number, number | null>> = {};

function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(i + 1) : path;
}

/** The runtime's error for a command that is not on the image's PATH (runc via containerd). */
export function notFoundError(program: string): string {
  return (
    'failed to create task for container: failed to create shim task: OCI runtime create failed: ' +
    'runc create failed: unable to start container process: error during container init: ' +
    `exec: "${program}": executable file not found in $PATH: unknown`
  );
}

/**
 * The runtime's error for a command that is a directory or not executable. runc (Go >= 1.20)
 * says `is a directory` for a directory, and daemon/errors.go setExitCodeFromError appends
 * `: permission denied` so that the CLI's exit code is 126 either way.
 */
export function notExecutableError(program: string, directory: boolean): string {
  const base =
    'failed to create task for container: failed to create shim task: OCI runtime create failed: ' +
    'runc create failed: unable to start container process: error during container init: ' +
    `exec: "${program}": `;
  return directory ? `${base}is a directory: unknown: permission denied` : `${base}permission denied: unknown`;
}

/** Signals each server handles: its exit code, or null when it carries on (contract §2). */
const SERVER_HANDLERS: Readonly<Record<string, Readonly<Record<number, number | null>>>> = {
  // QUIT is a graceful shutdown, TERM and INT a fast one; HUP reloads, USR1 reopens logs,
  // USR2 upgrades the binary, WINCH stops the workers: the master carries on.
  nginx: { [SIGQUIT]: 0, [SIGTERM]: 0, [SIGINT]: 0, [SIGHUP]: null, 10: null, 12: null, [SIGWINCH]: null },
  'redis-server': { [SIGTERM]: 0, [SIGINT]: 0 },
  // INT is the fast shutdown, TERM the smart one; HUP reloads the configuration.
  postgres: { [SIGINT]: 0, [SIGTERM]: 0, [SIGHUP]: null },
  // WINCH is a graceful stop, TERM a stop; HUP and USR1 restart the workers.
  'httpd-foreground': { [SIGWINCH]: 0, [SIGTERM]: 0, [SIGHUP]: null, 10: null },
};

/** Drops the image's entrypoint script, which execs the command it is given. */
function effectiveCommand(input: ProcessInput): string[] {
  const entry = input.image.entrypoint;
  if (entry && input.argv.length > entry.length && entry.every((w, i) => input.argv[i] === w)) {
    return input.argv.slice(entry.length);
  }
  return input.argv;
}

/** Chooses the process for a container (contract §2). Never throws. */
export function resolveProcess(input: ProcessInput): ProcessSpec {
  return resolveArgv(effectiveCommand(input), input, []);
}

function programContext(input: ProcessInput, service: ProgramContext['service']): ProgramContext {
  return {
    image: input.image,
    env: input.env ?? {},
    stdin: input.interactive,
    tty: input.tty,
    service,
    failing: false,
    mainCommand: input.argv.join(' '),
    user: 'root',
    workdir: '/',
  };
}

/** The process for `argv`, after `before` (the steps of a shell that exec'd it). */
function resolveArgv(argv: readonly string[], input: ProcessInput, before: Step[]): ProcessSpec {
  const unhandled = input.init ? 'die' : 'ignore';
  const [first = '', ...args] = argv;
  const program = basename(first);
  const base = { label: argv.join(' '), exitCode: 0, handled: NO_HANDLERS, unhandled, loop: null } as const;
  const finish = (spec: Omit<ProcessSpec, 'lifetimeMs'>): ProcessSpec => ({
    ...spec,
    lifetimeMs: lifetimeOf(spec.steps, spec.loop),
  });

  if (first === '/hello' && input.image.scratch) {
    return finish({ ...base, steps: [...before, { kind: 'print', line: { stream: 'stdout', text: HELLO } }] });
  }
  const service = serviceOf(first);
  if (service !== null && hasProgram(input.image, first)) {
    const steps: Step[] = [
      ...before,
      ...(SERVER_BANNERS[program] ?? []).map((line) => ({ kind: 'print' as const, line })),
    ];
    steps.push({ kind: 'sleep', ms: null, interruptible: false });
    return finish({
      ...base,
      steps,
      handled: SERVER_HANDLERS[program] ?? NO_HANDLERS,
      farewell: SERVER_FAREWELLS[program] ?? {},
      service,
    });
  }
  if ((program === 'sh' || program === 'bash') && hasProgram(input.image, first)) {
    if (args[0] === '-c') {
      const compiled = compileScript(
        args[1] ?? '',
        programContext(input, null),
        shellFlavour(programContext(input, null), program),
      );
      if (compiled.exec !== undefined) return resolveArgv(compiled.exec, input, [...before, ...compiled.steps]);
      return finish({
        ...base,
        steps: [...before, ...compiled.steps],
        loop: compiled.loop,
        exitCode: compiled.exitCode,
        traps: compiled.traps,
      });
    }
    // Without a terminal or open stdin the shell reads end-of-file and exits 0 at once.
    return input.tty || input.interactive
      ? finish({ ...base, steps: [...before, { kind: 'stdin' }], readsStdin: true })
      : finish({ ...base, steps: before, endsAtEof: true });
  }
  if (program === 'top' && hasProgram(input.image, first)) {
    return finish({
      ...base,
      steps: [...before, { kind: 'sleep', ms: null, interruptible: false }],
      handled: { [SIGTERM]: 128 + SIGTERM, [SIGINT]: 128 + SIGINT, [SIGHUP]: 128 + SIGHUP, [SIGQUIT]: 128 + SIGQUIT },
    });
  }
  const outcome = runProgram(argv, programContext(input, null));
  switch (outcome.kind) {
    case 'not-found':
      return finish({ ...base, steps: [], startError: { exitCode: 127, message: notFoundError(first) } });
    case 'not-executable':
      return finish({
        ...base,
        steps: [],
        startError: { exitCode: 126, message: notExecutableError(first, outcome.directory) },
      });
    case 'done': {
      const steps: Step[] = [...before, ...outcome.lines.map((line) => ({ kind: 'print' as const, line }))];
      if (outcome.ms > 0) steps.push({ kind: 'sleep', ms: outcome.ms, interruptible: false });
      return finish({ ...base, steps, exitCode: outcome.status });
    }
    case 'forever':
      return finish({
        ...base,
        steps: [
          ...before,
          ...outcome.lines.map((line) => ({ kind: 'print' as const, line })),
          { kind: 'sleep', ms: null, interruptible: false },
        ],
      });
    case 'stdin':
      return finish({ ...base, steps: [...before, { kind: 'stdin' }], readsStdin: true });
  }
}
