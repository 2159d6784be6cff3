/**
 * The `docker events` stream as the CLI prints it, oldest at the top. It follows new events while
 * the reader is at the bottom, renders only the last EVENTS_SHOWN lines, and marks the events of
 * the step being explained (the latest change), as the model records each event's step.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useFocus, useSimSelector, useSimulator } from '../../sim/SimulatorProvider';
import { Panel } from './Panel';
import styles from './EventsPanel.module.css';

/** At most this many lines are rendered; a note says how many older ones are left out. */
export const EVENTS_SHOWN = 200;

/** Within this many pixels of the end, the reader counts as being at the bottom. */
const BOTTOM_SLACK = 8;

export function EventsPanel() {
  const { t } = useI18n();
  const api = useSimulator();
  const focus = useFocus();
  const total = useSimSelector((s) => s.counts().events, 0);
  const first = Math.max(0, total - EVENTS_SHOWN);
  const shown = useMemo(
    () => (api ? api.sim.tracedEventsSince(first).slice(0, total - first) : []),
    [api, first, total],
  );
  const format = api?.engine.formatEventLine;
  const lines = useMemo(() => (format ? shown.map((e) => format(e.event)) : []), [format, shown]);

  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  useLayoutEffect(() => {
    const el = box.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [lines]);

  return (
    <Panel title={t('panel.events')} command="docker events">
      {first > 0 ? <p className={styles.hint}>{t('panel.events.capped', { shown: EVENTS_SHOWN, total })}</p> : null}
      <div
        ref={box}
        className={styles.log}
        role="log"
        // The status region announces the changes; reading every event aloud would repeat them.
        aria-live="off"
        aria-label="docker events"
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK;
        }}
      >
        {lines.map((line, i) => {
          const traced = shown[i];
          const isLatest = traced !== undefined && focus !== null && traced.trace.step === focus.step;
          return (
            <div
              key={traced?.index ?? i}
              className={isLatest ? `${styles.line} ${styles.latest}` : styles.line}
              data-event-index={traced?.index}
              data-latest={isLatest ? 'true' : undefined}
            >
              {line}
            </div>
          );
        })}
      </div>
      <p className={styles.hint}>{total === 0 ? t('panel.events.empty') : t('panel.events.legend')}</p>
    </Panel>
  );
}
