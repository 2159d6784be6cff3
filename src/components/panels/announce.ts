/**
 * The spoken line for the model's latest moves (simulator-contract.md §3): every container that
 * moved, with each state it passed through, in the order the model moved it. A `docker restart`
 * is heard as running → exited → running because those are its moves. Two events change what a
 * sighted learner sees on a token without a move, so they are spoken too: a rename and a health
 * status that changed.
 */
import type { LifecycleState, Move, TracedEvent } from '../../../machines/index';
import { stateLabel } from '../../i18n/stateLabel';
import type { Translate } from '../../i18n/i18n';

function label(t: Translate, state: LifecycleState): string {
  return state === 'removed' ? t('announce.state.removed') : stateLabel(t, state);
}

/** What a rename or a health change says, in the order they happened. */
function tokenChanges(t: Translate, events: readonly TracedEvent[]): string[] {
  const out: string[] = [];
  for (const { event } of events) {
    // A daemon-wide event (`prune`) names no container.
    if (!event.Actor.ID) continue;
    const name = event.Actor.Attributes.name ?? '';
    if (event.Action === 'rename')
      out.push(t('announce.renamed', { old: (event.Actor.Attributes.oldName ?? '').replace(/^\//, ''), name }));
    else if (event.Action.startsWith('health_status:'))
      out.push(t('announce.health', { name, health: event.Action.slice('health_status:'.length).trim() }));
  }
  return out;
}

/**
 * One sentence per container that moved, in the order each first moved, then one per rename or
 * health change among `events`; empty when nothing of that happened.
 */
export function announcementFor(t: Translate, moves: readonly Move[], events: readonly TracedEvent[] = []): string {
  const paths = new Map<string, { name: string; states: LifecycleState[]; born: boolean }>();
  for (const m of moves) {
    let path = paths.get(m.container);
    if (!path) {
      path = { name: m.name, states: m.from === 'none' ? [] : [m.from], born: m.from === 'none' };
      paths.set(m.container, path);
    }
    path.states.push(m.to);
  }
  const parts: string[] = [];
  for (const { name, states, born } of paths.values()) {
    const [first, ...rest] = states;
    if (!first) continue;
    if (rest.length === 0) parts.push(t('announce.appeared', { name, state: label(t, first) }));
    else if (!born && rest.length === 1 && rest[0] === 'removed') parts.push(t('announce.removed', { name }));
    else
      parts.push(t('announce.changed', { name, from: label(t, first), to: rest.map((s) => label(t, s)).join(' → ') }));
  }
  parts.push(...tokenChanges(t, events));
  return parts.join(' ');
}
