/** Every click, echoed as the docker command it stands for, with what the CLI printed. */
import { useEffect, useRef } from 'react';
import type { TranscriptEntry } from '../sim/useLiveSimulator';
import { useI18n } from '../i18n/i18n';
import styles from './CommandLog.module.css';

export function CommandLog({ entries }: { entries: readonly TranscriptEntry[] }) {
  const { t } = useI18n();
  const box = useRef<HTMLOListElement>(null);
  // Scroll the log's own box, never the page: the diagram must stay in view.
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  return (
    <section className={styles.log} aria-label={t('log.heading')}>
      <h2 className={styles.heading}>{t('log.heading')}</h2>
      {entries.length === 0 ? <p className={styles.empty}>{t('log.empty')}</p> : null}
      {/* Focusable, so that keyboard users can scroll it once it overflows (axe: scrollable-region-focusable). */}
      <ol ref={box} className={styles.lines} tabIndex={0} aria-label={t('log.heading')}>
        {entries.map((e) => (
          <li key={e.seq} className={styles.entry} data-source={e.source}>
            <div className={styles.command}>
              <span aria-hidden="true" className={styles.prompt}>
                {e.source === 'fault' ? '' : '$ '}
              </span>
              <span>{e.line}</span>
            </div>
            {e.result ? (
              <>
                {e.result.stdout ? <pre className={styles.stdout}>{e.result.stdout}</pre> : null}
                {e.result.stderr ? <pre className={styles.stderr}>{e.result.stderr}</pre> : null}
                {e.result.exitCode !== 0 ? (
                  <p className={styles.exit}>{t('log.exit', { code: e.result.exitCode })}</p>
                ) : null}
              </>
            ) : e.source !== 'fault' ? (
              <p className={styles.running}>{t('log.running')}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
