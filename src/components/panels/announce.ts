/**
 * The spoken line for the model's latest moves (simulator-contract.md §3): every container that
 * moved, with each state it passed through, in the order the model moved it. A `docker restart`
 * is heard as running → exited → running because those are its moves.
 */
import type { LifecycleState, Move } from '../../../machines/index';
import { stateLabel } from '../../i18n/stateLabel';
import type { Translate } from '../../i18n/i18n';

function label(t: Translate, state: LifecycleState): string {
  return state === 'removed' ? t('announce.state.removed') : stateLabel(t, state);
}

/** One sentence per container that moved, in the order each first moved; empty when none did. */
export function announcementFor(t: Translate, moves: readonly Move[]): string {
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
  return parts.join(' ');
}
