/**
 * What the daemon and the kernel did, event by event, in plain words, then where each container
 * ended up (docker-lifecycle.md §2, §5, §7, §9). A pure function of the events of one command (or
 * of one thing that happened by itself) and the view after them.
 *
 * The events alone are read in context: the same `kill(signal=9)` is docker kill's default when
 * it comes alone, and the grace period's fallback when docker stop's first signal came before it.
 * Docker's own words (commands, signal names, exit codes, state names) are parameters or stay
 * verbatim in the catalog texts; they are never translated.
 */
import type { ContainerView, DockerEvent, SimulatorView } from '../../../machines/index';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';

export interface Explanation {
  /** The docker event explained (`kill`, `die` …); null for where a container ended up. */
  action: string | null;
  /** The container's name, as the events show it. */
  name: string;
  text: string;
}

/** The conventional name of a signal number (the model's `signalName`). */
export type SignalName = (n: number) => string;

const SIGKILL = 9;
const SIGTERM = 15;

/** A batch of events with the questions the explanations ask about it. */
class Batch {
  constructor(
    readonly events: readonly DockerEvent[],
    readonly view: SimulatorView | null,
    /** The events logged before the batch (the latest last), for the story a batch continues. */
    readonly context: readonly DockerEvent[] = [],
  ) {}

  /**
   * The events of the same container before index `i` in this run of its process, nearest first,
   * reaching back before the batch: a grace period's SIGKILL comes in a later batch than the stop
   * signal it follows.
   */
  thisRun(i: number): DockerEvent[] {
    const id = this.events[i]?.Actor.ID;
    const earlier = [...this.context, ...this.events.slice(0, i)].filter((e) => e.Actor.ID === id).reverse();
    const end = earlier.findIndex((e) => e.Action === 'start' || e.Action === 'die');
    return end < 0 ? earlier : earlier.slice(0, end);
  }

  container(id: string): ContainerView | undefined {
    return this.view?.containers.find((c) => c.id === id);
  }

  /** The events of the same container before (or after) index `i`, nearest first. */
  before(i: number): DockerEvent[] {
    const id = this.events[i]?.Actor.ID;
    return this.events
      .slice(0, i)
      .filter((e) => e.Actor.ID === id)
      .reverse();
  }

  after(i: number): DockerEvent[] {
    const id = this.events[i]?.Actor.ID;
    return this.events.slice(i + 1).filter((e) => e.Actor.ID === id);
  }
}

const signalOf = (e: DockerEvent) => Number(e.Actor.Attributes.signal ?? SIGKILL);
const isKill = (e: DockerEvent, pred: (signal: number) => boolean = () => true) =>
  e.Action === 'kill' && pred(signalOf(e));

/** `SIGQUIT`, `QUIT`, `quit` or `3`, as the canonical name. */
function canonicalSignal(raw: string, names: SignalName): string {
  return /^\d+$/.test(raw) ? names(Number(raw)) : `SIG${raw.toUpperCase().replace(/^SIG/, '')}`;
}

/** The restart policy as `--restart` takes it: `always`, `on-failure:3` … */
function policyText(c: ContainerView | undefined): string {
  const p = c?.inspect.HostConfig.RestartPolicy;
  if (!p) return 'no';
  return p.Name === 'on-failure' && p.MaximumRetryCount > 0 ? `${p.Name}:${p.MaximumRetryCount}` : p.Name || 'no';
}

/** A `kill` that docker stop or docker restart sent first (rather than docker kill -s). */
function isStopSignal(b: Batch, i: number, e: DockerEvent): boolean {
  const signal = signalOf(e);
  const c = b.container(e.Actor.ID);
  if (c?.stopping && c.stopping.signal === signal) return true;
  return b.after(i).some((x) => x.Action === 'stop' || x.Action === 'restart' || isKill(x, (s) => s === SIGKILL));
}

/** The container's configured stop signal (STOPSIGNAL, --stop-signal) by name, or null for the default SIGTERM. */
function configuredStopSignal(b: Batch, id: string, names: SignalName): string | null {
  const configured = b.container(id)?.inspect.Config.StopSignal;
  return configured ? canonicalSignal(configured, names) : null;
}

/** Seen from a later batch: a kill with the container's stop signal (SIGTERM unless configured). */
function isStopTypeKill(b: Batch, e: DockerEvent, names: SignalName): boolean {
  return names(signalOf(e)) === (configuredStopSignal(b, e.Actor.ID, names) ?? names(SIGTERM));
}

function stopCommand(b: Batch, i: number, e: DockerEvent): string {
  const c = b.container(e.Actor.ID);
  const restart = c?.stopping?.mode === 'restart' || b.after(i).some((x) => x.Action === 'restart');
  return restart ? 'docker restart' : 'docker stop';
}

function explainKill(t: Translate, b: Batch, i: number, e: DockerEvent, names: SignalName): string {
  const name = e.Actor.Attributes.name ?? '';
  const signal = signalOf(e);
  if (signal === SIGKILL) {
    const first = b.thisRun(i).find((x) => isKill(x, (s) => s !== SIGKILL) && isStopTypeKill(b, x, names));
    if (first) {
      const seconds = Math.round((e.timeNano - first.timeNano) / 1e9);
      return t('explain.kill.fallback', { name, seconds, signal: names(signalOf(first)) });
    }
    return t('explain.kill.kill', { name });
  }
  if (!isStopSignal(b, i, e)) return t('explain.kill.other', { name, signal: names(signal), n: signal });
  const configured = configuredStopSignal(b, e.Actor.ID, names);
  const source: MessageKey =
    configured === names(signal)
      ? 'explain.source.image'
      : configured === null && signal === SIGTERM
        ? 'explain.source.default'
        : 'explain.source.flag';
  return t('explain.kill.stop', {
    name,
    command: stopCommand(b, i, e),
    signal: names(signal),
    n: signal,
    source: t(source),
  });
}

function explainDie(t: Translate, b: Batch, i: number, e: DockerEvent, names: SignalName): string[] {
  const name = e.Actor.Attributes.name ?? '';
  const code = Number(e.Actor.Attributes.exitCode ?? '0');
  const c = b.container(e.Actor.ID);
  const earlier = b.before(i);
  const kills = b.thisRun(i).filter((x) => isKill(x));
  const oom = earlier.some((x) => x.Action === 'oom') || (kills.length === 0 && c?.inspect.State.OOMKilled === true);
  if (code === 137 && oom) return [t('explain.die.oom', { name })];
  if (code === 137) {
    const ignored = kills.find((x) => signalOf(x) !== SIGKILL);
    if (ignored && kills.some((x) => signalOf(x) === SIGKILL)) {
      const command = b.after(i).some((x) => x.Action === 'restart') ? 'docker restart' : 'docker stop';
      return [t('explain.die.ignored', { name, command, signal: names(signalOf(ignored)) })];
    }
  }
  if (code > 128 && code <= 128 + 64) {
    const n = code - 128;
    const lines = [t('explain.die.signal', { name, code, n, signal: names(n) })];
    if (c?.inspect.HostConfig.Init && n !== SIGKILL) lines.push(t('explain.die.init', { name }));
    return lines;
  }
  if (code === 0) {
    const stop = kills.find((x) => signalOf(x) !== SIGKILL);
    if (stop) return [t('explain.die.handled', { name, signal: names(signalOf(stop)) })];
    const shell = c?.process === 'sh' || c?.process === 'bash';
    if (shell && e.Actor.Attributes.execDuration === '0' && !c?.inspect.Config.OpenStdin) {
      return [t('explain.die.eof', { name, process: c?.process ?? '' })];
    }
    return [t('explain.die.0', { name })];
  }
  if (code === 1) return [t('explain.die.1', { name })];
  if (code === 126) return [t('explain.die.126', { name })];
  if (code === 127) return [t('explain.die.127', { name })];
  return [t('explain.die.code', { name, code })];
}

function explainStart(t: Translate, b: Batch, i: number, e: DockerEvent): string {
  const name = e.Actor.Attributes.name ?? '';
  const earlier = b.before(i);
  const c = b.container(e.Actor.ID);
  // A restart policy's start follows a die with no command in between; docker start and docker
  // restart reset RestartCount to 0, so a start seen alone with a count above 0 is the policy's.
  const lastDie = earlier.findIndex((x) => x.Action === 'die');
  const byCommand = earlier.slice(0, lastDie < 0 ? earlier.length : lastDie).some((x) => x.Action === 'stop');
  const policy =
    (lastDie >= 0 && !byCommand && !b.after(i).some((x) => x.Action === 'restart')) ||
    (earlier.length === 0 && (c?.inspect.RestartCount ?? 0) > 0 && !b.after(i).some((x) => x.Action === 'restart'));
  if (policy) return t('explain.start.policy', { name, policy: policyText(c) });
  return t('explain.start', { name });
}

function explainEvent(t: Translate, b: Batch, i: number, names: SignalName): string[] {
  const e = b.events[i]!;
  const name = e.Actor.Attributes.name ?? '';
  const earlier = () => b.before(i);
  switch (e.Action) {
    case 'create':
      return [t('explain.create', { name })];
    case 'attach':
      return [t('explain.attach', { name })];
    case 'start':
      return [explainStart(t, b, i, e)];
    case 'pause':
      return [t('explain.pause', { name })];
    case 'unpause':
      return [t(earlier().some((x) => isKill(x)) ? 'explain.unpause.signal' : 'explain.unpause', { name })];
    case 'kill':
      return [explainKill(t, b, i, e, names)];
    case 'oom':
      return [t('explain.oom', { name })];
    case 'die':
      return explainDie(t, b, i, e, names);
    case 'stop': {
      // A stop that had to signal a process shows its kill since the last start; one that came
      // during a restart back-off has nothing to signal (docker-lifecycle.md §7).
      const sinceStart = earlier();
      const start = sinceStart.findIndex((x) => x.Action === 'start');
      const signalled = sinceStart.slice(0, start < 0 ? undefined : start).some((x) => isKill(x));
      if (!signalled) return [t('explain.stop.backoff', { name })];
      const restart = b.after(i).some((x) => x.Action === 'restart');
      if (!restart && b.after(i).some((x) => x.Action === 'destroy')) return [t('explain.stop.autoRemove', { name })];
      return [t(restart ? 'explain.stop.restart' : 'explain.stop', { name })];
    }
    case 'restart':
      return [t('explain.restart', { name })];
    case 'destroy':
      return [t(earlier().some((x) => x.Action === 'die') ? 'explain.destroy.afterExit' : 'explain.destroy', { name })];
    default:
      return [t('explain.other', { name, action: e.Action })];
  }
}

const END: Record<Exclude<ContainerView['status'], 'restarting' | 'exited'>, MessageKey> = {
  created: 'explain.end.created',
  running: 'explain.end.running',
  paused: 'explain.end.paused',
  removing: 'explain.end.removing',
  dead: 'explain.end.dead',
};

/** Where one container of the batch is now, after its events. */
function explainEnd(t: Translate, b: Batch, id: string, name: string): string | null {
  if (!b.view) return null;
  const c = b.container(id);
  if (!c) return t('explain.end.removed', { name });
  if (c.stopping) return t('explain.end.stopping', { name, command: `docker ${c.stopping.mode}` });
  if (c.status === 'restarting') {
    return t('explain.end.restarting', { name, policy: policyText(c), count: c.inspect.RestartCount });
  }
  if (c.status === 'exited') return t('explain.end.exited', { name, code: c.inspect.State.ExitCode });
  // A start the runtime could not carry out leaves it created, with the error and exit code recorded.
  if (c.status === 'created' && c.inspect.State.Error) {
    return t('explain.end.startFailed', { name, code: c.inspect.State.ExitCode, error: c.inspect.State.Error });
  }
  return t(END[c.status], { name });
}

/**
 * One or two sentences per event, in order, then one per container of the batch saying the
 * state it is in now (from `view`; none when `view` is null).
 */
export function explain(
  t: Translate,
  events: readonly DockerEvent[],
  view: SimulatorView | null,
  signalName: SignalName,
  context: readonly DockerEvent[] = [],
): Explanation[] {
  const b = new Batch(events, view, context);
  const out: Explanation[] = [];
  events.forEach((e, i) => {
    const name = e.Actor.Attributes.name ?? '';
    for (const text of explainEvent(t, b, i, signalName)) out.push({ action: e.Action, name, text });
  });
  const ids = [...new Set(events.map((e) => e.Actor.ID))];
  for (const id of ids) {
    const name = events.find((e) => e.Actor.ID === id)?.Actor.Attributes.name ?? '';
    const text = explainEnd(t, b, id, name);
    if (text) out.push({ action: null, name, text });
  }
  return out;
}

/**
 * For a change that logged no event (a kill during a restart back-off, a removal that failed):
 * where each of those containers is now, and what that state means.
 */
export function explainQuiet(
  t: Translate,
  changed: readonly { id: string; name: string }[],
  view: SimulatorView,
): Explanation[] {
  const b = new Batch([], view);
  return changed.flatMap(({ id, name }) => {
    const text = explainEnd(t, b, id, name);
    return text ? [{ action: null, name, text }] : [];
  });
}
