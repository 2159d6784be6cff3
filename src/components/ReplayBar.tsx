/**
 * A real log on the diagram: where the replay is, the controls (play and pause, the next event,
 * from the start, back to the simulator), what the log held that the diagram does not draw, and
 * the latest events as the log wrote them. Everything from the log is shown as text.
 */
import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import type { Replay } from '../../machines/index';
import { useI18n } from '../i18n/i18n';
import { frameDelta, type Speed } from '../sim/speed';
import type { LoadedReplay } from './Bridge';
import styles from './ReplayBar.module.css';

/** Advances the replay with the page's clock: real time times the speed, while not paused. */
export function useReplayClock(replay: Replay | null, speed: Speed, paused: boolean): void {
  useEffect(() => {
    if (!replay || paused) return undefined;
    if (speed === 'instant') {
      replay.advance(replay.summary.duration);
      return undefined;
    }
    let raf = 0;
    let last: number | null = null;
    const tick = (now: number) => {
      replay.advance(frameDelta(last, now) * speed);
      last = now;
      if (!replay.atEnd()) raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [replay, speed, paused]);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export interface ReplayBarProps {
  loaded: LoadedReplay;
  paused: boolean;
  onPaused: (paused: boolean) => void;
  onClose: () => void;
}

export function ReplayBar({ loaded, paused, onPaused, onClose }: ReplayBarProps) {
  const { t } = useI18n();
  const id = useId();
  const { replay, summary } = { replay: loaded.replay, summary: loaded.replay.summary };
  // Re-render on every change of the replay (its clock included).
  const now = useSyncExternalStore(replay.subscribe, replay.now);
  const revealed = replay.counts().events;
  const logTime = replay.logTimeNano();
  const recent = replay.tracedEventsSince(Math.max(0, revealed - 6));
  const skipped = Object.entries(summary.skipped)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [loaded]);

  return (
    <section className={styles.bar} aria-labelledby={`${id}-h`} data-testid="replay">
      <h2 id={`${id}-h`} className={styles.heading}>
        {t('replay.heading', { source: loaded.source })}
      </h2>
      <p className={styles.summary}>
        {t('replay.read', {
          events: summary.events,
          containers: summary.containers,
          ms: loaded.readMs,
          kb: Math.max(1, Math.round(loaded.bytes / 1024)),
        })}
        {skipped ? ` ${t('replay.skipped', { skipped })}` : ''}
      </p>
      <div className={styles.controls}>
        <button type="button" onClick={() => onPaused(!paused)} aria-pressed={paused}>
          {paused ? t('replay.play') : t('replay.pause')}
        </button>
        <button type="button" onClick={() => replay.next()} disabled={replay.atEnd()}>
          {t('replay.next')}
        </button>
        <button type="button" onClick={() => replay.rewind()}>
          {t('replay.rewind')}
        </button>
        <button type="button" ref={close} onClick={onClose}>
          {t('replay.close')}
        </button>
        <span className={styles.position} data-testid="replay-position" data-end={replay.atEnd() ? 'true' : 'false'}>
          {t('replay.position', {
            n: revealed,
            total: summary.events,
            s: seconds(now),
            duration: seconds(summary.duration),
          })}
          {logTime !== null ? ` · ${new Date(logTime / 1e6).toISOString().replace('T', ' ').slice(0, 23)}Z` : ''}
        </span>
      </div>
      {summary.duration < summary.span ? <p className={styles.note}>{t('replay.gaps')}</p> : null}
      {summary.unreadable.length > 0 ? (
        <details className={styles.unreadable} data-testid="replay-unreadable">
          <summary>{t('replay.unreadable', { n: summary.unreadable.length })}</summary>
          <ul>
            {summary.unreadable.slice(0, 50).map((u) => (
              <li key={u.line}>
                {t('replay.line', { line: u.line })} {u.reason}: <code>{u.text}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ol className={styles.events} aria-label={t('replay.recent')} start={Math.max(1, revealed - recent.length + 1)}>
        {recent.map((e) => (
          <li key={e.index}>
            <code>
              {`${e.event.Action} ${e.event.Actor.Attributes.name ?? e.event.Actor.ID.slice(0, 12)}`}
              {e.event.Actor.Attributes.exitCode !== undefined ? ` exitCode=${e.event.Actor.Attributes.exitCode}` : ''}
              {e.event.Actor.Attributes.signal !== undefined ? ` signal=${e.event.Actor.Attributes.signal}` : ''}
            </code>
          </li>
        ))}
      </ol>
    </section>
  );
}
