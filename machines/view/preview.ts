/**
 * Would Docker accept this command now, and if not, what would it say? Answered by the container
 * machine itself (a dry run with getNextSnapshot), never by a second copy of its guards, so the
 * page's buttons and their "why not" always agree with what `docker …` then does.
 */
import { getNextSnapshot } from 'xstate';
import { refusalText, type RefusableVerb } from '../commands/output';
import { containerMachine } from '../container/machine';
import type { ContainerEvent } from '../container/events';
import type { Driver } from '../engine/driver';
import { daemonError } from '../commands/output';
import { parseSignal } from '../signals';
import type { DaemonErrorId } from '../errors';

export interface PreviewAction {
  verb: RefusableVerb;
  /** `rm -f` */
  force?: boolean;
  /** `kill -s` / `stop -s` */
  signal?: string;
  /** `stop -t` / `restart -t` */
  timeout?: number;
}

export type Verdict =
  /** Docker would do it; `waits` when the command holds the prompt (a grace period, a slow teardown). */
  | { kind: 'accepted'; waits: boolean }
  /** HTTP 304: the CLI prints the name and nothing changes (start on running, stop on stopped). */
  | { kind: 'no-op' }
  /** The exact line the CLI would print on stderr, and which of the daemon's errors it is. */
  | { kind: 'refused'; error: string; reason?: DaemonErrorId };

function toEvent(action: PreviewAction, now: number): ContainerEvent | { error: string } {
  const signal = action.signal ? parseSignal(action.signal, action.verb === 'kill') : undefined;
  switch (action.verb) {
    case 'start':
      return { type: 'cli.start', now, pid: 1 };
    case 'pause':
      return { type: 'cli.pause', now };
    case 'unpause':
      return { type: 'cli.unpause', now };
    case 'rm':
      return { type: 'cli.rm', now, force: action.force ?? false };
    case 'kill':
      if (signal && !signal.ok) return { error: signal.error };
      return { type: 'cli.kill', now, signal: signal?.ok ? signal.signal : 9 };
    case 'stop':
    case 'restart':
      return {
        type: action.verb === 'stop' ? 'cli.stop' : 'cli.restart',
        now,
        pid: 1,
        ...(signal ? (signal.ok ? { signal: signal.signal } : { signalError: signal.error }) : {}),
        ...(action.timeout !== undefined ? { timeout: action.timeout } : {}),
      } as ContainerEvent;
  }
}

export function previewCommand(driver: Driver, container: string, action: PreviewAction): Verdict {
  const found = driver.find(container);
  if (!found.ok)
    return {
      kind: 'refused',
      error: daemonError(
        found.error === 'noSuchContainer' && action.verb === 'kill' ? 'noSuchContainerKill' : found.error,
        { arg: container },
      ),
      reason: found.error,
    };
  const target = { arg: container, id: found.entry.id, name: found.entry.name };
  const event = toEvent(action, driver.now);
  if ('error' in event)
    return {
      kind: 'refused',
      error: `Error response from daemon: cannot kill container: ${container}: ${event.error}`,
      reason: 'invalidSignal',
    };
  const before = found.entry.ref.getSnapshot();
  const after = getNextSnapshot(containerMachine, before, event);
  const reply = after.context.reply;
  if (reply.kind === 'error')
    return { kind: 'refused', error: refusalText(action.verb, target, reply), reason: reply.error };
  if (reply.kind === 'not-modified') return { kind: 'no-op' };
  return { kind: 'accepted', waits: reply.kind === 'pending' };
}
