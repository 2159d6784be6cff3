/**
 * A first visit's offer: the first lesson, in the learner's language; easy to dismiss, and never
 * shown again once dismissed (or once a lesson was opened).
 */
import type { Lesson } from '../../machines/index';
import { useI18n } from '../i18n/i18n';
import styles from './Welcome.module.css';

export const WELCOME_KEY = 'container-lifecycle:welcome:v1';

/** Also read by index.html's head script, which keeps the pre-render hidden when it is true. */
export function welcomeDismissed(): boolean {
  try {
    return localStorage.getItem(WELCOME_KEY) === 'dismissed';
  } catch {
    return true;
  }
}

export function dismissWelcome(): void {
  try {
    localStorage.setItem(WELCOME_KEY, 'dismissed');
  } catch {
    // Not kept: it will be offered again next time.
  }
}

/** A lesson's title before its colon ("Your first container"), short enough for one line. */
function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : title;
}

export function Welcome({
  lesson,
  onStart,
  onDismiss,
}: {
  lesson: Lesson;
  onStart: () => void;
  onDismiss: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <aside className={styles.welcome} aria-label={t('welcome.label')} data-testid="welcome">
      <p className={styles.text}>
        <strong>{t('welcome.title')}</strong> {t('welcome.offer', { title: shortTitle(lesson.title[lang]) })}
      </p>
      <div className={styles.buttons}>
        <button type="button" onClick={onStart} data-testid="welcome-start">
          {t('welcome.start')}
        </button>
        <button type="button" onClick={onDismiss} data-testid="welcome-dismiss">
          {t('welcome.dismiss')}
        </button>
      </div>
    </aside>
  );
}
