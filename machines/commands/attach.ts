/**
 * `docker attach` (docker/cli container/attach.go RunAttach; moby daemon/attach.go): to a
 * running container only (the CLI checks the state it inspects), streaming what the container
 * writes from now on and exiting with its exit code. Without a TTY each Ctrl+C is forwarded as
 * SIGINT unless --sig-proxy=false; with a TTY and stdin the detach keys detach, and the CLI
 * reports that as `read escape sequence` (hijack.go: a term.EscapeError), exit 1.
 */
import type { AttachFlags } from '../cli/typedflags';
import { detachKeysError } from '../cli/validate';
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import type { OpInterrupts } from '../interrupts';
import { attachAndWait } from './create';
import { daemonError, type Output } from './output';

export function* attach(
  driver: Driver,
  out: Output,
  arg: string,
  flags: AttachFlags,
  interrupts: OpInterrupts,
): Operation {
  const keys = detachKeysError(flags.detachKeys);
  if (keys !== undefined) {
    out.err(keys);
    return out.result(1);
  }
  const found = driver.find(arg.trim());
  if (!found.ok) {
    const error = daemonError(found.error, { arg });
    out.touch({ arg, outcome: 'missing', error, reason: found.error });
    out.err(error);
    return out.result(1);
  }
  const { id, name, ref } = found.entry;
  // inspectContainerAndCheckState: the CLI's own words, exit 1.
  const status = statusOf(found.entry);
  const refuse = (message: string) => {
    out.touch({ arg, id, name, outcome: 'refused', error: message });
    out.err(message);
    return out.result(1);
  };
  if (status === 'paused') return refuse('cannot attach to a paused container, unpause it first');
  if (status === 'restarting') return refuse('cannot attach to a restarting container, wait until it is running');
  if (status !== 'running') return refuse('cannot attach to a stopped container, start it first');
  const config = ref.getSnapshot().context.config;
  const stdin = !flags.noStdin && config.openStdin;
  out.touch({ arg, id, name, outcome: 'done' });
  driver.logEvent(id, 'attach');
  const mark = driver.engine.getSnapshot().context.log.length;
  const runs = ref.getSnapshot().context.runs.length;
  return yield* attachAndWait(
    driver,
    out,
    { arg, id, name },
    false,
    mark,
    interrupts,
    {
      mode: config.tty ? (stdin ? 'raw' : 'no-proxy') : flags.sigProxy ? 'proxy' : 'no-proxy',
      stdin,
      ...(flags.detachKeys !== undefined ? { detachKeys: flags.detachKeys } : {}),
    },
    ref,
    Math.max(0, runs - 1),
    'now',
    'escape',
  );
}
