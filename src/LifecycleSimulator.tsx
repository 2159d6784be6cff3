/**
 * The whole simulator as one component, so a page or an embed can mount it anywhere. It keeps no
 * global state and no global CSS: everything it styles hangs off its own root element.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SimulatorView, Verdict } from '../machines/index';
import { Controls } from './components/Controls';
import { Terminal } from './components/terminal/Terminal';
import { Toolbar } from './components/Toolbar';
import { PsPanel } from './components/panels/PsPanel';
import { EventsPanel } from './components/panels/EventsPanel';
import { InspectPanel } from './components/panels/InspectPanel';
import { ExplainPanel } from './components/panels/ExplainPanel';
import { Announcer } from './components/panels/Announcer';
import { announcementFor } from './components/panels/announce';
import { Diagram, type DiagramProps } from './viz/Diagram';
import { I18nProvider, loadMessages, useI18n, type Lang } from './i18n/i18n';
import type { Messages } from './i18n/en';
import { useLiveSimulator } from './sim/useLiveSimulator';
import { stageMsFor, type Speed } from './sim/speed';
import { useReducedMotion } from './sim/useReducedMotion';
import styles from './LifecycleSimulator.module.css';

export type PanelName = 'controls' | 'ps' | 'events' | 'inspect' | 'explain' | 'terminal';
export const ALL_PANELS: readonly PanelName[] = ['controls', 'ps', 'events', 'inspect', 'explain', 'terminal'];

export interface LifecycleSimulatorProps {
  /** docker command lines run (instantly) before the simulator shows, e.g. `docker run -d --name web nginx`. */
  initialScript?: readonly string[];
  /** Which panels to show beside the diagram (all by default). */
  panels?: readonly PanelName[];
  lang?: Lang;
  /** The catalog of `lang`, when the page has loaded it already (saves a round trip). */
  messages?: Messages;
  theme?: 'light' | 'dark';
  speed?: Speed;
  /** A message to show above the simulator (e.g. a setting in the address it did not understand). */
  notice?: string;
  /** Called when the learner switches language (the page keeps `?lang=` in step). */
  onLangChange?: (lang: Lang) => void;
}

type Feedback = DiagramProps['feedback'];

export function LifecycleSimulator(props: LifecycleSimulatorProps) {
  const [lang, setLang] = useState<Lang>(props.lang ?? 'en');
  const [messages, setMessages] = useState<Messages | null>(props.messages ?? null);
  useEffect(() => {
    let alive = true;
    void loadMessages(lang).then((m) => alive && setMessages(m));
    return () => {
      alive = false;
    };
  }, [lang]);

  const changeLang = useCallback(
    (l: Lang) => {
      setLang(l);
      props.onLangChange?.(l);
    },
    [props],
  );

  if (!messages) return <div className={styles.root} data-theme={props.theme ?? 'light'} aria-busy="true" />;
  return (
    <I18nProvider lang={lang} messages={messages}>
      <Simulator {...props} onLangChange={changeLang} />
    </I18nProvider>
  );
}

function clockText(view: SimulatorView | null): string | null {
  if (!view) return null;
  return new Date(view.now).toISOString().slice(11, 19);
}

function Simulator(props: LifecycleSimulatorProps & { onLangChange: (l: Lang) => void }) {
  const panels = new Set(props.panels ?? ALL_PANELS);
  const [speed, setSpeed] = useState<Speed>(props.speed ?? 1);
  const [paused, setPaused] = useState(false);
  const [theme, setTheme] = useState<'light' | 'dark'>(props.theme ?? 'light');
  const reducedMotion = useReducedMotion();
  const live = useLiveSimulator({ initialScript: props.initialScript ?? [], speed, paused });
  const { view, sim, engine } = live;

  // The selection follows the newest container, and stays on a container until it is replaced.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const known = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (!view) return;
    const fresh = view.containers.filter((c) => !known.current.has(c.id));
    for (const c of view.containers) known.current.add(c.id);
    const newest = fresh.at(-1);
    if (newest) setSelectedId(newest.id);
  }, [view]);
  const selected = view?.containers.find((c) => c.id === selectedId) ?? null;

  // What Docker said last, for the diagram.
  const [feedback, setFeedback] = useState<Feedback>(null);
  const seq = useRef(0);
  /** Shows what Docker said on the diagram, next to the container it was about. */
  const showFeedback = useCallback((containerId: string | null, kind: 'refused' | 'no-op', text: string) => {
    seq.current += 1;
    setFeedback({ seq: seq.current, containerId, kind, text });
  }, []);
  const onOutcome = useCallback(
    (verdict: Verdict) => {
      if (verdict.kind === 'accepted') return;
      showFeedback(selectedId, verdict.kind, verdict.kind === 'refused' ? verdict.error : '');
    },
    [selectedId, showFeedback],
  );
  const run = useCallback(
    async (line: string) => {
      const r = await live.run(line);
      if (r && r.exitCode !== 0 && !line.startsWith('docker start') && r.stderr) {
        showFeedback(selectedId, 'refused', r.stderr.split('\n')[0] ?? '');
      }
      return r;
    },
    [live, selectedId, showFeedback],
  );

  // A typed command Docker refused bounces the token it named, as a refused click does. Which
  // container a word names (a name, an ID prefix) is the model's lookup, through inspect.
  const runTyped = useCallback<typeof live.run>(
    async (line, source, options) => {
      const r = await live.run(line, source, options);
      const error = r?.stderr.split('\n').find((l) => l.includes('Error response from daemon:'));
      if (r && r.exitCode !== 0 && error && sim) {
        const named = line
          .split(/\s+/)
          .slice(2)
          .filter((w) => w !== '' && !w.startsWith('-'))
          .map((w) => sim.inspect(w))
          .find((c) => c !== undefined);
        if (named) showFeedback(named.Id, 'refused', error.replace(/^docker: /, ''));
      }
      return r;
    },
    [live, sim, showFeedback],
  );

  // A spoken line for every change of state, for screen readers.
  const { t } = useI18n();
  const previous = useRef<SimulatorView | null>(null);
  // With a sequence number, so that the same line twice (two restarts) is spoken twice.
  const [announcement, setAnnouncement] = useState({ text: '', seq: 0 });
  const [quiet, setQuiet] = useState<readonly { id: string; name: string }[]>([]);
  useEffect(() => {
    if (!view) return;
    const before = previous.current;
    // The events in between tell the states a container passed through within one frame.
    const between =
      before && sim ? sim.eventsSince(before.eventCount).slice(0, view.eventCount - before.eventCount) : [];
    const text = announcementFor(t, before, view, between);
    // A change no event marks still gets its explanation: where those containers are now.
    if (before && between.length === 0 && text) {
      const was = new Map(before.containers.map((c) => [c.id, c.status]));
      setQuiet(
        view.containers
          .filter((c) => was.has(c.id) && was.get(c.id) !== c.status)
          .map(({ id, name }) => ({ id, name })),
      );
    } else if (between.length > 0) setQuiet([]);
    previous.current = view;
    if (text) setAnnouncement((a) => ({ text, seq: a.seq + 1 }));
  }, [view, t, sim]);

  const graph = useMemo(() => (engine ? engine.lifecycleGraph() : null), [engine]);

  return (
    <div className={styles.root} data-theme={theme} data-simulator="">
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{t('app.title')}</h1>
          <p className={styles.subtitle}>{t('app.subtitle')}</p>
        </div>
        <Toolbar
          speed={speed}
          onSpeed={setSpeed}
          paused={paused}
          onPaused={setPaused}
          onStep={() => live.step(1000)}
          theme={theme}
          onTheme={setTheme}
          onLang={props.onLangChange}
          clock={view ? t('clock.now', { time: clockText(view) ?? '' }) : null}
        />
      </header>
      {props.notice ? (
        <p role="alert" className={styles.notice}>
          {props.notice}
        </p>
      ) : null}
      {!sim ? <p className={styles.loading}>{t('app.loading')}</p> : null}
      <main className={styles.main}>
        <div className={styles.left}>
          <div className={styles.stage}>
            <Diagram
              graph={graph}
              view={view}
              eventsSince={sim ? sim.eventsSince : null}
              selectedId={selectedId}
              onSelect={setSelectedId}
              stageMs={stageMsFor(speed, reducedMotion)}
              feedback={feedback}
            />
          </div>
          {panels.has('terminal') ? (
            <Terminal
              entries={live.transcript}
              live={{ ...live, run: runTyped }}
              engine={engine}
              containers={view?.containers ?? []}
            />
          ) : null}
        </div>
        {panels.has('controls') ? (
          <div className={styles.side}>
            <Controls
              sim={sim}
              images={engine?.IMAGE_NAMES ?? []}
              selected={selected}
              run={run}
              fault={live.fault}
              onOutcome={onOutcome}
            />
          </div>
        ) : null}
      </main>
      <div className={styles.panels}>
        {panels.has('ps') && sim && view ? (
          <div className={styles.wide}>
            <PsPanel sim={sim} view={view} selectedId={selectedId} onSelect={setSelectedId} />
          </div>
        ) : null}
        {panels.has('inspect') && view ? <InspectPanel view={view} selectedId={selectedId} /> : null}
        {panels.has('explain') && view ? (
          <ExplainPanel events={live.lastBatch} view={view} sim={sim ?? undefined} quiet={quiet} />
        ) : null}
        {panels.has('events') && sim && view && engine ? (
          <div className={styles.wide}>
            <EventsPanel sim={sim} view={view} format={engine.formatEventLine} />
          </div>
        ) : null}
      </div>
      <Announcer message={announcement.text} seq={announcement.seq} />
    </div>
  );
}
