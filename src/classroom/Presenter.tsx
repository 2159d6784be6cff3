/**
 * Presenter mode, for a projector: the diagram fills the screen; beside it, the last command and
 * its output in large type and one line on what Docker did underneath; the page's panels folded
 * away one key from view. Keys (listed on screen, and as aria-keyshortcuts):
 *
 *   → / ←   the next step of a prepared demo (or redo) / undo      Space  play or pause the clock
 *   1–8     the eight verbs on the selected container               Tab    the next container
 *   R       reset     P   the panels     ?   the keys     Esc   leave presenter mode
 */
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import type { ContainerView } from '../../machines/index';
import { LIFECYCLE_VERBS } from '../../machines/vocabulary';
import { useI18n } from '../i18n/i18n';
import { useShellSnapshot, useSimulator } from '../sim/SimulatorProvider';
import { headline, useExplanation } from '../components/panels/useExplanation';
import { inTextField } from './HistoryBar';
import styles from './Presenter.module.css';

export interface PresenterProps {
  containers: readonly ContainerView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  paused: boolean;
  onPaused: (paused: boolean) => void;
  /** Runs a verb's command line on the selected container (the page's click). */
  onVerb: (verb: (typeof LIFECYCLE_VERBS)[number]) => void;
  /** The next step: a prepared demo's next line when one is loaded, else redo. */
  onNext: () => void;
  onBack: () => void;
  onReset: () => void;
  onExit: () => void;
  /** A caption from a prepared demo, shown above the command. */
  caption?: string | null;
  diagram: ReactNode;
  /** The page's panels, shown when the learner asks for them (P). */
  panels: ReactNode;
}

/** The newest command in the terminal (typed, clicked or from a script) and its output. */
function useLastCommand() {
  const { entries } = useShellSnapshot();
  const last = [...entries].reverse().find((e) => e.source !== 'shell');
  if (!last) return null;
  const output = last.output
    .flatMap((c) => ('text' in c && (c.stream === 'stdout' || c.stream === 'stderr') ? [c.text] : []))
    .join('');
  return { line: last.line, output, exitCode: last.result?.exitCode ?? null };
}

export function Presenter(props: PresenterProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const id = useId();
  const [panelsOpen, setPanelsOpen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const last = useLastCommand();
  const { lines } = useExplanation(props.containers);
  const line = headline(lines);
  const { containers, selectedId, onSelect, onVerb, onNext, onBack, onReset, onExit, paused, onPaused } = props;

  const cycle = useCallback(
    (by: number) => {
      if (containers.length === 0) return;
      const at = containers.findIndex((c) => c.id === selectedId);
      const next = containers[(at + by + containers.length) % containers.length];
      if (next) onSelect(next.id);
    },
    [containers, selectedId, onSelect],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || inTextField(e.target)) return;
      // In the open panels, Tab and Space are the panels' own.
      const inPanels = e.target instanceof Element && e.target.closest(`[data-presenter-panels]`);
      const key = e.key;
      let handled = true;
      if (key === 'ArrowRight') onNext();
      else if (key === 'ArrowLeft') onBack();
      else if (key === ' ' && !inPanels && !(e.target instanceof HTMLButtonElement)) onPaused(!paused);
      else if (/^[1-8]$/.test(key)) onVerb(LIFECYCLE_VERBS[Number(key) - 1]!);
      else if (key === 'Tab' && !inPanels) cycle(e.shiftKey ? -1 : 1);
      else if (key === 'r' || key === 'R') onReset();
      else if (key === 'p' || key === 'P') setPanelsOpen((o) => !o);
      else if (key === '?') setKeysOpen((o) => !o);
      else if (key === 'Escape') onExit();
      else handled = false;
      if (handled) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onNext, onBack, onPaused, paused, onVerb, cycle, onReset, onExit]);

  const selected = containers.find((c) => c.id === selectedId) ?? null;
  const keys: { keys: string; aria: string; label: string; run?: () => void }[] = [
    { keys: '→', aria: 'ArrowRight', label: t('present.key.next'), run: onNext },
    { keys: '←', aria: 'ArrowLeft', label: t('present.key.back'), run: onBack },
    {
      keys: 'Space',
      aria: 'Space',
      label: paused ? t('present.key.play') : t('present.key.pause'),
      run: () => onPaused(!paused),
    },
    { keys: 'Tab', aria: 'Tab', label: t('present.key.select'), run: () => cycle(1) },
    { keys: 'R', aria: 'R', label: t('present.key.reset'), run: onReset },
    { keys: 'P', aria: 'P', label: t('present.key.panels'), run: () => setPanelsOpen((o) => !o) },
    { keys: '?', aria: 'Shift+?', label: t('present.key.keys'), run: () => setKeysOpen((o) => !o) },
    { keys: 'Esc', aria: 'Escape', label: t('present.key.exit'), run: onExit },
  ];

  return (
    <div className={styles.presenter} data-testid="presenter" aria-describedby={`${id}-keys`}>
      <div className={styles.stage}>{props.diagram}</div>
      <section className={styles.side} aria-label={t('present.label')}>
        {props.caption ? (
          <p className={styles.caption} data-testid="presenter-caption">
            {props.caption}
          </p>
        ) : null}
        <p className={styles.command} data-testid="presenter-command">
          {last ? last.line : t('present.noCommand')}
        </p>
        {last && last.output ? (
          <pre className={styles.output}>{last.output.split('\n').slice(-6).join('\n')}</pre>
        ) : (
          <span />
        )}
        <div className={styles.what}>
          {line ? (
            <p className={styles.explain} data-testid="presenter-explain">
              {line}
            </p>
          ) : null}
          <p className={styles.selected}>
            {selected ? t('present.selected', { name: selected.name, state: selected.status }) : t('present.none')}
          </p>
          <div className={styles.verbs} role="group" aria-label={t('present.verbs')}>
            {LIFECYCLE_VERBS.map((verb, i) => (
              <button
                key={verb}
                type="button"
                aria-keyshortcuts={String(i + 1)}
                disabled={!api || (verb !== 'create' && !selected)}
                onClick={() => onVerb(verb)}
              >
                <kbd>{i + 1}</kbd> {verb}
              </button>
            ))}
          </div>
        </div>
      </section>
      <nav className={styles.keys} aria-label={t('present.keys')} id={`${id}-keys`}>
        {keys.map((k) => (
          <button key={k.keys} type="button" aria-keyshortcuts={k.aria} onClick={k.run}>
            <kbd>{k.keys}</kbd> {k.label}
          </button>
        ))}
      </nav>
      {keysOpen ? (
        <section className={styles.help} role="dialog" aria-label={t('present.keys')} data-testid="presenter-keys">
          <h2>{t('present.keys')}</h2>
          <dl>
            {keys.map((k) => (
              <div key={k.keys}>
                <dt>
                  <kbd>{k.keys}</kbd>
                </dt>
                <dd>{k.label}</dd>
              </div>
            ))}
            <div>
              <dt>
                <kbd>1–8</kbd>
              </dt>
              <dd>{t('present.key.verbs')}</dd>
            </div>
          </dl>
          <button type="button" onClick={() => setKeysOpen(false)}>
            {t('present.close')}
          </button>
        </section>
      ) : null}
      {panelsOpen ? (
        <div className={styles.panels} data-presenter-panels="" data-testid="presenter-panels">
          {props.panels}
        </div>
      ) : null}
    </div>
  );
}
