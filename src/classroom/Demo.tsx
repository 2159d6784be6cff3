/**
 * A prepared demo: a teacher's text file (docker lines, `# captions`, `sleep N`), loaded from a file
 * or the address (`?demo=`), stepped through line by line (the button, or → in presenter mode) or
 * played. Each line is typed into the terminal as the teacher would type it, so it is in the
 * history and its output (a refusal's real error included) is on screen; the demo goes on either
 * way. Reading the text is the model's (machines/lessons/demo.ts).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Demo, DemoItem } from '../../machines/index';
import { useI18n } from '../i18n/i18n';
import { useSimulator } from '../sim/SimulatorProvider';
import type { Speed } from '../sim/speed';
import styles from './Demo.module.css';

/** Real ms between two lines when a demo plays by itself (at 1×). */
const PLAY_GAP_MS = 1800;

export interface DemoState {
  demo: Demo | null;
  /** The demo as written (a copied link carries it). */
  text: string;
  name: string;
  /** Items done. */
  at: number;
  playing: boolean;
}

/** The caption of the item done last (shown with it), or null. */
export function captionOf(state: DemoState): string | null {
  return state.at > 0 ? (state.demo?.items[state.at - 1]?.caption ?? null) : null;
}

export interface DemoControls {
  state: DemoState;
  load: (text: string, name: string, at?: number) => void;
  /** The next item; false when there is none. */
  next: () => boolean;
  /** One line back (the page undoes its step); false at the start. */
  back: () => boolean;
  play: (on: boolean) => void;
  restart: () => void;
  close: () => void;
}

const EMPTY: DemoState = { demo: null, text: '', name: '', at: 0, playing: false };

/** The demo's state and what moves it, shared by its panel and presenter mode. */
export function useDemo(speed: Speed, initial: { text: string; name: string; at?: number } | null): DemoControls {
  const api = useSimulator();
  const [state, setState] = useState<DemoState>(EMPTY);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const loadedInitial = useRef(false);

  const load = useCallback(
    (text: string, name: string, at = 0) => {
      if (!api) return;
      const demo = api.engine.parseDemo(text);
      // A link made in the middle of a demo opens there (its run has the lines before it).
      const start = Math.min(Math.max(0, at), demo.items.length);
      setState({ demo, text, name, at: start, playing: false });
    },
    [api],
  );
  useEffect(() => {
    if (api && initial && !loadedInitial.current) {
      loadedInitial.current = true;
      load(initial.text, initial.name, initial.at);
    }
  }, [api, initial, load]);

  const run = useCallback(
    (item: DemoItem) => {
      if (!api) return;
      if (item.kind === 'line') void api.input.submit(item.line);
      else api.step(item.seconds * 1000);
    },
    [api],
  );

  const next = useCallback(() => {
    const s = stateRef.current;
    const item = s.demo?.items[s.at];
    if (!s.demo || !item) return false;
    run(item);
    const after = { ...s, at: s.at + 1, playing: s.playing && s.at + 1 < s.demo.items.length };
    stateRef.current = after;
    setState(after);
    return true;
  }, [run]);

  const back = useCallback(() => {
    const s = stateRef.current;
    if (!s.demo || s.at === 0) return false;
    const at = s.at - 1;
    const after = { ...s, at, playing: false };
    stateRef.current = after;
    setState(after);
    return true;
  }, []);

  // Playing: one item after another, a pause between lines, a sleep as long as it says.
  useEffect(() => {
    if (!state.playing || !state.demo) return undefined;
    if (!state.demo.items[state.at]) return undefined;
    const factor = speed === 'instant' ? 0.1 : 1 / speed;
    const wait = state.at === 0 ? 0 : PLAY_GAP_MS * factor;
    const timer = setTimeout(() => next(), wait);
    return () => clearTimeout(timer);
  }, [state, speed, next]);

  return {
    state,
    load,
    next,
    back,
    play: (on) => setState((s) => ({ ...s, playing: on && s.demo !== null })),
    restart: () => {
      void api?.history?.reset();
      setState((s) => ({ ...s, at: 0, playing: false }));
    },
    close: () => setState(EMPTY),
  };
}

export function DemoPanel({ controls }: { controls: DemoControls }) {
  const { t } = useI18n();
  const id = useId();
  const { state } = controls;
  const [error, setError] = useState<string | null>(null);
  const items = state.demo?.items ?? [];
  const upcoming = items[state.at];

  return (
    <section className={styles.demo} aria-labelledby={`${id}-h`} data-testid="demo">
      <h2 id={`${id}-h`} className={styles.heading}>
        {state.demo ? t('demo.heading', { name: state.name }) : t('demo.headingNone')}
      </h2>
      {!state.demo ? (
        <>
          <p className={styles.hint}>{t('demo.hint')}</p>
          <label className={styles.field}>
            {t('demo.open')}
            <input
              type="file"
              accept=".txt,.sh,text/plain"
              data-testid="demo-file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (!file) return;
                if (file.size > 256 * 1024) {
                  setError(t('demo.tooLarge', { name: file.name }));
                  return;
                }
                setError(null);
                void file.text().then((text) => controls.load(text, file.name));
              }}
            />
          </label>
          {error ? <p role="alert">{error}</p> : null}
        </>
      ) : (
        <>
          {captionOf(state) ? (
            <p className={styles.caption} data-testid="demo-caption">
              {captionOf(state)}
            </p>
          ) : null}
          <p className={styles.progress} data-testid="demo-progress">
            {t('demo.progress', { at: state.at, of: items.length })}
          </p>
          {upcoming ? (
            <p className={styles.next}>
              {t('demo.upcoming')} <code>{upcoming.kind === 'line' ? upcoming.line : `sleep ${upcoming.seconds}`}</code>
            </p>
          ) : (
            <p className={styles.next}>{t('demo.done')}</p>
          )}
          <div className={styles.buttons}>
            <button
              type="button"
              data-testid="demo-next"
              onClick={() => controls.next()}
              disabled={!upcoming}
              aria-keyshortcuts="ArrowRight"
            >
              {t('demo.next')}
            </button>
            <button
              type="button"
              aria-pressed={state.playing}
              onClick={() => controls.play(!state.playing)}
              disabled={!upcoming}
            >
              {t('demo.play')}
            </button>
            <button type="button" onClick={controls.restart}>
              {t('demo.restart')}
            </button>
            <button type="button" onClick={controls.close}>
              {t('demo.close')}
            </button>
          </div>
          {state.demo.problems.length > 0 ? (
            <details className={styles.problems}>
              <summary>{t('demo.problems', { n: state.demo.problems.length })}</summary>
              <ul>
                {state.demo.problems.map((p) => (
                  <li key={p.line}>
                    {t('demo.line', { line: p.line })} {p.reason}: <code>{p.text}</code>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
