/**
 * `docker wait` (docker/cli container/wait.go runWait; moby daemon/wait.go, container/state.go
 * Wait): one container after another, the CLI blocks until the daemon says it is not running,
 * then prints its exit code. A stop, an exit that the restart policy follows with a restart
 * (SetRestarting wakes the waiters too) or a removal ends the wait.
 */
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import { INTERRUPTED_EXIT, type OpInterrupts } from '../interrupts';
import { daemonError, type Output } from './output';

export function* wait(driver: Driver, out: Output, args: readonly string[], interrupts: OpInterrupts): Operation {
  const errors: string[] = [];
  for (const typed of args) {
    const arg = typed.trim();
    if (arg === '') {
      errors.push('invalid container name or ID: value is empty');
      continue;
    }
    const found = driver.find(arg);
    if (!found.ok) {
      const error = daemonError(found.error, { arg });
      out.touch({ arg: typed, outcome: 'missing', error, reason: found.error });
      errors.push(error);
      continue;
    }
    const { id, name, ref } = found.entry;
    const status = statusOf(found.entry);
    const running = status === 'running' || status === 'paused' || status === 'restarting';
    if (running) {
      const log = () => driver.engine.getSnapshot().context.log;
      const mark = log().length;
      const stopped = () => {
        const all = log();
        for (let i = mark; i < all.length; i++) if (all[i]?.id === id && all[i]?.action === 'die') return true;
        return driver.status(id) === 'removed';
      };
      yield { until: () => stopped() || interrupts.count() > 0, watch: [id] };
      if (!stopped()) {
        for (const e of errors) out.err(e);
        return out.result(INTERRUPTED_EXIT);
      }
    }
    out.touch({ arg: typed, id, name, outcome: 'done' });
    out.out(String(ref.getSnapshot().context.exitCode));
  }
  for (const e of errors) out.err(e);
  return out.result(errors.length > 0 ? 1 : 0);
}
