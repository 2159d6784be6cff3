/** Language, speed, the clock's pause and step, and the theme. */
import { THEMES, type Theme } from '../theme';
import { useId } from 'react';
import { useI18n, LANGS, type Lang } from '../i18n/i18n';
import { SPEEDS, speedLabel, type Speed } from '../sim/speed';
import styles from './Toolbar.module.css';

export interface ToolbarProps {
  speed: Speed;
  onSpeed: (s: Speed) => void;
  paused: boolean;
  onPaused: (p: boolean) => void;
  onStep: () => void;
  theme: Theme;
  onTheme: (t: Theme) => void;
  onLang: (l: Lang) => void;
  /** Simulated time now, as text. */
  clock: string | null;
  /** Only speed and time (an embed: its host sets the language and theme). */
  compact?: boolean;
}

export function Toolbar({
  speed,
  onSpeed,
  paused,
  onPaused,
  onStep,
  theme,
  onTheme,
  onLang,
  clock,
  compact = false,
}: ToolbarProps) {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className={styles.toolbar}>
      {compact ? null : (
        <div role="group" aria-label={t('lang.label')} className={styles.group}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === lang}
              onClick={() => onLang(l)}
              className={styles.toggle}
            >
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      )}
      <label className={styles.group} htmlFor={`${id}-speed`}>
        {t('speed.label')}
        <select
          id={`${id}-speed`}
          value={String(speed)}
          onChange={(e) => onSpeed(e.target.value === 'instant' ? 'instant' : (Number(e.target.value) as Speed))}
        >
          {SPEEDS.map((s) => (
            <option key={String(s)} value={String(s)}>
              {speedLabel(s, t('speed.instant'))}
            </option>
          ))}
        </select>
      </label>
      <div role="group" aria-label={clock ?? ''} className={styles.group}>
        <button type="button" aria-pressed={paused} onClick={() => onPaused(!paused)} className={styles.toggle}>
          {paused ? t('clock.resume') : t('clock.pause')}
        </button>
        <button type="button" onClick={onStep} disabled={!paused} className={styles.toggle}>
          {t('clock.step')}
        </button>
        {clock ? <span className={styles.clock}>{clock}</span> : null}
      </div>
      {compact ? null : (
        <div role="group" aria-label={t('theme.label')} className={styles.group}>
          {THEMES.map((th) => (
            <button
              key={th}
              type="button"
              aria-pressed={th === theme}
              onClick={() => onTheme(th)}
              className={styles.toggle}
            >
              {t(`theme.${th}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
