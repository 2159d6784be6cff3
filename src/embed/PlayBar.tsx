/** The embed's play: which line, hold or play, and (with controls) the next line at once. */
import { useI18n } from '../i18n/i18n';
import type { Player } from './usePlayer';
import styles from './PlayBar.module.css';

export function PlayBar({ lines, player, controls }: { lines: readonly string[]; player: Player; controls: boolean }) {
  const { t } = useI18n();
  // The line running now, or the last one run (-1 before the first).
  const current = player.busy ? player.index : player.index - 1;
  const atEnd = !player.busy && player.index >= lines.length;
  return (
    <div className={styles.bar} role="group" aria-label={t('embed.play.label')} data-testid="play">
      {/* Moving content can be held (WCAG 2.2.2), even in a picture without other controls. */}
      <button type="button" className={styles.button} aria-pressed={!player.playing} onClick={player.toggle}>
        {player.playing ? t('embed.play.hold') : t('embed.play.resume')}
      </button>
      {controls ? (
        <button type="button" className={styles.button} onClick={player.next} disabled={player.busy}>
          {t('embed.play.next')}
        </button>
      ) : null}
      <span className={styles.status} data-play-line={current + 1}>
        {current >= 0 && current < lines.length ? (
          <>
            {t('embed.play.status', { n: current + 1, total: lines.length })} <code>{lines[current]}</code>
          </>
        ) : null}
        {atEnd ? <> {t('embed.play.again')}</> : null}
      </span>
    </div>
  );
}
