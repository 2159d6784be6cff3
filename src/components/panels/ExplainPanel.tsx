/**
 * What just happened, and why: the daemon's and the kernel's side of the latest step that changed
 * something (a command, a fault, or something that happened by itself), or that Docker refused,
 * one line per docker event, then the state each container it touched is in now. A command that
 * only reads (`docker ps`) leaves the last explanation in place.
 */
import { useMemo } from 'react';
import type { ContainerView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { useExplanation } from './useExplanation';
import { Panel } from './Panel';
import styles from './ExplainPanel.module.css';

/** A long story (a restart loop) shows its newest event lines; docker events has them all. */
const EVENT_LINES = 12;

export interface ExplainPanelProps {
  /** The containers as they are now. */
  containers: readonly ContainerView[];
}

export function ExplainPanel({ containers }: ExplainPanelProps) {
  const { t } = useI18n();
  const { lines: all, step } = useExplanation(containers);
  const { lines, earlier } = useMemo(() => {
    const events = all.filter((l) => l.action !== null).length;
    const skip = Math.max(0, events - EVENT_LINES);
    let skipped = 0;
    const shown = all.filter((l) => l.action === null || ++skipped > skip);
    return { lines: shown, earlier: skip };
  }, [all]);
  return (
    <Panel title={t('panel.explain')}>
      {lines.length === 0 ? (
        <p className={styles.hint}>{t('panel.explain.none')}</p>
      ) : (
        <>
          {earlier > 0 ? <p className={styles.hint}>{t('panel.explain.earlier', { count: earlier })}</p> : null}
          <ol className={styles.list} data-step={step ?? undefined}>
            {lines.map((line, i) => (
              <li key={i} className={line.action ? styles.event : styles.end} data-action={line.action ?? undefined}>
                {line.action ? <code className={styles.action}>{line.action}</code> : null}
                <span>{line.text}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
