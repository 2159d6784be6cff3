/**
 * What went wrong in a script (a link's, an embed's): each line that failed, by its number, with
 * its own error (docker's or bash's words, never translated), and each line that was not run.
 * The rest of the script ran; this only says which lines did not do what their author meant.
 */
import { useMemo } from 'react';
import type { TranscriptEntry } from '../../machines/index';
import { useI18n, type Translate } from '../i18n/i18n';
import { useScriptRefusals, useShellSnapshot } from '../sim/SimulatorProvider';
import { MAX_LINE_CHARS, MAX_SCRIPT_LINES, type ScriptRefusal } from '../sim/script';
import { hintText } from './terminal/TranscriptView';
import styles from './ScriptNotice.module.css';

export interface ScriptProblem {
  n: number;
  /** The error as the CLI or bash printed it, or the page's reason in the learner's language. */
  text: string;
  /** True when `text` is docker's or bash's own output (shown as code, never translated). */
  output: boolean;
}

/** The failed lines of a script: a non-zero exit with an error printed (a container's own exit code is no error). */
export function scriptProblems(
  t: Translate,
  entries: readonly TranscriptEntry[],
  refused: readonly ScriptRefusal[],
): ScriptProblem[] {
  const problems: ScriptProblem[] = refused.map((r) => ({
    n: r.n,
    output: false,
    text:
      r.reason === 'too-long'
        ? t('script.tooLong', { max: MAX_LINE_CHARS })
        : t('script.tooMany', { max: MAX_SCRIPT_LINES }),
  }));
  for (const e of entries) {
    if (e.scriptLine === undefined || !e.result || e.result.exitCode === 0) continue;
    // Ended with Ctrl+C by the learner: that is theirs, not the script's.
    if (e.output.some((c) => c.stream === 'input')) continue;
    const error = e.output
      .map((c) => (c.stream === 'stderr' ? c.text : c.stream === 'hint' ? hintText(t, c.hint) : ''))
      .join('')
      .trim();
    if (error) problems.push({ n: e.scriptLine, text: error, output: e.output.some((c) => c.stream === 'stderr') });
  }
  return problems.sort((a, b) => a.n - b.n);
}

export function ScriptNotice() {
  const { t } = useI18n();
  const { entries } = useShellSnapshot();
  const refused = useScriptRefusals();
  const problems = useMemo(() => scriptProblems(t, entries, refused), [t, entries, refused]);
  if (problems.length === 0) return null;
  return (
    <div role="alert" className={styles.notice} data-testid="script-problems">
      <p className={styles.lead}>{t('script.problems')}</p>
      <ul className={styles.list}>
        {problems.map((p, i) => (
          <li key={i} data-script-line={p.n}>
            {t('script.line', { n: p.n })}{' '}
            {p.output ? <code className={styles.output}>{p.text}</code> : <span>{p.text}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
