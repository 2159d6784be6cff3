/**
 * The spoken line for a change of the view: every container whose state changed, with its new
 * state, including the ones that appeared and the ones that went (simulator-contract.md §3).
 */
import type { DockerEvent, LifecycleState, SimulatorView } from '../../../machines/index';
import { stateLabel } from '../../i18n/stateLabel';
export { stateLabel };
import type { Translate } from '../../i18n/i18n';

/** The state an event leaves a container in, for the events that move it (kill, stop, attach… do not). */
const MOVES: Record<string, LifecycleState> = {
  create: 'created',
  start: 'running',
  unpause: 'running',
  pause: 'paused',
  die: 'exited',
  destroy: 'removed',
};

function label(t: Translate, state: LifecycleState): string {
  return state === 'removed' ? t('announce.state.removed') : stateLabel(t, state);
}

interface Path {
  name: string;
  states: LifecycleState[];
  /** The last state came from a `die`: exited, unless the view says where the exit led (restarting, removing…). */
  tentative: boolean;
}

/**
 * The spoken line for what happened between two views: every container whose state changed, with
 * each state it went through, read from the events that came in between (`events`). A `docker
 * restart` goes running → exited → running within one frame; comparing the two views alone would
 * hear nothing. States no event marks (restarting, removing, dead) come from the view.
 *
 * Empty when nothing changed, and for the first view (`before` null): what is there when the
 * page opens is not news.
 */
export function announcementFor(
  t: Translate,
  before: SimulatorView | null,
  after: SimulatorView,
  events: readonly DockerEvent[] = [],
): string {
  if (!before) return '';
  const paths = new Map<string, Path>();
  for (const c of before.containers) paths.set(c.id, { name: c.name, states: [c.status], tentative: false });
  for (const e of events) {
    const state = MOVES[e.Action];
    if (!state) continue;
    let path = paths.get(e.Actor.ID);
    if (!path) {
      path = { name: e.Actor.Attributes['name'] ?? e.Actor.ID.slice(0, 12), states: [], tentative: false };
      paths.set(e.Actor.ID, path);
    }
    if (path.states.at(-1) !== state) path.states.push(state);
    path.tentative = e.Action === 'die';
  }
  const now = new Map(after.containers.map((c) => [c.id, c]));
  for (const c of after.containers) {
    if (!paths.has(c.id)) paths.set(c.id, { name: c.name, states: ['created'], tentative: false });
  }
  // Containers in the order of the view, then the ones that went.
  const order = [...after.containers.map((c) => c.id), ...[...paths.keys()].filter((id) => !now.has(id))];
  const parts: string[] = [];
  for (const id of order) {
    const path = paths.get(id);
    if (!path) continue;
    const final: LifecycleState = now.get(id)?.status ?? 'removed';
    const states = [...path.states];
    if (states.at(-1) !== final) {
      if (path.tentative && final !== 'removed') states.pop();
      if (states.at(-1) !== final) states.push(final);
    }
    const wasThere = before.containers.some((c) => c.id === id);
    if (wasThere && states.length < 2) continue;
    const [first, ...rest] = states;
    if (!first) continue;
    if (rest.length === 0) parts.push(t('announce.appeared', { name: path.name, state: label(t, first) }));
    else if (wasThere && rest.length === 1 && final === 'removed')
      parts.push(t('announce.removed', { name: path.name }));
    else
      parts.push(
        t('announce.changed', { name: path.name, from: label(t, first), to: rest.map((s) => label(t, s)).join(' → ') }),
      );
  }
  return parts.join(' ');
}
