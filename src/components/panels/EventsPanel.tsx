/**
 * The `docker events` stream as the CLI prints it, oldest at the top. It follows new events while
 * the reader is at the bottom, renders only the last EVENTS_SHOWN lines, and marks the events of
 * the latest command.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DockerEvent, LiveSimulator, SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { EVENTS_SHOWN, latestIndexes } from './eventLines';
import { Panel } from './Panel';
import { useModel } from './useModel';
import styles from './EventsPanel.module.css';

export interface EventsPanelProps {
  sim: Pick<LiveSimulator, 'eventsSince'>;
  view: SimulatorView;
  /**
   * The events of the latest command or automatic change (the page's `lastBatch`). Without it,
   * the events that came with the latest growth of the log are marked.
   */
  latest?: readonly DockerEvent[];
  /** Formats one line; by default the model's `formatEventLine`, which prints what the CLI prints. */
  format?: (e: DockerEvent) => string;
}

/** Within this many pixels of the end, the reader counts as being at the bottom. */
const BOTTOM_SLACK = 8;

export function EventsPanel({ sim, view, latest, format: formatProp }: EventsPanelProps) {
  const { t } = useI18n();
  const model = useModel();
  const total = view.eventCount;
  const first = Math.max(0, total - EVENTS_SHOWN);
  // The view is the moment drawn: the log may already hold more, which the next view brings.
  const shown = useMemo(() => sim.eventsSince(first).slice(0, total - first), [sim, first, total]);

  // Without `latest`: the log's range [from, to) that came with its latest growth.
  const [growth, setGrowth] = useState({ from: total, to: total });
  if (growth.to !== total) setGrowth({ from: Math.min(growth.to, total), to: total });
  const marked = useMemo(() => {
    if (latest) return latestIndexes(shown, first, latest);
    const out = new Set<number>();
    for (let i = Math.max(first, growth.from); i < growth.to; i++) out.add(i);
    return out;
  }, [shown, first, latest, growth]);

  const format = formatProp ?? model?.formatEventLine;
  const lines = useMemo(() => (format ? shown.map((e) => format(e)) : []), [format, shown]);

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
          const index = first + i;
          const isLatest = marked.has(index);
          return (
            <div
              key={index}
              className={isLatest ? `${styles.line} ${styles.latest}` : styles.line}
              data-event-index={index}
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
