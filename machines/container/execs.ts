/**
 * Processes the daemon starts inside a running container besides its main one: `docker exec`
 * and the healthcheck's probes (moby daemon/exec.go, daemon/health.go). Each is an exec instance
 * with an ID, logged as `exec_create: CMD`, `exec_start: CMD` and, when it ends, `exec_die` with
 * its exit code. Plain data and pure functions; the container machine keeps the records.
 */
import { compileScript, shellFlavour } from '../process/compile';
import { hasProgram, runProgram, type ProgramContext } from '../process/programs';
import { lifetimeOf, naturalEnd, type RunRecord, type Timed } from '../process/timeline';
import type { Step } from '../process/types';
import { fnv1a, nextHexId } from '../random';
import type { Cause } from '../vocabulary';

/** An exec instance that is running. */
export interface ExecRecord {
  /** 64 hex digits. */
  id: string;
  /** `ENTRYPOINT ARGS…` as the events name it (exec.go: `Entrypoint + " " + strings.Join(Args, " ")`). */
  command: string;
  program: Timed;
  /** Its exit code when it ends by itself. */
  exitCode: number;
  /** Epoch ms. */
  start: number;
  /** When it ends by itself; null while it runs until the container stops (or Ctrl+D). */
  end: number | null;
  /** It reads its standard input (`-i`): Ctrl+D ends it. */
  readsStdin: boolean;
  tty: boolean;
  /** A healthcheck probe (its end is the health monitor's business). */
  probe: boolean;
  /** The command (and step) that started it. */
  cause: Cause;
  step: number;
}

/** What an exec's process is, or why the runtime could not start it. */
export type ExecProgram =
  | { ok: true; program: Timed; exitCode: number; lifetimeMs: number | null; readsStdin: boolean }
  | { ok: false; exitCode: 126 | 127; message: string };

/** The exec's ID: stable for a container and its count of execs (made up, well-formed). */
export function execIdOf(containerId: string, n: number): string {
  return nextHexId(fnv1a(`${containerId}:exec:${n}`)).value;
}

/** runc's message for an exec it cannot start (OCI runtime exec failed). */
function execFailure(program: string, why: 'not-found' | 'directory' | 'denied' | 'cwd', cwd = ''): string {
  const base = 'OCI runtime exec failed: exec failed: unable to start container process: ';
  switch (why) {
    case 'not-found':
      return `${base}exec: "${program}": executable file not found in $PATH: unknown`;
    case 'directory':
      return `${base}exec: "${program}": is a directory: unknown: permission denied`;
    case 'denied':
      return `${base}exec: "${program}": permission denied: unknown`;
    case 'cwd':
      return `${base}chdir to cwd ("${cwd}") set in config.json failed: no such file or directory: unknown`;
  }
}

/** The process an exec runs: a shell script, a program, or a start that fails (daemon/errors.go codes). */
export function execProgram(argv: readonly string[], ctx: ProgramContext, cwdExists = true): ExecProgram {
  const [first = '', ...args] = argv;
  const name = first.slice(first.lastIndexOf('/') + 1);
  if (!cwdExists) return { ok: false, exitCode: 127, message: execFailure(first, 'cwd', ctx.workdir) };
  const steps = (s: Step[], loop: Step[] | null, exitCode: number, readsStdin = false): ExecProgram => ({
    ok: true,
    program: { steps: s, loop },
    exitCode,
    lifetimeMs: lifetimeOf(s, loop),
    readsStdin,
  });
  if ((name === 'sh' || name === 'bash') && hasProgram(ctx.image, first)) {
    if (args[0] === '-c') {
      const c = compileScript(args[1] ?? '', ctx, shellFlavour(ctx, name));
      return {
        ok: true,
        program: { steps: c.steps, loop: c.loop, traps: c.traps },
        exitCode: c.exitCode,
        lifetimeMs: lifetimeOf(c.steps, c.loop),
        readsStdin: false,
      };
    }
    return ctx.stdin ? steps([{ kind: 'stdin' }], null, 0, true) : steps([], null, 0);
  }
  const outcome = runProgram(argv, ctx);
  switch (outcome.kind) {
    case 'not-found':
      return { ok: false, exitCode: 127, message: execFailure(first, 'not-found') };
    case 'not-executable':
      return { ok: false, exitCode: 126, message: execFailure(first, outcome.directory ? 'directory' : 'denied') };
    case 'done': {
      const s: Step[] = outcome.lines.map((line) => ({ kind: 'print', line }));
      if (outcome.ms > 0) s.push({ kind: 'sleep', ms: outcome.ms, interruptible: false });
      return steps(s, null, outcome.status);
    }
    case 'forever':
      return steps(
        [
          ...outcome.lines.map((line) => ({ kind: 'print' as const, line })),
          { kind: 'sleep', ms: null, interruptible: false },
        ],
        null,
        0,
      );
    case 'stdin':
      return steps([{ kind: 'stdin' }], null, 0, true);
  }
}

/** When an exec started at `start` ends by itself, given the container's frozen stretches. */
export function execEnd(p: ExecProgram & { ok: true }, start: number, pauses: RunRecord['pauses']): number | null {
  if (p.lifetimeMs === null) return null;
  return naturalEnd(p.program, {
    start,
    end: null,
    pauses: pauses.filter((q) => q.to === null || q.to > start),
    signals: [],
  });
}
