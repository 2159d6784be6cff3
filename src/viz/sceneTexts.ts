/** The diagram's words in the learner's language: a state's gloss and the automatic causes. */
import type { Cause, LifecycleState } from '../../machines/index';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import type { SceneTexts } from './scene';

const AUTO: Partial<Record<Cause | 'thaw', MessageKey>> = {
  exit: 'diagram.cause.exit',
  oom: 'diagram.cause.oom',
  'restart-policy': 'diagram.cause.policy',
  'auto-remove': 'diagram.cause.autoremove',
  fault: 'diagram.cause.fault',
  thaw: 'diagram.cause.thaw',
};

export function sceneTexts(t: Translate): SceneTexts {
  return {
    // English needs no gloss (its gloss is Docker's word itself); Korean adds the term its articles use.
    gloss: (state: LifecycleState) => {
      const gloss = t(`state.gloss.${state}` as MessageKey);
      return gloss === state ? null : gloss;
    },
    auto: (cause) => {
      const key = AUTO[cause];
      return key ? t(key) : cause;
    },
  };
}
