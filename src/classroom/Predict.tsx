/**
 * Predict the next state: with predict mode on (always in a lesson), a click on a verb first asks
 * where the container will land (and its exit code, when it exits), then runs the command and
 * says right or wrong, with the reason from the explanation. While the question is open nothing
 * on the page gives the answer away (the page hides next-move highlights and verdicts).
 */
import { useId, useState } from 'react';
import type { CommandReport } from '../../machines/index';
import { LEVEL_STATES } from '../../machines/vocabulary';
import { useI18n } from '../i18n/i18n';
import { stateLabel } from '../i18n/stateLabel';
import { useSimulator } from '../sim/SimulatorProvider';
import { explainStep } from '../components/panels/explain';
import { headline } from '../components/panels/useExplanation';
import styles from './Predict.module.css';

export interface PendingPrediction {
  verb: string;
  line: string;
  containerId: string | null;
  name: string;
}

export interface PredictResult {
  right: boolean;
  /** What happened: the state it landed in, or `refused`, and the exit code if it exited. */
  actual: string;
  exitCode: number | null;
  reason: string;
}

export interface Score {
  right: number;
  total: number;
}

type Choice = (typeof LEVEL_STATES)['all'][number] | 'refused';

export interface PredictProps {
  pending: PendingPrediction;
  onCancel: () => void;
  /** The prediction was checked: the page keeps the score and shows the result. */
  onResult: (result: PredictResult) => void;
}

/** What the command did to the container: the state it is in now, or `refused`. */
function outcomeOf(
  report: CommandReport,
  inspect: (id: string) => { State: { Status: string; ExitCode: number } } | undefined,
  containerId: string | null,
): { actual: string; exitCode: number | null } {
  const target = report.targets[0];
  if (target && (target.outcome === 'refused' || target.outcome === 'missing'))
    return { actual: 'refused', exitCode: null };
  const id = target?.id ?? containerId;
  const c = id ? inspect(id) : undefined;
  if (!c) return { actual: 'removed', exitCode: null };
  return { actual: c.State.Status, exitCode: c.State.Status === 'exited' ? c.State.ExitCode : null };
}

export function Predict({ pending, onCancel, onResult }: PredictProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const id = useId();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [code, setCode] = useState('');
  const [running, setRunning] = useState(false);
  const choices: Choice[] = [...LEVEL_STATES.lifecycle, 'refused'];

  const submit = async () => {
    if (!api || choice === null) return;
    setRunning(true);
    const report = await api.click(pending.line);
    const { actual, exitCode } = outcomeOf(report, (x) => api.sim.inspect(x), pending.containerId);
    const guessedCode = code.trim() === '' ? null : Number(code);
    const right = choice === actual && (guessedCode === null || exitCode === null || guessedCode === exitCode);
    const trace = api.sim.stepTrace(report.step);
    const lines = explainStep(
      t,
      { ...trace, report, label: pending.line },
      api.sim.view().containers,
      api.engine.signalName,
    );
    onResult({ right, actual, exitCode, reason: headline(lines) });
  };

  return (
    <section className={styles.predict} role="dialog" aria-labelledby={`${id}-h`} data-testid="predict">
      <h2 id={`${id}-h`} className={styles.heading}>
        {t('predict.question', { line: pending.line })}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className={styles.choices}>
          <legend>{t('predict.where', { name: pending.name })}</legend>
          {choices.map((c) => (
            <label key={c} className={styles.choice}>
              <input type="radio" name={`${id}-state`} value={c} checked={choice === c} onChange={() => setChoice(c)} />
              {c === 'refused' ? t('predict.refused') : c === 'removed' ? t('predict.removed') : stateLabel(t, c)}
            </label>
          ))}
        </fieldset>
        {choice === 'exited' ? (
          <label className={styles.code}>
            {t('predict.exitCode')}
            <input
              type="number"
              min={0}
              max={255}
              inputMode="numeric"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              data-testid="predict-exit-code"
            />
          </label>
        ) : null}
        <div className={styles.buttons}>
          <button type="submit" disabled={choice === null || running} data-testid="predict-run">
            {t('predict.run')}
          </button>
          <button type="button" onClick={onCancel} disabled={running}>
            {t('predict.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function PredictOutcome({ result, score }: { result: PredictResult; score: Score }) {
  const { t } = useI18n();
  const landed =
    result.actual === 'refused'
      ? t('predict.wasRefused')
      : result.exitCode !== null
        ? t('predict.landedCode', { state: result.actual, code: result.exitCode })
        : t('predict.landed', { state: result.actual });
  return (
    <p
      className={styles.outcome}
      role="status"
      data-testid="predict-result"
      data-right={result.right ? 'true' : 'false'}
    >
      <strong>{result.right ? t('predict.right') : t('predict.wrong')}</strong> {landed} {result.reason}{' '}
      <span data-testid="predict-score">{t('predict.score', { right: score.right, total: score.total })}</span>
    </p>
  );
}
