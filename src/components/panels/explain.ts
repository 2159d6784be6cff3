/**
 * What the daemon and the kernel did in one step (a command, a fault, or something that happened
 * by itself), event by event, then where each container it touched is now (docker-lifecycle.md
 * §2, §5, §7, §9). Each sentence is chosen by what the model recorded about the event (its trace:
 * which command sent a signal and in which role, how a process ended), never guessed from the
 * order of the log. Docker's own words (commands, signal names, exit codes, state names, errors)
 * are parameters or stay verbatim in the catalog texts; they are never translated.
 */
import type {
  CommandReport,
  ContainerView,
  EventTrace,
  Move,
  SignalSource,
  TracedEvent,
} from '../../../machines/index';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import { stateLabel } from '../../i18n/stateLabel';

export interface Explanation {
  /** The docker event explained (`kill`, `die` …); null for where a container ended up. */
  action: string | null;
  /** The container's name, as the events show it. */
  name: string;
  text: string;
}

/** The conventional name of a signal number (the model's `signalName`). */
export type SignalName = (n: number) => string;

export interface StepStory {
  events: readonly TracedEvent[];
  moves: readonly Move[];
  /** The command's report, when the step was a command that has finished. */
  report: CommandReport | null;
  /** The step's command line, for a refusal. */
  label: string;
}

const SIGKILL = 9;

const SOURCE: Record<SignalSource, MessageKey> = {
  default: 'explain.source.default',
  image: 'explain.source.image',
  'create-flag': 'explain.source.createFlag',
  option: 'explain.source.flag',
};

/** The restart policy as `--restart` takes it: `always`, `on-failure:3` … */
function policyText(c: ContainerView | undefined): string {
  const p = c?.inspect.HostConfig.RestartPolicy;
  if (!p) return 'no';
  return p.Name === 'on-failure' && p.MaximumRetryCount > 0 ? `${p.Name}:${p.MaximumRetryCount}` : p.Name || 'no';
}

const commandOf = (trace: EventTrace) => `docker ${trace.cause}`;

function explainKill(t: Translate, e: TracedEvent, names: SignalName): string {
  const name = e.event.Actor.Attributes.name ?? '';
  const n = Number(e.event.Actor.Attributes.signal ?? SIGKILL);
  const role = e.trace.kill;
  if (role?.role === 'fallback')
    return t('explain.kill.fallback', { name, seconds: Math.round(role.graceMs / 1000), signal: names(role.after) });
  if (role?.role === 'stop-signal')
    return t('explain.kill.stop', {
      name,
      command: commandOf(e.trace),
      signal: names(n),
      n,
      source: t(SOURCE[role.source]),
    });
  switch (e.trace.cause) {
    case 'rm':
      return t('explain.kill.rm', { name });
    case 'run':
    case 'start':
    case 'attach':
      return t('explain.kill.proxy', { name, command: commandOf(e.trace), signal: names(n), n });
    default:
      return n === SIGKILL ? t('explain.kill.kill', { name }) : t('explain.kill.other', { name, signal: names(n), n });
  }
}

function explainDie(t: Translate, e: TracedEvent, c: ContainerView | undefined, names: SignalName): string[] {
  const name = e.event.Actor.Attributes.name ?? '';
  const code = Number(e.event.Actor.Attributes.exitCode ?? '0');
  const exit = e.trace.exit;
  switch (exit?.how) {
    case 'oom':
      return [t('explain.die.oom', { name })];
    case 'fallback':
      return [
        t('explain.die.ignored', {
          name,
          command: commandOf(e.trace),
          signal: names(exit.ignored ?? 15),
        }),
      ];
    case 'signal': {
      const n = exit.signal ?? code - 128;
      const lines = [t('explain.die.signal', { name, code, n, signal: names(n) })];
      if (c?.inspect.HostConfig.Init && n !== SIGKILL) lines.push(t('explain.die.init', { name }));
      return lines;
    }
    case 'handled':
      return [t('explain.die.handled', { name, signal: names(exit.signal ?? 15) })];
    case 'eof':
      return [t('explain.die.eof', { name, process: c?.process ?? 'sh' })];
    default:
      break;
  }
  if (code === 0) return [t('explain.die.0', { name })];
  if (code === 1) return [t('explain.die.1', { name })];
  if (code === 126) return [t('explain.die.126', { name })];
  if (code === 127) return [t('explain.die.127', { name })];
  if (code > 128 && code <= 128 + 64)
    return [t('explain.die.chosen', { name, code, n: code - 128, signal: names(code - 128) })];
  return [t('explain.die.code', { name, code })];
}

/** moby's defaultProbeRetries, when neither the image nor `--health-retries` sets one. */
const DEFAULT_RETRIES = 3;

/** The command of an `exec_create: CMD` / `exec_start: CMD` event. */
const execCommand = (action: string) => action.slice(action.indexOf(':') + 1).trim();

/**
 * The events of `docker exec` and of the health monitor's probes (which Docker runs as execs), and
 * the health status they lead to (docker-lifecycle.md: health never moves a container).
 */
function explainExecOrHealth(t: Translate, e: TracedEvent, c: ContainerView | undefined): string[] | null {
  const name = e.event.Actor.Attributes.name ?? '';
  const action = e.event.Action;
  const probe = e.trace.cause === 'healthcheck';
  if (action.startsWith('exec_create:'))
    return [t(probe ? 'explain.probe.create' : 'explain.exec.create', { name, command: execCommand(action) })];
  if (action.startsWith('exec_start:')) return probe ? [] : [t('explain.exec.start', { name })];
  if (action === 'exec_die') {
    const code = Number(e.event.Actor.Attributes.exitCode ?? '0');
    if (probe) return [t(code === 0 ? 'explain.probe.pass' : 'explain.probe.fail', { name, code })];
    if (e.trace.cause !== 'exec') return [t('explain.exec.killed', { name, code })];
    return [t('explain.exec.die', { name, code })];
  }
  if (action === 'exec_detach') return [t('explain.exec.detach', { name })];
  if (action.startsWith('health_status:')) {
    const status = execCommand(action);
    if (status === 'healthy') return [t('explain.health.healthy', { name })];
    if (status === 'unhealthy')
      // It turned unhealthy when its failing streak reached the retries (daemon/health.go).
      return [
        t('explain.health.unhealthy', { name, count: c?.inspect.Config.Healthcheck?.Retries ?? DEFAULT_RETRIES }),
      ];
    return [t('explain.health.other', { name, status })];
  }
  return null;
}

function explainEvent(t: Translate, story: StepStory, e: TracedEvent, c: ContainerView | undefined, names: SignalName) {
  const name = e.event.Actor.Attributes.name ?? '';
  const id = e.event.Actor.ID;
  const execOrHealth = explainExecOrHealth(t, e, c);
  if (execOrHealth) return execOrHealth;
  switch (e.event.Action) {
    case 'create':
      return [t('explain.create', { name })];
    case 'attach':
      return [t(e.trace.cause === 'attach' ? 'explain.attach.command' : 'explain.attach', { name })];
    case 'detach':
      return [t('explain.detach', { name })];
    case 'rename':
      return [t('explain.rename', { name, old: (e.event.Actor.Attributes.oldName ?? '').replace(/^\//, '') })];
    case 'update':
      return [t('explain.update', { name, policy: policyText(c) })];
    case 'top':
      return [t('explain.top', { name })];
    case 'prune':
      return [
        t('explain.prune', {
          count: story.moves.filter((m) => m.cause === 'prune' && m.to === 'removed').length,
          reclaimed: e.event.Actor.Attributes.reclaimed ?? '0',
        }),
      ];
    case 'start':
      return [
        e.trace.cause === 'restart-policy'
          ? t('explain.start.policy', { name, policy: policyText(c) })
          : t('explain.start', { name }),
      ];
    case 'pause':
      return [t('explain.pause', { name })];
    case 'unpause':
      return [t(e.trace.thaw ? 'explain.unpause.signal' : 'explain.unpause', { name })];
    case 'kill':
      return [explainKill(t, e, names)];
    case 'oom':
      return [t('explain.oom', { name })];
    case 'die':
      return explainDie(t, e, c, names);
    case 'stop': {
      const mine = story.moves.filter((m) => m.container === id);
      if (mine.some((m) => m.from === 'restarting' && m.to === 'exited')) return [t('explain.stop.backoff', { name })];
      if (e.trace.cause === 'restart') return [t('explain.stop.restart', { name })];
      if (mine.some((m) => m.cause === 'auto-remove')) return [t('explain.stop.autoRemove', { name })];
      return [t('explain.stop', { name })];
    }
    case 'restart':
      return [t('explain.restart', { name })];
    case 'destroy':
      return [
        t(
          e.trace.cause === 'auto-remove'
            ? 'explain.destroy.auto'
            : e.trace.cause === 'prune'
              ? 'explain.destroy.prune'
              : 'explain.destroy',
          { name },
        ),
      ];
    default:
      return [t('explain.other', { name, action: e.event.Action })];
  }
}

const END: Record<Exclude<ContainerView['status'], 'restarting' | 'exited'>, MessageKey> = {
  created: 'explain.end.created',
  running: 'explain.end.running',
  paused: 'explain.end.paused',
  removing: 'explain.end.removing',
  dead: 'explain.end.dead',
};

/** Where one container is now. */
function explainEnd(t: Translate, c: ContainerView | undefined, name: string): string {
  if (!c) return t('explain.end.removed', { name });
  if (c.stopping) return t('explain.end.stopping', { name, command: `docker ${c.stopping.mode}` });
  if (c.status === 'restarting') {
    return t('explain.end.restarting', { name, policy: policyText(c), count: c.inspect.RestartCount });
  }
  if (c.status === 'exited') return t('explain.end.exited', { name, code: c.inspect.State.ExitCode });
  if (c.status === 'running' && c.health) return t('explain.end.runningHealth', { name, health: c.health.status });
  // A start the runtime could not carry out leaves it created, with the error and exit code recorded.
  if (c.status === 'created' && c.inspect.State.Error) {
    return t('explain.end.startFailed', { name, code: c.inspect.State.ExitCode, error: c.inspect.State.Error });
  }
  return t(END[c.status], { name });
}

/** What a command did to the containers it named without changing them: refusals and no-ops. */
function explainOutcomes(t: Translate, story: StepStory, containers: readonly ContainerView[]): Explanation[] {
  const out: Explanation[] = [];
  for (const target of story.report?.targets ?? []) {
    const c = containers.find((x) => x.id === target.id);
    const name = target.name ?? target.arg;
    // A command that did something to it first (docker run created it) is told by its events.
    if (target.id && story.events.some((e) => e.event.Actor.ID === target.id)) continue;
    if (target.outcome === 'missing')
      out.push({ action: null, name, text: t('explain.missing', { arg: target.arg, error: target.error ?? '' }) });
    else if (target.outcome === 'refused')
      out.push({ action: null, name, text: t('explain.refused', { command: story.label, error: target.error ?? '' }) });
    else if (target.outcome === 'no-op' && c)
      out.push({
        action: null,
        name,
        text: t('explain.noop', { command: story.label, name, state: stateLabel(t, c.status) }),
      });
  }
  return out;
}

/**
 * One or two sentences per event of the step, in order; a sentence for a command's refusals and
 * no-ops; then one per container the step touched, saying the state it is in now.
 */
export function explainStep(
  t: Translate,
  story: StepStory,
  containers: readonly ContainerView[],
  signalName: SignalName,
): Explanation[] {
  const byId = new Map(containers.map((c) => [c.id, c]));
  const out: Explanation[] = [];
  for (const e of story.events) {
    const name = e.event.Actor.Attributes.name ?? '';
    for (const text of explainEvent(t, story, e, byId.get(e.event.Actor.ID), signalName))
      out.push({ action: e.event.Action, name, text });
  }
  // A move that logged no event (a kill during the restart back-off, a removal that fails).
  for (const m of story.moves) {
    if (m.events.length > 0) continue;
    if (m.from === 'restarting' && m.to === 'exited')
      out.push({ action: null, name: m.name, text: t('explain.stop.backoff', { name: m.name }) });
  }
  out.push(...explainOutcomes(t, story, containers));
  const touched = new Map<string, string>();
  // A daemon-wide event (`prune`) has no Actor ID: it touched no container of its own.
  for (const e of story.events)
    if (e.event.Actor.ID) touched.set(e.event.Actor.ID, e.event.Actor.Attributes.name ?? '');
  for (const m of story.moves) touched.set(m.container, m.name);
  for (const target of story.report?.targets ?? []) if (target.id) touched.set(target.id, target.name ?? target.arg);
  for (const [id, name] of touched) out.push({ action: null, name, text: explainEnd(t, byId.get(id), name) });
  return out;
}
