/** What just happened, and why: the daemon's and the kernel's side of the last change. */
import type { DockerEvent, SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { explain } from './explain';
import { Panel } from './Panel';
import styles from './panels.module.css';

export function ExplainPanel({ events, view }: { events: readonly DockerEvent[]; view: SimulatorView }) {
  const { t } = useI18n();
  const lines = explain(t, events, view);
  return (
    <Panel title={t('panel.explain')}>
      {lines.length === 0 ? (
        <p className={styles.hint}>{t('panel.explain.none')}</p>
      ) : (
        <ol className={styles.explain}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
