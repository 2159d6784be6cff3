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
import { familiarName } from '../format/reference';
import type { ContainerInspect, DockerEvent } from '../types';
import type { Output } from './output';
import { INTERRUPTED_EXIT, type OpInterrupts } from '../interrupts';
import { UNMODELLED_EXIT, unmodelledMessage } from '../cli/unmodelled';

/** What the other `docker inspect --type` values name, for the message that they are not modelled. */
const UNMODELLED_TYPES: Readonly<Record<string, string>> = {
  image: 'image metadata',
  network: 'networks',
  volume: 'volumes',
  plugin: 'plugins',
  config: 'Swarm',
  node: 'Swarm',
  secret: 'Swarm',
  service: 'Swarm',
  task: 'Swarm',
};

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

/** The values given for each filter key, in order (moby filters.Args). */
function byKey(filters: readonly Filter[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filters) out.set(f.key, [...(out.get(f.key) ?? []), f.value]);
  return out;
}

/**
 * daemon/internal/filters MatchKVList: every `label` value must hold, `key` by its presence and
 * `key=value` by its value; with label filters, a container (or event) without labels never matches.
 */
export function matchKVList(values: readonly string[], sources: Readonly<Record<string, string>>): boolean {
  if (values.length === 0) return true;
  if (Object.keys(sources).length === 0) return false;
  return values.every((v) => {
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    if (!Object.hasOwn(sources, key)) return false;
    return eq < 0 || sources[key] === v.slice(eq + 1);
  });
}

/**
 * daemon/list.go includeContainerInList: each filter key must match one of its values, except
 * `label`, whose values must all match.
 */
function matches(c: ContainerInspect, filters: readonly Filter[], health: (c: ContainerInspect) => string): boolean {
  for (const [key, values] of byKey(filters)) {
    if (key === 'label') {
      if (!matchKVList(values, c.Config.Labels)) return false;
      continue;
    }
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
        case 'health':
          return health(c) === v;
        default:
          return true;
      }
    });
    if (!ok) return false;
  }
  return true;
}

/** The `health` a container is listed with: its healthcheck's status, or `none` (list.go). */
const healthOf = (c: ContainerInspect): string => c.State.Health?.Status ?? 'none';

/**
 * daemon/list.go idOrNameFilter: a `before`/`since` value names a container by its full ID or its
 * exact name (no prefixes); otherwise the daemon answers `No such container: x`.
 */
function idOrName(list: readonly ContainerInspect[], value: string): ContainerInspect | undefined {
  const name = value.replace(/^\//, '');
  return list.find((c) => c.Id === value) ?? list.find((c) => c.Name.slice(1) === name);
}

/**
 * daemon/list.go: walking the list newest first, `before` leaves out every container up to and
 * including the one it names, and `since` stops at the one it names. Both apply before the
 * running check, so neither implies --all.
 */
function sinceBefore(
  list: readonly ContainerInspect[],
  filters: readonly Filter[],
): { ok: true; list: ContainerInspect[] } | { ok: false; error: string } {
  const keys = byKey(filters);
  const pick = (key: string): { ok: true; c?: ContainerInspect } | { ok: false; error: string } => {
    let found: ContainerInspect | undefined;
    for (const v of keys.get(key) ?? []) {
      found = idOrName(list, v);
      if (!found) return { ok: false, error: `Error response from daemon: No such container: ${v}` };
    }
    return { ok: true, ...(found ? { c: found } : {}) };
  };
  const before = pick('before');
  if (!before.ok) return before;
  const since = pick('since');
  if (!since.ok) return since;
  const out: ContainerInspect[] = [];
  let waiting = before.c;
  for (const c of list) {
    if (waiting) {
      if (c.Id === waiting.Id) waiting = undefined;
      continue;
    }
    if (since.c && c.Id === since.c.Id) break;
    out.push(c);
  }
  return { ok: true, list: out };
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
/** api/types/container/health.go validHealths. */
const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy'];

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
    if (f.key === 'health' && !HEALTHS.includes(f.value)) {
      return `Error response from daemon: invalid filter 'health=${f.value}': invalid value for health (${f.value}): must be one of ${HEALTHS.join(', ')}`;
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
  /** `--size` was given, even as `--size=false` (list.go: then a `.Size` template asks for nothing more). */
  sizeChanged?: boolean;
  filter: Filter[];
}

export function* ps(driver: Driver, out: Output, flags: PsOptions): Operation {
  const bad = filterError(flags.filter);
  if (bad) {
    out.err(bad);
    return out.result(1);
  }
  const listed = sinceBefore(listContainers(driver), flags.filter);
  if (!listed.ok) {
    out.err(listed.error);
    return out.result(1);
  }
  const all = listed.list.filter((c) => matches(c, flags.filter, healthOf));
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
    ...(flags.sizeChanged !== undefined ? { sizeChanged: flags.sizeChanged } : {}),
    details: portsOf,
  });
  out.write(r.stdout);
  out.writeErr(r.stderr);
  return out.result(r.exitCode);
}

/**
 * What `docker ps` shows beyond inspect: a running container's exposed (unpublished) ports, as
 * PORTS shows them (`80/tcp`), and the sizes the daemon reports when asked (list.go, `-s` or a
 * template that reads `.Size`): nothing written in the container (0B), the image's size as virtual.
 */
function portsOf(c: ContainerInspect): PsDetails {
  const image = findImage(c.Config.Image);
  const ports = c.State.Running ? (image?.exposedPorts ?? []) : [];
  return { ports: ports.join(', '), sizeRw: 0, sizeRootFs: image?.size ?? 0, health: healthOf(c) };
}

export function* inspect(
  driver: Driver,
  out: Output,
  args: readonly string[],
  flags: { format?: string; type?: string },
  command: 'inspect' | 'container inspect',
): Operation {
  // The simulator has containers only: another --type names objects it does not model.
  if (command === 'inspect' && flags.type !== undefined && flags.type !== 'container') {
    out.err(unmodelledMessage(`docker inspect --type=${flags.type}`, UNMODELLED_TYPES[flags.type] ?? `${flags.type}s`));
    return out.result(UNMODELLED_EXIT);
  }
  const items = args.map((arg) => {
    const found = driver.find(arg);
    if (!found.ok) return { arg, value: undefined };
    const status = statusOf(found.entry);
    return { arg, value: status === 'removed' ? undefined : toInspect(found.entry.ref.getSnapshot().context, status) };
  });
  const r = formatInspect(items, flags.format, {
    command,
    ...(flags.type !== undefined ? { type: flags.type } : {}),
  });
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

/** The filters that turn `event` into a prefix match (daemon/events/filter.go matchEvent, #25798). */
const FUZZY_EVENTS = ['health_status', 'exec_create', 'exec_start'];

/**
 * daemon/events/filter.go Include: each key must match one of its values (`label` all of its
 * values). `container` matches an ID or name by prefix (FuzzyMatch); `image` compares the
 * container's image and its ID, with and without the tag (matchImage, stripTag). The daemon does
 * not validate the keys: an unknown one filters nothing (system_routes.go getEvents).
 */
function eventMatches(e: DockerEvent, filters: readonly Filter[]): boolean {
  const keys = byKey(filters);
  const fuzzyEvent = (keys.get('event') ?? []).some((v) => FUZZY_EVENTS.includes(v));
  for (const [key, values] of keys) {
    if (key === 'label') {
      if (!matchKVList(values, e.Actor.Attributes)) return false;
      continue;
    }
    const name = e.Actor.Attributes.name ?? '';
    const image = e.Actor.Attributes.image ?? '';
    const ok = values.some((v) => {
      switch (key) {
        case 'type':
          return v === e.Type;
        case 'event':
          return fuzzyEvent ? e.Action.startsWith(v) : e.Action === v;
        case 'container':
          return e.Actor.ID.startsWith(v) || name.startsWith(v);
        case 'image':
          return [e.Actor.ID, image, familiarName(e.Actor.ID), familiarName(image)].includes(v);
        case 'scope':
          return v === e.scope;
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
