/**
 * What just happened, and why: the daemon's and the kernel's side of the latest command (or of
 * what happened by itself), one line per docker event, then the state each container is in now.
 */
import type { DockerEvent, SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { explain } from './explain';
import { Panel } from './Panel';
import { useModel } from './useModel';
import styles from './ExplainPanel.module.css';

export interface ExplainPanelProps {
  /** The docker events of the latest command or automatic transition (the page's `lastBatch`). */
  events: readonly DockerEvent[];
  view: SimulatorView;
}

export function ExplainPanel({ events, view }: ExplainPanelProps) {
  const { t } = useI18n();
  const model = useModel();
  const lines = model ? explain(t, events, view, model.signalName) : [];
  return (
    <Panel title={t('panel.explain')}>
      {lines.length === 0 ? (
        <p className={styles.hint}>{t('panel.explain.none')}</p>
      ) : (
        <ol className={styles.list}>
          {lines.map((line, i) => (
            <li key={i} className={line.action ? styles.event : styles.end} data-action={line.action ?? undefined}>
              {line.action ? <code className={styles.action}>{line.action}</code> : null}
              <span>{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
