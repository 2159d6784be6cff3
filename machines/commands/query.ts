/**
 * ps, inspect and events: what the daemon lists, shaped by docker/cli's formatters.
 */
import type { Filter } from '../cli/typedflags';
import type { Driver, Operation } from '../engine/driver';
import { toDockerEvent, toInspect } from '../engine/inspect';
import type { LoggedEvent } from '../engine/machine';
import { statusOf } from '../engine/driver';
import {
  formatEvent,
  formatInspect,
  formatPs,
  parseTimeArg,
  sinceAfterUntilError,
  validateEventFormat,
  type PsDetails,
} from '../format/index';
import { findImage } from '../processes';
import type { ContainerInspect, DockerEvent } from '../types';
import type { Output } from './output';
import { INTERRUPTED_EXIT, type OpInterrupts } from '../interrupts';

/** Every container as inspect shows it, newest first (the daemon's list order). */
export function listContainers(driver: Driver): ContainerInspect[] {
  const out: ContainerInspect[] = [];
  for (const entry of driver.entries()) {
    const status = statusOf(entry);
    if (status === 'removed') continue;
    out.push(toInspect(entry.ref.getSnapshot().context, status));
  }
  return out.reverse();
}

/** daemon/list.go includeContainerInList: each filter key must match one of its values. */
function matches(c: ContainerInspect, filters: readonly Filter[]): boolean {
  const byKey = new Map<string, string[]>();
  for (const f of filters) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f.value]);
  for (const [key, values] of byKey) {
    const ok = values.some((v) => {
      switch (key) {
        case 'status':
          return c.State.Status === v;
        case 'name': {
          const re = safeRegExp(v);
          return re !== null && (re.test(c.Name) || re.test(c.Name.slice(1)));
        }
        case 'id':
          return safeRegExp(v)?.test(c.Id) ?? false;
        case 'exited':
          return !c.State.Running && c.State.StartedAt !== '0001-01-01T00:00:00Z' && String(c.State.ExitCode) === v;
        case 'ancestor':
          return c.Config.Image === v || c.Config.Image.split(':')[0] === v;
        default:
          return true;
      }
    });
    if (!ok) return false;
  }
  return true;
}

function safeRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

const PS_FILTERS = [
  'ancestor',
  'before',
  'expose',
  'exited',
  'health',
  'id',
  'isolation',
  'is-task',
  'label',
  'name',
  'network',
  'publish',
  'since',
  'status',
  'volume',
];
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];

/** The daemon's filter validation (daemon/list.go foldFilter, daemon/internal/filters). */
function filterError(filters: readonly Filter[]): string | null {
  for (const f of filters) {
    if (!PS_FILTERS.includes(f.key)) return `Error response from daemon: invalid filter '${f.key}'`;
    if (f.key === 'exited' && !/^[+-]?\d+$/.test(f.value)) {
      return `Error response from daemon: invalid filter 'exited=${f.value}': strconv.Atoi: parsing "${f.value}": invalid syntax`;
    }
    if (f.key === 'status' && !STATES.includes(f.value)) {
      return `Error response from daemon: invalid filter 'status=${f.value}': invalid value for state (${f.value}): must be one of ${STATES.join(', ')}`;
    }
  }
  return null;
}

export interface PsOptions {
  all: boolean;
  quiet: boolean;
  noTrunc: boolean;
  format?: string;
  last: number;
  latest: boolean;
  size: boolean;
  filter: Filter[];
}

export function* ps(driver: Driver, out: Output, flags: PsOptions): Operation {
  const bad = filterError(flags.filter);
  if (bad) {
    out.err(bad);
    return out.result(1);
  }
  const all = listContainers(driver).filter((c) => matches(c, flags.filter));
  // daemon/list.go foldFilter: a status filter implies --all (an exited filter does not).
  const showAll = flags.all || flags.filter.some((f) => f.key === 'status');
  const r = formatPs(all, driver.now, {
    all: showAll,
    quiet: flags.quiet,
    noTrunc: flags.noTrunc,
    ...(flags.format !== undefined ? { format: flags.format } : {}),
    ...(flags.last >= 0 ? { last: flags.last } : {}),
    latest: flags.latest,
    size: flags.size,
    details: portsOf,
  });
  out.write(r.stdout);
  out.writeErr(r.stderr);
  return out.result(r.exitCode);
}

/** A running container's exposed (unpublished) ports, as PORTS shows them: `80/tcp`. */
function portsOf(c: ContainerInspect): PsDetails {
  const ports = c.State.Running ? (findImage(c.Config.Image)?.exposedPorts ?? []) : [];
  return { ports: ports.join(', ') };
}

export function* inspect(
  driver: Driver,
  out: Output,
  args: readonly string[],
  flags: { format?: string },
  command: 'inspect' | 'container inspect',
): Operation {
  const items = args.map((arg) => {
    const found = driver.find(arg);
    if (!found.ok) return { arg, value: undefined };
    const status = statusOf(found.entry);
    return { arg, value: status === 'removed' ? undefined : toInspect(found.entry.ref.getSnapshot().context, status) };
  });
  const r = formatInspect(items, flags.format, { command });
  out.write(r.stdout);
  out.writeErr(r.stderr);
  return out.result(r.exitCode);
}

export interface EventsOptions {
  since?: string;
  until?: string;
  filter: Filter[];
  format?: string;
}

function eventMatches(e: DockerEvent, filters: readonly Filter[]): boolean {
  const byKey = new Map<string, string[]>();
  for (const f of filters) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f.value]);
  for (const [key, values] of byKey) {
    const ok = values.some((v) => {
      switch (key) {
        case 'type':
          return v === 'container';
        case 'event':
          return e.Action === v;
        case 'container':
          return e.Actor.ID.startsWith(v) || e.Actor.Attributes.name === v;
        case 'image':
          return e.Actor.Attributes.image === v;
        case 'scope':
          return v === 'local';
        default:
          return true;
      }
    });
    if (!ok) return false;
  }
  return true;
}

/**
 * `docker events`: the events between --since and --until; without --until it follows new events
 * until it is interrupted (Ctrl+C), as the real command does.
 */
export function* events(driver: Driver, out: Output, flags: EventsOptions, interrupts: OpInterrupts): Operation {
  const badFormat = validateEventFormat(flags.format);
  if (badFormat) {
    out.write(badFormat.stdout);
    out.writeErr(badFormat.stderr);
    return out.result(badFormat.exitCode);
  }
  const now = driver.now;
  let since: number | undefined;
  let until: number | undefined;
  let sinceWire = '';
  if (flags.since !== undefined) {
    const s = parseTimeArg(flags.since, now);
    if (!s.ok) {
      out.err(s.error);
      return out.result(1);
    }
    since = s.ms;
    sinceWire = s.wire;
  }
  if (flags.until !== undefined) {
    const u = parseTimeArg(flags.until, now);
    if (!u.ok) {
      out.err(u.error);
      return out.result(1);
    }
    until = u.ms;
    if (since !== undefined && since > until) {
      out.err(sinceAfterUntilError(sinceWire, u.wire));
      return out.result(1);
    }
  }
  let failed: string | null = null;
  const log = () => driver.engine.getSnapshot().context.log;
  const print = (e: LoggedEvent) => {
    if (failed !== null) return;
    if (since !== undefined && e.at < since) return;
    if (until !== undefined && e.at > until) return;
    const d = toDockerEvent(e);
    if (!eventMatches(d, flags.filter)) return;
    const line = formatEvent(d, flags.format);
    if (!line.ok) {
      // The template failed on this event: docker prints what it wrote, the error, and stops.
      out.write(line.partial);
      failed = line.error;
      return;
    }
    out.out(line.text);
  };
  let seen = 0;
  const flush = () => {
    const all = log();
    for (; seen < all.length; seen++) {
      const e = all[seen];
      if (e) print(e);
    }
  };
  // Past events are shown only when --since asks for them.
  if (since !== undefined) flush();
  else seen = log().length;
  const finish = () => {
    if (failed === null) return out.result(0);
    out.err(failed);
    return out.result(1);
  };
  if (failed !== null || (until !== undefined && until <= now)) return finish();
  const unsubscribe = driver.onLog(flush);
  try {
    yield { until: () => interrupts.count() > 0 || failed !== null, ...(until !== undefined ? { wakeAt: until } : {}) };
  } finally {
    unsubscribe();
  }
  // Ctrl+C ends the stream: the CLI exits 130 and prints nothing more.
  if (interrupts.count() > 0 && failed === null && (until === undefined || driver.now < until))
    return out.result(INTERRUPTED_EXIT);
  flush();
  return finish();
}
