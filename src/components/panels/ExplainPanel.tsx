/**
 * What just happened, and why: the daemon's and the kernel's side of the latest command (or of
 * what happened by itself), one line per docker event, then the state each container is in now.
 */
import type { DockerEvent, LiveSimulator, SimulatorView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { explain, explainQuiet } from './explain';
import { Panel } from './Panel';
import { useModel } from './useModel';
import styles from './ExplainPanel.module.css';

export interface ExplainPanelProps {
  /** The docker events of the latest command or automatic transition (the page's `lastBatch`). */
  events: readonly DockerEvent[];
  view: SimulatorView;
  /** The event log, for the events before the batch that it continues (a stop's first signal). */
  sim?: Pick<LiveSimulator, 'eventsSince'>;
  /** Containers whose state changed with no event (explained when the batch is empty). */
  quiet?: readonly { id: string; name: string }[];
}

/** How far back the explanation looks before the batch. */
const CONTEXT_EVENTS = 50;

export function ExplainPanel({ events, view, sim, quiet = [] }: ExplainPanelProps) {
  const { t } = useI18n();
  const model = useModel();
  // The batch ends at the view's last event; what came before it is its context.
  const start = Math.max(0, view.eventCount - events.length);
  const from = Math.max(0, start - CONTEXT_EVENTS);
  const context = sim ? sim.eventsSince(from).slice(0, start - from) : [];
  const lines =
    events.length === 0
      ? explainQuiet(t, quiet, view)
      : model
        ? explain(t, events, view, model.signalName, context)
        : [];
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
