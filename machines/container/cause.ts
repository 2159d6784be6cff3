/**
 * Why an event reaches a container, and which step it belongs to. A command's events say so
 * themselves; the container knows the rest: a timer belongs to what set it (the stop's SIGKILL
 * fallback to the stop, the back-off's restart to the exit it follows, the end of a slow teardown
 * to the removal), and a process that ends by itself is an `exit`.
 */
import type { Cause } from '../vocabulary';
import type { ContainerContext } from './context';
import type { ContainerEvent } from './events';

type AnyEvent = ContainerEvent | { type: string; cause?: Cause; step?: number };

const COMMAND_CAUSE: Record<string, Cause> = {
  'cli.start': 'start',
  'cli.restart': 'restart',
  'cli.stop': 'stop',
  'cli.kill': 'kill',
  'cli.pause': 'pause',
  'cli.unpause': 'unpause',
  'cli.rm': 'rm',
  'cli.rename': 'rename',
  'cli.update': 'update',
  'cli.exec': 'exec',
  'exec.eof': 'exec',
};

export function causeOf(ctx: ContainerContext, event: AnyEvent): Cause {
  if (ctx.acting) return ctx.acting.cause;
  if ('cause' in event && event.cause !== undefined) return event.cause;
  switch (event.type) {
    case 'xstate.init':
      return ctx.origin.cause;
    case 'process.exit':
      return 'exit';
    case 'process.oom':
      return 'oom';
    case 'timer.grace':
      return ctx.stop?.cause ?? 'stop';
    case 'timer.backoff':
      return 'restart-policy';
    case 'timer.teardown':
      return ctx.removal?.cause ?? 'rm';
    case 'timer.health':
      return 'healthcheck';
    case 'fault.teardown':
    case 'fault.health':
      return 'fault';
    default:
      return COMMAND_CAUSE[event.type] ?? 'exit';
  }
}

export function stepOf(ctx: ContainerContext, event: AnyEvent): number {
  if (ctx.acting) return ctx.acting.step;
  if ('step' in event && event.step !== undefined) return event.step;
  switch (event.type) {
    case 'timer.grace':
      return ctx.stop?.step ?? ctx.origin.step;
    case 'timer.backoff':
      return ctx.policyStep;
    case 'timer.teardown':
      return ctx.removal?.step ?? ctx.origin.step;
    default:
      return ctx.origin.step;
  }
}
