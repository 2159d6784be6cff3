/**
 * The simulated processes (simulator-contract.md §2): what a container's main process does when it
 * starts, how long it lives, and how it answers each signal. Everything here is plain data, so a
 * container's context stays serialisable and the same inputs always give the same process.
 */
import { DEFAULT_IGNORED, SIGHUP, SIGINT, SIGKILL, SIGQUIT, SIGTERM, SIGWINCH, STOPPING_SIGNALS } from './signals';

export { IMAGES, IMAGE_NAMES, findImage, parseImageRef, type ImageRef, type ImageSpec } from './images';
import type { ImageSpec } from './images';

/** What a signal does to the process: it survives, or it exits with a code. */
export type SignalOutcome = { kind: 'survives' } | { kind: 'exits'; code: number };

/** A process, as data. */
export interface ProcessSpec {
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
  /** What it writes to stdout when it runs (hello-world's greeting). */
  output: string;
  /** Signals it has handlers for: the exit code, or null when it handles them and carries on. */
  handled: Readonly<Record<number, number | null>>;
  /**
   * Signals it has no handler for. As PID 1 the kernel ignores them ('ignore'); behind `--init`
   * (tini) the process is an ordinary child and dies of them ('die', exit 128+n).
   */
  unhandled: 'ignore' | 'die';
}

/** How a process answers a signal (contract §2, the PID 1 rule). */
export function signalOutcome(p: ProcessSpec, signal: number): SignalOutcome {
  if (signal === SIGKILL) return { kind: 'exits', code: 128 + SIGKILL };
  const handled = p.handled[signal];
  if (handled !== undefined) return handled === null ? { kind: 'survives' } : { kind: 'exits', code: handled };
  if (DEFAULT_IGNORED.has(signal) || STOPPING_SIGNALS.has(signal)) return { kind: 'survives' };
  return p.unhandled === 'die' ? { kind: 'exits', code: 128 + signal } : { kind: 'survives' };
}

export interface ProcessInput {
  image: ImageSpec;
  /** Entrypoint + command as the container will exec them. */
  argv: string[];
  tty: boolean;
  interactive: boolean;
  init: boolean;
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

/** `sleep` accepts N, N.5, and s/m/h/d suffixes, and `infinity`. Null when it would fail. */
export function parseSleep(arg: string | undefined): number | null | 'invalid' {
  if (arg === undefined) return 'invalid';
  if (arg === 'infinity' || arg === 'inf') return null;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return 'invalid';
  const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? ''] ?? 1000;
  return Math.round(Number(m[1]) * unit);
}

interface ScriptResult {
  lifetimeMs: number | null;
  exitCode: number;
  output: string;
}

/**
 * Runs a `sh -c` script of the forms the contract names (`exit N`, `sleep S; exit N`, `sleep S`),
 * plus the builtins `true`, `false`, `:` and `echo`; statements joined by `;` or `&&`.
 * An unknown command makes the shell print `sh: X: not found` and exit 127, as a real one does.
 */
export function runScript(script: string): ScriptResult {
  let elapsed = 0;
  let status = 0;
  let output = '';
  const statements = script
    .split(/;|&&|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) {
    const words = statement.split(/\s+/);
    const [cmd, ...args] = words;
    switch (cmd) {
      case 'exit': {
        const code = args[0] === undefined ? status : Number.parseInt(args[0], 10);
        return { lifetimeMs: elapsed, exitCode: Number.isNaN(code) ? 2 : ((code % 256) + 256) % 256, output };
      }
      case 'sleep': {
        const ms = parseSleep(args[0]);
        if (ms === null) return { lifetimeMs: null, exitCode: 0, output };
        if (ms === 'invalid') {
          status = 1;
          break;
        }
        elapsed += ms;
        status = 0;
        break;
      }
      case 'true':
      case ':':
        status = 0;
        break;
      case 'false':
        status = 1;
        break;
      case 'echo':
        output += `${args.join(' ').replace(/^(['"])(.*)\1$/, '$2')}\n`;
        status = 0;
        break;
      default:
        return { lifetimeMs: elapsed, exitCode: 127, output };
    }
  }
  return { lifetimeMs: elapsed, exitCode: status, output };
}

function isShell(program: string): boolean {
  return program === 'sh' || program === 'bash';
}

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
  const argv = effectiveCommand(input);
  const unhandled = input.init ? 'die' : 'ignore';
  const [first = '', ...args] = argv;
  const program = basename(first);
  const available = input.image.scratch
    ? input.image.programs.includes(first)
    : ['sh', 'bash', 'sleep', 'true', 'false', 'top'].includes(program) ||
      input.image.programs.includes(program) ||
      input.image.programs.includes(first);
  const base = { label: argv.join(' '), exitCode: 0, output: '', handled: NO_HANDLERS, unhandled } as const;

  if (!available) {
    return { ...base, lifetimeMs: 0, startError: { exitCode: 127, message: notFoundError(first) } };
  }
  if (first === '/hello') return { ...base, lifetimeMs: 0, output: HELLO };
  if (isShell(program)) {
    if (args[0] === '-c') {
      const r = runScript(args[1] ?? '');
      return { ...base, lifetimeMs: r.lifetimeMs, exitCode: r.exitCode, output: r.output };
    }
    // Without a terminal or open stdin the shell reads end-of-file and exits 0 at once.
    return input.tty || input.interactive
      ? { ...base, lifetimeMs: null, readsStdin: true }
      : { ...base, lifetimeMs: 0, endsAtEof: true };
  }
  switch (program) {
    case 'sleep': {
      const ms = parseSleep(args[0]);
      if (ms === 'invalid') return { ...base, lifetimeMs: 0, exitCode: 1 };
      return { ...base, lifetimeMs: ms };
    }
    case 'true':
      return { ...base, lifetimeMs: 0 };
    case 'false':
      return { ...base, lifetimeMs: 0, exitCode: 1 };
    case 'top':
      return {
        ...base,
        lifetimeMs: null,
        handled: { [SIGTERM]: 128 + SIGTERM, [SIGINT]: 128 + SIGINT, [SIGHUP]: 128 + SIGHUP, [SIGQUIT]: 128 + SIGQUIT },
      };
    case 'nginx':
      // QUIT is a graceful shutdown, TERM and INT a fast one; HUP reloads, USR1 reopens logs,
      // USR2 upgrades the binary, WINCH stops the workers: the master carries on.
      return {
        ...base,
        lifetimeMs: null,
        handled: { 3: 0, 15: 0, 2: 0, 1: null, 10: null, 12: null, [SIGWINCH]: null },
      };
    case 'redis-server':
      return { ...base, lifetimeMs: null, handled: { 15: 0, 2: 0 } };
    case 'postgres':
      // INT is the fast shutdown, TERM the smart one; HUP reloads the configuration.
      return { ...base, lifetimeMs: null, handled: { 2: 0, 15: 0, 1: null } };
    case 'httpd-foreground':
      // WINCH is a graceful stop, TERM a stop; HUP and USR1 restart the workers.
      return { ...base, lifetimeMs: null, handled: { [SIGWINCH]: 0, 15: 0, 1: null, 10: null } };
    default:
      return { ...base, lifetimeMs: 0, startError: { exitCode: 127, message: notFoundError(first) } };
  }
}
