/**
 * How the docker CLI prints what the daemon said (docker-lifecycle.md §3, "How the CLI prints these").
 */
import type { Reply } from '../container/context';
import { daemonMessage, type DaemonErrorId } from '../errors';
import type { ExecResult } from '../types';
import type { ContainerVerb } from '../vocabulary';

/** What a command did to one container it named (or tried to). */
export interface TargetOutcome {
  /** The reference as typed. */
  arg: string;
  /** The container it found (full ID and name); absent when there was none. */
  id?: string;
  name?: string;
  /** `done`: the daemon did it; `no-op`: a 304; `refused`: an error; `missing`: no such container. */
  outcome: 'done' | 'no-op' | 'refused' | 'missing';
  /** For `refused` and `missing`: the line the CLI printed about it. */
  error?: string;
  /** For `refused` and `missing`: which of the daemon's errors it was (errors.ts). */
  reason?: DaemonErrorId;
}

/**
 * Collects stdout and stderr lines and the exit code as the CLI would write them, and which
 * containers the command touched.
 */
export class Output {
  stdout = '';
  stderr = '';
  exitCode = 0;
  readonly targets: TargetOutcome[] = [];
  constructor(private readonly onOutput?: (text: string, stream: 'stdout' | 'stderr') => void) {}

  /** Records what the command did to a container it named. */
  touch(target: TargetOutcome): void {
    this.targets.push(target);
  }

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

/** The verbs the daemon can refuse for a container that exists. */
export type RefusableVerb = ContainerVerb;

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
      reply.error === 'restartFailed'
        ? detail
        : detail || daemonMessage(reply.error, Object.assign({}, target, { detail }));
    return `Error response from daemon: Cannot restart container ${target.arg}: ${inner}`;
  }
  return daemonError(reply.error, target, detail);
}
