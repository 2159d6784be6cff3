/** Container states in the learner's language, for announcements and the diagram's tokens. */
import type { ContainerStatus } from '../../machines/index';
import type { MessageKey } from './en';
import type { Translate } from './i18n';

const STATE: Record<ContainerStatus, MessageKey> = {
  created: 'announce.state.created',
  running: 'announce.state.running',
  paused: 'announce.state.paused',
  restarting: 'announce.state.restarting',
  removing: 'announce.state.removing',
  exited: 'announce.state.exited',
  dead: 'announce.state.dead',
};

/** A state as the page says it: Docker's word (with the Korean term in Korean). */
export function stateLabel(t: Translate, state: ContainerStatus): string {
  return t(STATE[state]);
}
