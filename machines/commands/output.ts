/**
 * How the docker CLI prints what the daemon said (docker-lifecycle.md §3, "How the CLI prints these").
 */
import type { Reply } from '../container/context';
import { daemonMessage, type DaemonErrorId } from '../errors';
import type { ExecResult } from '../types';

/** Collects stdout and stderr lines and the exit code as the CLI would write them. */
export class Output {
  stdout = '';
  stderr = '';
  exitCode = 0;
  constructor(private readonly onOutput?: (text: string, stream: 'stdout' | 'stderr') => void) {}

  out(line: string): void {
    this.stdout += `${line}\n`;
    this.onOutput?.(`${line}\n`, 'stdout');
  }
  /** Raw text, e.g. a container's own output. */
  write(text: string): void {
    if (!text) return;
    this.stdout += text;
    this.onOutput?.(text, 'stdout');
  }
  /** Raw text on stderr (a formatter's error lines, already ending in newlines). */
  writeErr(text: string): void {
    if (!text) return;
    this.stderr += text;
    this.onOutput?.(text, 'stderr');
  }
  err(line: string): void {
    this.stderr += `${line}\n`;
    this.onOutput?.(`${line}\n`, 'stderr');
  }
  result(exitCode = this.exitCode): ExecResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode };
  }
}

export interface Target {
  arg: string;
  id: string;
  name: string;
}

/** `Error response from daemon: …` for a refusal, with the argument as typed. */
export function daemonError(error: DaemonErrorId, target: Partial<Target> & { arg: string }, detail = ''): string {
  return `Error response from daemon: ${daemonMessage(error, { arg: target.arg, id: target.id ?? '', name: target.name ?? '', detail })}`;
}

export type RefusableVerb = 'start' | 'stop' | 'kill' | 'restart' | 'pause' | 'unpause' | 'rm';

/**
 * The one line the CLI prints for a refused command, as each daemon route wraps its errors:
 * stop wraps a bad signal (daemon/stop.go), rm a failed teardown (delete.go containerRm), and
 * restart flattens everything into `Cannot restart container` (daemon/restart.go).
 */
export function refusalText(verb: RefusableVerb, target: Target, reply: Extract<Reply, { kind: 'error' }>): string {
  const detail = reply.detail ?? '';
  if (verb === 'stop' && reply.error === 'invalidSignal') {
    return `Error response from daemon: cannot stop container: ${target.arg}: ${detail}`;
  }
  if (verb === 'rm' && reply.error === 'teardownFailed') {
    return `Error response from daemon: cannot remove container "${target.arg}": ${detail}`;
  }
  if (verb === 'restart') {
    const inner =
      reply.error === 'restartFailed' ? detail : detail || daemonMessage(reply.error, { ...target, detail });
    return `Error response from daemon: Cannot restart container ${target.arg}: ${inner}`;
  }
  return daemonError(reply.error, target, detail);
}
