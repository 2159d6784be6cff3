/**
 * What the selected container's main process wrote, as `docker logs` prints it: stdout and stderr
 * in the order they were written (stderr marked apart), every run since it was created, since the
 * engine keeps a container's output across restarts until it is removed. It follows new lines as
 * the virtual clock runs while the reader is at the bottom, and renders only the last LOGS_SHOWN.
 */
import { useLayoutEffect, useRef } from 'react';
import type { ContainerLogLine, ContainerView } from '../../../machines/index';
import { useI18n } from '../../i18n/i18n';
import { useSimSelector } from '../../sim/SimulatorProvider';
import { Panel } from './Panel';
import styles from './LogsPanel.module.css';

/** At most this many lines are rendered; a note says how many older ones are left out. */
export const LOGS_SHOWN = 200;

/** Within this many pixels of the end, the reader counts as being at the bottom. */
const BOTTOM_SLACK = 8;

const NO_LINES: readonly ContainerLogLine[] = [];

/** The same log while no line was added (the model reads it afresh on every call). */
function sameLog(a: readonly ContainerLogLine[], b: readonly ContainerLogLine[]): boolean {
  return a.length === b.length && a.at(-1)?.timeNano === b.at(-1)?.timeNano && a.at(-1)?.text === b.at(-1)?.text;
}

/** The `docker logs` command whose output the panel shows: following while it runs. */
export function logsCommand(container: Pick<ContainerView, 'name' | 'status'>): string {
  return container.status === 'running' ? `docker logs -f ${container.name}` : `docker logs ${container.name}`;
}

export interface LogsPanelProps {
  /** The selected container, or null. */
  container: ContainerView | null;
}

export function LogsPanel({ container }: LogsPanelProps) {
  const { t } = useI18n();
  const id = container?.id ?? null;
  const lines = useSimSelector((s) => (id ? (s.logs(id) ?? NO_LINES) : NO_LINES), NO_LINES, sameLog);
  const first = Math.max(0, lines.length - LOGS_SHOWN);

  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  useLayoutEffect(() => {
    const el = box.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [lines, id]);

  if (!container)
    return (
      <Panel title={t('panel.logs')}>
        <p className={styles.hint}>{t('panel.logs.none')}</p>
      </Panel>
    );
  const command = logsCommand(container);
  return (
    <Panel title={t('panel.logs')} command={command}>
      {first > 0 ? (
        <p className={styles.hint}>{t('panel.logs.capped', { shown: LOGS_SHOWN, total: lines.length })}</p>
      ) : null}
      <div
        ref={box}
        className={styles.log}
        role="log"
        // The status region announces the changes; reading every line aloud would drown them.
        aria-live="off"
        aria-label={command}
        tabIndex={0}
        data-testid="logs-view"
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK;
        }}
      >
        {lines.length === 0 ? (
          <p className={styles.empty}>{t('panel.logs.empty', { name: container.name })}</p>
        ) : (
          lines.slice(first).map((line, i) => (
            <div
              key={first + i}
              className={line.stream === 'stderr' ? `${styles.line} ${styles.stderr}` : styles.line}
              data-stream={line.stream}
            >
              {line.text.replace(/\r?\n$/, '')}
            </div>
          ))
        )}
      </div>
      <p className={styles.hint}>{t('panel.logs.kept')}</p>
    </Panel>
  );
}
