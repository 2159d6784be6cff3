/** The `docker events` stream, as the CLI prints it, newest at the bottom. */
import { useEffect, useMemo, useRef } from 'react';
import type { LiveSimulator, SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { Panel } from './Panel';
import styles from './panels.module.css';

const SHOWN = 200;

export function EventsPanel({
  sim,
  view,
  format,
}: {
  sim: LiveSimulator;
  view: SimulatorView;
  format: (e: ReturnType<LiveSimulator['events']>[number]) => string;
}) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const lines = useMemo(
    () => sim.eventsSince(Math.max(0, view.eventCount - SHOWN)).map(format),

    [sim, view.eventCount, format],
  );
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);
  return (
    <Panel title={t('panel.events')} command="docker events">
      {view.eventCount > SHOWN ? (
        <p className={styles.hint}>{t('panel.events.capped', { shown: SHOWN, total: view.eventCount })}</p>
      ) : null}
      <div
        ref={box}
        className={`${styles.terminal} ${styles.scroll}`}
        role="log"
        aria-label="docker events"
        tabIndex={0}
      >
        {lines.map((line, i) => (
          <div key={view.eventCount - lines.length + i} className={styles.line}>
            {line}
          </div>
        ))}
      </div>
    </Panel>
  );
}
