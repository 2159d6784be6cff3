/**
 * The history of the session: undo, redo, reset, a timeline that jumps to any step, and a link
 * that replays the run. Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo when the focus is not in
 * a text field. The model rebuilds the session (machines/history); this only asks it to.
 */
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { RecordedSession } from '../../machines/index';
import { useI18n } from '../i18n/i18n';
import { useHistoryPosition, useSimulator } from '../sim/SimulatorProvider';
import { runLink } from './link';
import styles from './HistoryBar.module.css';

/** A key typed into a field is the field's: only elsewhere does Ctrl+Z move the history. */
export function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  const input = target.closest('input');
  return input !== null && !['button', 'checkbox', 'radio', 'range', 'file', 'reset', 'submit'].includes(input.type);
}

const noDrop = { count: 0, seq: 0 };

/** Jumps, latest first: while one rebuild runs, only the newest asked-for step waits behind it. */
function useJumper(history: RecordedSession | null) {
  const running = useRef(false);
  const next = useRef<number | null>(null);
  const [busy, setBusy] = useState(false);
  const jump = useCallback(
    async (go: (h: RecordedSession) => Promise<void>) => {
      if (!history) return;
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        await go(history);
        while (next.current !== null) {
          const to = next.current;
          next.current = null;
          await history.goTo(to);
        }
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [history],
  );
  const goTo = useCallback(
    (to: number) => {
      if (running.current) next.current = to;
      else void jump((h) => h.goTo(to));
    },
    [jump],
  );
  return { busy, jump, goTo };
}

export interface HistoryBarProps {
  /** The page settings a link carries (language, level, speed, theme). */
  settings: Record<string, string>;
  /** A demo open now, carried by a copied link at the line it is at. */
  demo?: { text: string; at: number } | null;
  /** Said aloud and shown: a new step dropped what could be redone, a link was copied. */
  onNotice?: (text: string) => void;
}

export function HistoryBar({ settings, onNotice, demo = null }: HistoryBarProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const history = api?.history ?? null;
  const { at, of } = useHistoryPosition();
  const { busy, jump, goTo } = useJumper(history);
  const id = useId();
  const [href, setHref] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  // A new step after an undo drops the redo branch: say so.
  const subscribe = useCallback((l: () => void) => (history ? history.subscribe(l) : () => {}), [history]);
  const readDrop = () => history?.dropped() ?? noDrop;
  const drop = useSyncExternalStore(subscribe, readDrop, readDrop);
  const seenDrop = useRef(drop.seq);
  useEffect(() => {
    if (drop.seq === seenDrop.current) return;
    seenDrop.current = drop.seq;
    if (drop.count > 0) onNotice?.(t('history.dropped', { count: drop.count }));
  }, [drop, onNotice, t]);

  const undo = useCallback(() => void jump((h) => h.undo()), [jump]);
  const redo = useCallback(() => void jump((h) => h.redo()), [jump]);
  const reset = useCallback(() => void jump((h) => h.reset()), [jump]);

  useEffect(() => {
    if (!history) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [history, undo, redo]);

  const copyLink = async () => {
    if (!history || !api) return;
    const link = runLink(api.engine, { ...history.record(), settings }, window.location.href, demo);
    setHref(link);
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      onNotice?.(t('history.copied'));
    } catch {
      setCopied(false);
      onNotice?.(t('history.copyFailed'));
    }
  };

  const step = at > 0 ? history?.stepAt(at) : undefined;
  const label = !step
    ? t('history.start')
    : step.kind === 'submit'
      ? step.text
      : step.kind === 'click'
        ? step.line
        : step.kind === 'fault'
          ? `# ${step.comment}`
          : t('history.tick', { s: step.ms / 1000 });

  return (
    <section className={styles.bar} aria-labelledby={`${id}-h`} data-testid="history">
      <h2 id={`${id}-h`} className={styles.hidden}>
        {t('history.heading')}
      </h2>
      <button
        type="button"
        data-testid="undo"
        onClick={undo}
        disabled={!history || busy || at === 0}
        aria-keyshortcuts="Control+Z"
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        data-testid="redo"
        onClick={redo}
        disabled={!history || busy || at >= of}
        aria-keyshortcuts="Control+Shift+Z"
      >
        {t('history.redo')}
      </button>
      <label className={styles.timeline}>
        <span className={styles.hidden}>{t('history.timeline')}</span>
        <input
          type="range"
          min={0}
          max={Math.max(of, 1)}
          step={1}
          value={at}
          disabled={!history || of === 0}
          data-testid="history-timeline"
          aria-valuetext={t('history.position', { at, of })}
          onChange={(e) => goTo(Number(e.currentTarget.value))}
        />
      </label>
      <span className={styles.where} data-testid="history-position" aria-live="off">
        <span>{t('history.position', { at, of })}</span> <code className={styles.step}>{label}</code>
      </span>
      <button type="button" data-testid="reset" onClick={reset} disabled={!history || busy}>
        {t('history.reset')}
      </button>
      <button
        type="button"
        data-testid="share-link"
        data-href={href ?? undefined}
        onClick={() => void copyLink()}
        disabled={!history}
      >
        {copied ? t('history.linkCopied') : t('history.copyLink')}
      </button>
    </section>
  );
}
