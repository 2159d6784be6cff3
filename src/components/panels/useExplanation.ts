/** The explanation of the step in focus, as lines: the panel shows them all, presenter and predict one. */
import { useMemo } from 'react';
import type { ContainerView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { useFocus, useSimulator } from '../../sim/SimulatorProvider';
import { explainStep, type Explanation } from './explain';

export function useExplanation(containers: readonly ContainerView[]): { lines: Explanation[]; step: number | null } {
  const { t } = useI18n();
  const api = useSimulator();
  const focus = useFocus();
  return useMemo(() => {
    if (!api || !focus) return { lines: [], step: null };
    const trace = api.sim.stepTrace(focus.step);
    const label = api.sim.step(focus.step)?.label ?? '';
    return {
      lines: explainStep(t, { ...trace, report: focus.report, label }, containers, api.engine.signalName),
      step: focus.step,
    };
  }, [api, focus, t, containers]);
}

/** The one line that says most about what Docker did: its last event's, or where things ended. */
export function headline(lines: readonly Explanation[]): string {
  return ([...lines].reverse().find((l) => l.action !== null) ?? lines[0])?.text ?? '';
}
