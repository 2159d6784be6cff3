/**
 * `docker container prune` (docker/cli container/prune.go runPrune, internal/prompt Confirm;
 * moby daemon/prune.go ContainerPrune): removes every container that is not running — newest
 * first, as the daemon lists them — whose labels and creation time pass the filters. Each
 * removal is a move caused by `prune`; the daemon then logs one `prune` event for the whole
 * operation (Actor without an ID, `reclaimed` in bytes).
 */
import type { Filter } from '../cli/typedflags';
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import { parseTimeArg } from '../format/index';
import { humanSize } from '../go/units';
import type { OpInterrupts, OpStdin } from '../interrupts';
import { matchKVList } from './query';
import type { Output } from './output';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

/** daemon/prune.go containersAcceptedFilters. */
const ACCEPTED = ['label', 'label!', 'until'];

export function* prune(
  driver: Driver,
  out: Output,
  flags: { force: boolean; filter: Filter[] },
  interrupts: OpInterrupts,
  stdin: OpStdin,
): Operation {
  if (!flags.force) {
    // prompt.Confirm: the question without a newline, then one line of input; `y` or `Y` goes on.
    out.write(WARNING);
    const read = stdin.request();
    yield { until: () => read.ready() || interrupts.count() > 0 };
    if (!read.ready()) {
      out.write('\n');
      return out.result(0);
    }
    // A refusal is a "cancelled" error: the CLI prints nothing more and exits 0 (cmd/docker main).
    if ((read.line() ?? '').trim().toLowerCase() !== 'y') return out.result(0);
  }
  for (const f of flags.filter) {
    if (!ACCEPTED.includes(f.key)) {
      out.err(`Error response from daemon: invalid filter '${f.key}'`);
      return out.result(1);
    }
  }
  const untils = flags.filter.filter((f) => f.key === 'until');
  if (untils.length > 1) {
    out.err('Error response from daemon: more than one until filter specified');
    return out.result(1);
  }
  let until: number | undefined;
  if (untils[0]) {
    const t = parseTimeArg(untils[0].value, driver.now);
    if (!t.ok) {
      out.err(`Error response from daemon: ${t.error}`);
      return out.result(1);
    }
    until = t.ms;
  }
  const labels = flags.filter.filter((f) => f.key === 'label').map((f) => f.value);
  const notLabels = flags.filter.filter((f) => f.key === 'label!').map((f) => f.value);
  const deleted: string[] = [];
  const candidates = [...driver.entries()].reverse();
  for (const entry of candidates) {
    const status = statusOf(entry);
    if (status === 'running' || status === 'paused' || status === 'restarting' || status === 'removed') continue;
    const ctx = entry.ref.getSnapshot().context;
    if (until !== undefined && ctx.created > until) continue;
    if (!matchKVList(labels, ctx.config.labels)) continue;
    if (notLabels.length > 0 && matchKVList(notLabels, ctx.config.labels)) continue;
    // containerRm without force; a removal that fails is only logged by the daemon.
    driver.deliver(entry.id, { type: 'cli.rm', force: false });
    const reply = entry.ref.getSnapshot().context.reply;
    if (reply.kind === 'error' || driver.status(entry.id) === 'dead') continue;
    out.touch({ arg: entry.name, id: entry.id, name: entry.name, outcome: 'done' });
    deleted.push(entry.id);
  }
  driver.logDaemonEvent('prune', { reclaimed: '0' });
  if (deleted.length > 0) out.out(`Deleted Containers:\n${deleted.map((id) => `${id}\n`).join('')}`);
  out.out(`Total reclaimed space: ${humanSize(0)}`);
  return out.result(0);
}
