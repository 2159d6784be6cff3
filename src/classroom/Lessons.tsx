/**
 * Lessons: the list (contract §5: `lessons`, each `data-lesson="<id>"`), and the lesson being
 * taken: its step's instruction, hints on request, "show me", and, once the model says the goal is
 * reached, why Docker did what it did. Lessons are the files in src/lessons/ (adding one is adding
 * a file); reading them and checking goals is the model's (machines/lessons). Progress is kept in
 * the browser's storage.
 */
import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { Lesson } from '../../machines/index';
import { useI18n } from '../i18n/i18n';
import { useEngine } from '../sim/engine';
import { useSimSelector, useSimulator } from '../sim/SimulatorProvider';
import styles from './Lessons.module.css';

/** Every lesson file, read as data (validated by the model when the engine is there). */
const FILES = import.meta.glob<unknown>('../lessons/*.json', { eager: true, import: 'default' });

export const PROGRESS_KEY = 'container-lifecycle:lessons:v1';

type Progress = Record<string, number>;

function loadProgress(): Progress {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).filter(
        (e): e is [string, number] => typeof e[1] === 'number' && Number.isInteger(e[1]) && e[1] >= 0,
      ),
    );
  } catch {
    return {};
  }
}

let stored: Progress | null = null;
/** What the browser kept, read once (a snapshot must not change between two reads). */
const storedProgress = (): Progress => (stored ??= loadProgress());
const NO_PROGRESS: Progress = {};
const noProgress = (): Progress => NO_PROGRESS;
const noSubscribe = () => () => {};

function saveProgress(p: Progress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    // Not kept: the lesson still runs.
  }
}

/** The lessons, in order (a file that is not a lesson is left out). */
export function useLessons(): Lesson[] {
  // The engine module, not the booted simulator: the list is in the build's pre-render too.
  const engine = useEngine();
  return useMemo(() => {
    if (!engine) return [];
    return Object.values(FILES)
      .map((data) => engine.readLesson(data).lesson)
      .filter((l): l is Lesson => l !== null)
      .sort((a, b) => a.order - b.order);
  }, [engine]);
}

export interface ActiveLesson {
  lesson: Lesson;
  step: number;
  /** Events there were when the step began (event goals look after it). */
  since: number;
  hints: number;
}

export interface LessonsProps {
  active: ActiveLesson | null;
  onOpen: (lesson: Lesson) => void;
  onStep: (next: ActiveLesson | null) => void;
}

export function Lessons({ active, onOpen, onStep }: LessonsProps) {
  const { t, lang } = useI18n();
  const api = useSimulator();
  const lessons = useLessons();
  const id = useId();
  // The stored progress: none while React takes over the build's pre-render (which has no
  // storage, and the first render must match it), then what the browser kept.
  const stored = useSyncExternalStore(noSubscribe, storedProgress, noProgress);
  const [changed, setProgress] = useState<Progress | null>(null);
  const progress = changed ?? stored;

  // The goal, checked against the model whenever anything in it changes.
  const step = active ? active.lesson.steps[active.step] : undefined;
  const met = useSimSelector(
    (sim) =>
      active && step ? sim === api?.sim && (api?.engine.goalMet(step.goal, sim, active.since) ?? false) : false,
    false,
  );
  // A step met counts once; adjusting state while rendering, as React suggests, not in an effect.
  if (met && active && (progress[active.lesson.id] ?? 0) < active.step + 1) {
    setProgress({ ...progress, [active.lesson.id]: active.step + 1 });
  }
  useEffect(() => {
    if (changed) saveProgress(changed);
  }, [changed]);

  const nextStep = useCallback(() => {
    if (!active || !api) return;
    const n = active.step + 1;
    onStep(n < active.lesson.steps.length ? { ...active, step: n, since: api.sim.events().length, hints: 0 } : null);
  }, [active, api, onStep]);

  if (!active || !step) {
    return (
      <section className={styles.lessons} aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`} className={styles.heading}>
          {t('lessons.heading')}
        </h2>
        <ol data-testid="lessons" className={styles.list}>
          {lessons.map((l) => {
            const done = progress[l.id] ?? 0;
            return (
              <li key={l.id}>
                {/* A link, so that a lesson can be opened in a new tab or shared; here it opens in place. */}
                <a
                  href={`?lesson=${encodeURIComponent(l.id)}&lang=${lang}`}
                  data-lesson={l.id}
                  onClick={(e) => {
                    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                    e.preventDefault();
                    onOpen(l);
                  }}
                  className={styles.lesson}
                >
                  <span className={styles.title}>{l.title[lang]}</span>
                  <span className={styles.done}>
                    {done >= l.steps.length
                      ? t('lessons.complete')
                      : t('lessons.progress', { done, of: l.steps.length })}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </section>
    );
  }

  const { lesson } = active;
  const last = active.step + 1 >= lesson.steps.length;
  return (
    <section className={styles.active} aria-labelledby={`${id}-h`} data-testid="lesson" data-lesson-id={lesson.id}>
      <h2 id={`${id}-h`} className={styles.heading}>
        {lesson.title[lang]}
      </h2>
      <p className={styles.stepOf} data-testid="lesson-step">
        {t('lessons.step', { at: active.step + 1, of: lesson.steps.length })}
      </p>
      <p className={styles.instruction} data-testid="lesson-instruction">
        {step.instruction[lang]}
      </p>
      {step.hints.slice(0, active.hints).map((h, i) => (
        <p key={i} className={styles.hint}>
          {t('lessons.hint')} {h[lang]}
        </p>
      ))}
      <div role="status" className={styles.status} data-testid="lesson-status" data-met={met ? 'true' : 'false'}>
        {met ? (
          <>
            <strong>{t('lessons.reached')}</strong> {step.explanation[lang]}
          </>
        ) : null}
      </div>
      <div className={styles.buttons}>
        {met ? (
          <button type="button" data-testid="lesson-next" onClick={nextStep}>
            {last ? t('lessons.finish') : t('lessons.next')}
          </button>
        ) : (
          <>
            <button
              type="button"
              onClick={() => onStep({ ...active, hints: active.hints + 1 })}
              disabled={active.hints >= step.hints.length}
            >
              {t('lessons.showHint')}
            </button>
            <button
              type="button"
              data-testid="lesson-show"
              onClick={() => {
                for (const line of step.solution) void api?.input.submit(line);
              }}
            >
              {t('lessons.showMe')}
            </button>
          </>
        )}
        <button type="button" onClick={() => onStep(null)}>
          {t('lessons.leave')}
        </button>
      </div>
    </section>
  );
}
