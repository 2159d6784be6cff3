/**
 * `docker rename` and `docker update`: calls that change a container without moving it
 * (docker/cli container/rename.go, update.go; moby daemon/rename.go, daemon/update.go).
 */
import type { UpdateFlags } from '../cli/typedflags';
import { parseRestartPolicy } from '../cli/typedflags';
import type { Driver, Operation } from '../engine/driver';
import { validateRestartPolicy } from './create';
import { daemonError, type Output } from './output';

/** rename.go: every error is wrapped as `failed to rename container: …`; success prints nothing. */
export function* rename(driver: Driver, out: Output, from: string, to: string): Operation {
  const line = (message: string) => `failed to rename container: ${message}`;
  const fail = (message: string) => {
    out.err(line(message));
    return out.result(1);
  };
  // The client trims both and refuses an empty one before it asks (client container_rename.go).
  const oldName = from.trim();
  if (oldName === '') return fail('invalid container name or ID: value is empty');
  const newName = to.trim();
  if (newName === '' || newName.replace(/^\//, '') === '') return fail('new name cannot be blank');
  const found = driver.find(oldName);
  if (!found.ok) {
    const error = daemonError(found.error, { arg: oldName });
    out.touch({ arg: from, outcome: 'missing', error: line(error), reason: found.error });
    return fail(error);
  }
  const { id, name } = found.entry;
  const r = driver.rename(id, newName);
  if (!r.ok) {
    const error = `Error response from daemon: ${r.error}`;
    out.touch({ arg: from, id, name, outcome: 'refused', error: line(error) });
    return fail(error);
  }
  out.touch({ arg: from, id, name: newName.replace(/^\//, ''), outcome: 'done' });
  return out.result(0);
}

/**
 * update.go runUpdate: at least one flag; the restart policy is parsed by the client and judged by
 * the daemon (validateHostConfig) before any container is looked at; then each container in turn.
 * Only `--restart` changes what the simulator models; the resource flags are accepted as given.
 */
export function* update(driver: Driver, out: Output, args: readonly string[], flags: UpdateFlags): Operation {
  if (flags.count === 0) {
    out.err('you must provide one or more flags when using this command');
    return out.result(1);
  }
  let restartPolicy: { Name: string; MaximumRetryCount: number } | undefined;
  if (flags.restart !== undefined && flags.restart !== '') {
    const parsed = parseRestartPolicy(flags.restart);
    if (!parsed.ok) {
      out.err(parsed.error);
      return out.result(1);
    }
    restartPolicy = parsed.policy;
  }
  const invalid = restartPolicy ? validateRestartPolicy(restartPolicy) : null;
  const errors: string[] = [];
  for (const typed of args) {
    if (invalid) {
      errors.push(`Error response from daemon: ${invalid}`);
      continue;
    }
    const arg = typed.trim();
    const found = arg === '' ? null : driver.find(arg);
    if (found === null) {
      errors.push('invalid container name or ID: value is empty');
      continue;
    }
    if (!found.ok) {
      const error = daemonError(found.error, { arg });
      out.touch({ arg: typed, outcome: 'missing', error, reason: found.error });
      errors.push(error);
      continue;
    }
    const { id, name, ref } = found.entry;
    driver.deliver(id, { type: 'cli.update', ...(restartPolicy ? { restartPolicy } : {}) });
    const reply = ref.getSnapshot().context.reply;
    if (reply.kind === 'error') {
      const error = daemonError(reply.error, { arg, id, name }, reply.detail ?? '');
      out.touch({ arg: typed, id, name, outcome: 'refused', error, reason: reply.error });
      errors.push(error);
      continue;
    }
    out.touch({ arg: typed, id, name, outcome: 'done' });
    out.out(typed);
  }
  for (const e of errors) out.err(e);
  return out.result(errors.length > 0 ? 1 : 0);
}
