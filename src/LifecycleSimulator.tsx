/**
 * The whole simulator as one component, so a page or an embed can mount it anywhere. It keeps no
 * global state and no global CSS: everything it styles hangs off its own root element.
 *
 * The model says what moved and why (machines/); everything here draws that: the diagram plays
 * the model's moves, the announcer speaks them, the explanation reads the step's trace, and the
 * refusal bounce comes from the command's report.
 */
import { isTheme, type Theme } from './theme';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CommandReport, DockerEvent, Lesson, Move, Replay, ReplayView } from '../machines/index';
import { Bridge, type LoadedReplay } from './components/Bridge';
import { ReplayBar, useReplayClock } from './components/ReplayBar';
import { ActionBar, ControlOptions, refusalReason, useControlSettings } from './components/Controls';
import { Terminal } from './components/terminal/Terminal';
import { Toolbar } from './components/Toolbar';
import { ScriptNotice } from './components/ScriptNotice';
import { PsPanel } from './components/panels/PsPanel';
import { EventsPanel } from './components/panels/EventsPanel';
import { InspectPanel } from './components/panels/InspectPanel';
import { LogsPanel } from './components/panels/LogsPanel';
import { ExplainPanel } from './components/panels/ExplainPanel';
import { Announcer } from './components/panels/Announcer';
import { announcementFor } from './components/panels/announce';
import { Diagram, type DiagramProps } from './viz/Diagram';
import type { Level } from './viz/scene';
import { I18nProvider, isLang, loadMessages, useI18n, type Lang, type Translate } from './i18n/i18n';
import type { MessageKey, Messages } from './i18n/en';
import { HistoryBar } from './classroom/HistoryBar';
import { Presenter } from './classroom/Presenter';
import { DemoPanel, captionOf, useDemo } from './classroom/Demo';
import { Lessons, useLessons, type ActiveLesson } from './classroom/Lessons';
import { Predict, PredictOutcome, type PendingPrediction, type PredictResult, type Score } from './classroom/Predict';
import { Welcome, dismissWelcome } from './classroom/Welcome';
import type { LIFECYCLE_VERBS } from '../machines/vocabulary';
import {
  SimulatorProvider,
  useChangeFeed,
  useLatestReport,
  useSimSelector,
  useSimulator,
  type ChangeBatch,
  type Restored,
  type RestoreFrom,
} from './sim/SimulatorProvider';
import { useEngine } from './sim/engine';
import { parseSpeed, stageMsFor, type Speed } from './sim/speed';
import { useReducedMotion } from './sim/useReducedMotion';
import { EmbedLayout } from './embed/EmbedLayout';
import { useHostFeed, type SimulatorHandle } from './sim/useHostFeed';
import styles from './LifecycleSimulator.module.css';

/** The parts of the simulator; `diagram` is one only in the embed layout (the page always shows it). */
export type PanelName =
  | 'diagram'
  | 'controls'
  | 'ps'
  | 'events'
  | 'inspect'
  | 'logs'
  | 'explain'
  | 'terminal'
  | 'bridge'
  | 'history'
  | 'lessons';
export const ALL_PANELS: readonly PanelName[] = [
  'history',
  'lessons',
  'controls',
  'ps',
  'events',
  'inspect',
  'logs',
  'explain',
  'terminal',
  'bridge',
];

export interface LifecycleSimulatorProps {
  /** docker command lines run (instantly) before the simulator shows, e.g. `docker run -d --name web nginx`. */
  initialScript?: readonly string[];
  /** Which panels to show beside the diagram (all by default). */
  panels?: readonly PanelName[];
  lang?: Lang;
  /** The catalog of `lang`, when the page has loaded it already (saves a round trip). */
  messages?: Messages;
  theme?: Theme;
  speed?: Speed;
  /** A message to show above the simulator (e.g. a setting in the address it did not understand). */
  notice?: string;
  /** Called when the learner switches language (the page keeps `?lang=` in step). */
  onLangChange?: (lang: Lang) => void;
  /** How much of Docker the diagram shows: the six states of a lesson (default), or all of them. */
  level?: Level;
  /** Called when the learner switches the theme (the page paints around the simulator to match). */
  onThemeChange?: (theme: Theme) => void;
  /** Open a link's run, or the autosaved session, instead of a fresh start. */
  restore?: RestoreFrom;
  /** Keep the session in the browser's storage as it changes (the full page does; embeds do not). */
  autosave?: boolean;
  /** Opens in presenter mode (`?present`). */
  present?: boolean;
  /** A prepared demo to step through (`?demo=`). */
  demo?: { text: string; name: string; at?: number } | null;
  /** A lesson to open (`?lesson=<id>`). */
  lesson?: string;
  /** Offer the first lesson to a first-time visitor (until dismissed). */
  welcome?: boolean;
  /**
   * `embed`: no title; the panels (`diagram` among them) in the order `panels` gives, in one
   * column sized to its frame (embed.html, the web component). `page` by default.
   */
  layout?: 'page' | 'embed';
  /** `false`: no control of any kind, a picture that only plays (no buttons, no terminal input). */
  controls?: boolean;
  /** The name of a container for the selection to follow: selected whenever it exists anew. */
  select?: string;
  /** Drawn above the panels in the embed layout (the embed's play bar). */
  banner?: ReactNode;
  /** Every Docker event, oldest first (those of the script too, once booted). */
  onDockerEvent?: (event: DockerEvent) => void;
  /** Every move of a container, oldest first (those of the script too, once booted). */
  onMove?: (move: Move) => void;
  /** Called once the simulator has booted (and its script has run or holds), with what a host can do. */
  onReady?: (handle: SimulatorHandle) => void;
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

  const { onLangChange } = props;
  const changeLang = useCallback(
    (l: Lang) => {
      setLang(l);
      onLangChange?.(l);
    },
    [onLangChange],
  );
  const [speed, setSpeed] = useState<Speed>(props.speed ?? 1);
  const [paused, setPaused] = useState(false);
  const [theme, setTheme] = useState<Theme>(props.theme ?? 'light');
  const [level, setLevel] = useState<Level>(props.level ?? 'lifecycle');
  // A host may change these later (an embed's message, an attribute): a new value given wins.
  const [given, setGiven] = useState({ lang: props.lang, speed: props.speed, theme: props.theme, level: props.level });
  if (
    given.lang !== props.lang ||
    given.speed !== props.speed ||
    given.theme !== props.theme ||
    given.level !== props.level
  ) {
    setGiven({ lang: props.lang, speed: props.speed, theme: props.theme, level: props.level });
    if (props.lang && props.lang !== given.lang) setLang(props.lang);
    if (props.speed !== undefined && props.speed !== given.speed) setSpeed(props.speed);
    if (props.theme && props.theme !== given.theme) setTheme(props.theme);
    if (props.level && props.level !== given.level) setLevel(props.level);
  }
  const { onThemeChange } = props;
  const changeTheme = useCallback(
    (next: Theme) => {
      setTheme(next);
      onThemeChange?.(next);
    },
    [onThemeChange],
  );
  // The script runs once, when the simulator mounts.
  const [script] = useState(() => props.initialScript ?? []);
  const [restoreNotice, setRestoreNotice] = useState<{ key: MessageKey; detail: string } | null>(null);

  // A link or a save carries the page's settings: use the ones that make sense, say what did not.
  const onRestored = useCallback(
    (r: Restored) => {
      const s = r.settings;
      if (isLang(s.lang)) changeLang(s.lang);
      const sp = parseSpeed(s.speed);
      if (sp !== null) setSpeed(sp);
      if (isTheme(s.theme)) changeTheme(s.theme);
      if (s.level === 'lifecycle' || s.level === 'all') setLevel(s.level);
      if (r.problems.length > 0)
        setRestoreNotice({
          key:
            r.source === 'link'
              ? r.fresh
                ? 'restore.linkFresh'
                : 'restore.link'
              : r.fresh
                ? 'restore.savedFresh'
                : 'restore.saved',
          detail: r.problems.join('; '),
        });
    },
    [changeLang, changeTheme],
  );
  const autosave = useMemo(
    () => (props.autosave ? { lang, level, theme, speed: String(speed) } : null),
    [props.autosave, lang, level, theme, speed],
  );

  if (!messages) return <div className={styles.root} data-theme={theme} aria-busy="true" />;
  return (
    <I18nProvider lang={lang} messages={messages}>
      <SimulatorProvider
        script={script}
        speed={speed}
        paused={paused}
        {...(props.restore ? { restore: props.restore } : {})}
        autosave={autosave}
        onRestored={onRestored}
      >
        <Simulator
          {...props}
          onLangChange={changeLang}
          speed={speed}
          onSpeed={setSpeed}
          paused={paused}
          onPaused={setPaused}
          theme={theme}
          onTheme={changeTheme}
          level={level}
          onLevel={setLevel}
          restoreNotice={restoreNotice}
          linkSettings={{ lang, level, theme, speed: String(speed) }}
        />
      </SimulatorProvider>
    </I18nProvider>
  );
}

function clockText(now: number): string {
  return new Date(now).toISOString().slice(11, 19);
}

/** The first refused target of a report, for the bounce and the note under the diagram. */
function feedbackOf(seq: number, report: CommandReport, t: Translate): Feedback {
  const refused = report.targets.find((x) => x.outcome === 'refused' && x.id);
  if (refused)
    return {
      seq,
      containerId: refused.id ?? null,
      kind: 'refused',
      text: refused.error ?? '',
      reason: refusalReason(t, refused.reason, refused.name ?? refused.arg),
    };
  const missing = report.targets.find((x) => x.outcome === 'missing');
  if (missing)
    return {
      seq,
      containerId: null,
      kind: 'refused',
      text: missing.error ?? '',
      reason: refusalReason(t, missing.reason, missing.arg),
    };
  if (report.targets.length > 0 && report.targets.every((x) => x.outcome === 'no-op'))
    return { seq, containerId: report.targets[0]?.id ?? null, kind: 'no-op', text: '' };
  return null;
}

const NO_REPLAY: ReplayView = { now: 0, containers: [] };
const noSubscribe = () => () => {};

/** The replay's view, re-read whenever it changes. */
function useReplayView(replay: Replay | null): ReplayView {
  const read = () => (replay ? replay.view() : NO_REPLAY);
  return useSyncExternalStore(replay ? replay.subscribe : noSubscribe, read, read);
}

interface SimulatorProps extends LifecycleSimulatorProps {
  onLangChange: (l: Lang) => void;
  speed: Speed;
  onSpeed: (s: Speed) => void;
  paused: boolean;
  onPaused: (p: boolean) => void;
  theme: Theme;
  onTheme: (t: Theme) => void;
  level: Level;
  onLevel: (l: Level) => void;
  restoreNotice: { key: MessageKey; detail: string } | null;
  /** The settings a link carries. */
  linkSettings: Record<string, string>;
}

function Simulator(props: SimulatorProps) {
  const panels = new Set(props.panels ?? ALL_PANELS);
  const { theme, level, onLevel: setLevel } = props;
  const [historyNotice, setHistoryNotice] = useState<{ text: string; seq: number } | null>(null);
  const controls = props.controls !== false;
  const reducedMotion = useReducedMotion();
  const api = useSimulator();
  const engine = useEngine();
  const { t } = useI18n();
  // The image list comes with the engine module (drawn in the build's pre-render too).
  const images = engine?.IMAGE_NAMES ?? NO_IMAGES;
  const settings = useControlSettings(images);
  const containers = useSimSelector((s) => s.view().containers, []);
  const tenth = useSimSelector((s) => Math.floor(s.now() / 100), 0);
  const second = Math.floor(tenth / 10);

  // The selection follows the newest container, and stays on a container until it is replaced;
  // with `select`, it follows the container of that name whenever it exists anew.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const known = useRef<Set<string>>(new Set());
  const follow = props.select;
  useEffect(() => {
    const fresh = containers.filter((c) => !known.current.has(c.id));
    for (const c of containers) known.current.add(c.id);
    const followed = follow ? fresh.find((c) => c.name === follow) : undefined;
    const newest = followed ?? (follow && containers.some((c) => c.name === follow) ? undefined : fresh.at(-1));
    if (newest) setSelectedId(newest.id);
  }, [containers, follow]);
  // A new name to follow (a host's message) selects that container at once, if it is there.
  const [followed, setFollowed] = useState(follow);
  if (followed !== follow) {
    setFollowed(follow);
    const named = follow ? containers.find((c) => c.name === follow) : undefined;
    if (named) setSelectedId(named.id);
  }

  // Every event and move, to a host (embed messages, the web component's DOM events).
  useHostFeed(api, props.onDockerEvent, props.onMove, props.onReady);
  const selected = containers.find((c) => c.id === selectedId) ?? null;

  // What Docker said to the latest command, on the diagram: a refusal bounces the container the
  // report names; a no-op says so; anything accepted clears the note.
  const latest = useLatestReport();
  const feedback = useMemo(() => (latest ? feedbackOf(latest.seq, latest.report, t) : null), [latest, t]);

  // A spoken line for every move of every container, and for a refusal.
  const [announcement, setAnnouncement] = useState({ text: '', seq: 0 });
  const announce = useCallback((text: string) => {
    if (text) setAnnouncement((a) => ({ text, seq: a.seq + 1 }));
  }, []);
  useChangeFeed(api?.sim ?? null, (batch: ChangeBatch) => announce(announcementFor(t, batch.moves, batch.events)));
  useEffect(() => {
    if (!api) return undefined;
    return api.shell.onReport((report) => {
      const refused = report.targets.find((x) => x.outcome === 'refused' || x.outcome === 'missing');
      if (refused) announce(`${t('diagram.refused')} ${refused.error ?? ''}`);
    });
  }, [api, announce, t]);

  // From the engine module, not the booted simulator: the diagram is drawn as soon as the model's
  // code is there (in the build's pre-render too), before the script has run.
  const graph = useMemo(() => (engine ? engine.lifecycleGraph() : null), [engine]);

  // A real log replayed on the diagram, instead of the live run, until the learner goes back.
  const [loaded, setLoaded] = useState<LoadedReplay | null>(null);
  const replay = loaded?.replay ?? null;
  useReplayClock(replay, props.speed, props.paused);
  const replayView = useReplayView(replay);
  useChangeFeed(replay, (batch: ChangeBatch) => announce(announcementFor(t, batch.moves, batch.events)));
  const { onPaused } = props;
  const startReplay = useCallback(
    (next: LoadedReplay) => {
      setLoaded(next);
      setSelectedId(null);
      onPaused(false);
    },
    [onPaused],
  );
  const live = replay === null;
  const now = live ? tenth * 100 : replayView.now;

  // ---- the classroom: presenter mode, a prepared demo, lessons and predictions ----
  const [present, setPresent] = useState(props.present ?? false);
  const demo = useDemo(props.speed, props.demo ?? null);
  const lessons = useLessons();
  const [lesson, setLesson] = useState<ActiveLesson | null>(null);
  const [predictOn, setPredictOn] = useState(false);
  const predicting = predictOn || lesson !== null;
  const [pending, setPending] = useState<PendingPrediction | null>(null);
  const [result, setResult] = useState<PredictResult | null>(null);
  const [score, setScore] = useState<Score>({ right: 0, total: 0 });
  // Whether it was dismissed before is the page's to check (main.tsx): the first render must match
  // the build's pre-render, which has no storage.
  const [welcome, setWelcome] = useState(() => Boolean(props.welcome));
  const history = api?.history ?? null;
  const openLesson = useCallback(
    async (next: Lesson) => {
      if (!history) return;
      dismissWelcome();
      setWelcome(false);
      await history.reset({ seed: 1, script: next.script, auto: props.speed === 'instant' });
      setSelectedId(null);
      setPending(null);
      setResult(null);
      setLesson({ lesson: next, step: 0, since: history.sim.events().length, hints: 0 });
    },
    [history, props.speed],
  );
  // A lesson asked for by the address (?lesson=<id>) opens once the lessons are read.
  const askedLesson = useRef(props.lesson ?? null);
  const missingLesson =
    props.lesson && lessons.length > 0 && !lessons.some((l) => l.id === props.lesson) ? props.lesson : null;
  useEffect(() => {
    const id = askedLesson.current;
    if (!id || !history || lessons.length === 0) return;
    askedLesson.current = null;
    const found = lessons.find((l) => l.id === id);
    if (found) void openLesson(found);
  }, [lessons, history, openLesson]);

  const intercept = useMemo(
    () =>
      predicting
        ? (verb: string, line: string) => {
            if (verb === 'create') return false;
            setPending({ verb, line, containerId: selected?.id ?? null, name: selected?.name ?? '' });
            setResult(null);
            return true;
          }
        : null,
    [predicting, selected],
  );
  const verbLine = (verb: (typeof LIFECYCLE_VERBS)[number]): string =>
    !api
      ? ''
      : verb === 'create'
        ? api.engine.createLine(settings.create)
        : selected
          ? api.engine.actionLine(verb, selected.name, settings.options)
          : '';

  const diagram = (
    <Diagram
      graph={graph}
      containers={live ? containers : replayView.containers}
      source={replay}
      now={now}
      selectedId={selectedId}
      onSelect={setSelectedId}
      stageMs={stageMsFor(props.speed, reducedMotion)}
      feedback={live ? feedback : null}
      level={level}
      onLevel={setLevel}
      theme={theme}
      hideNext={pending !== null || predicting}
      bare={!controls}
    />
  );
  // Over the diagram, not above it: nothing moves when the note goes.
  const stage = (
    <div className={styles.stage}>
      {!api ? <p className={styles.loading}>{t('app.loading')}</p> : null}
      {diagram}
    </div>
  );
  const bottomPanels = (
    <div className={styles.panels}>
      {panels.has('explain') && api && live ? <ExplainPanel containers={containers} /> : null}
      {panels.has('ps') && api && live ? (
        <div className={styles.wide}>
          <PsPanel selectedId={selectedId} onSelect={setSelectedId} />
        </div>
      ) : null}
      {panels.has('inspect') && api && live ? <InspectPanel container={selected} /> : null}
      {panels.has('logs') && api && live ? <LogsPanel container={selected} /> : null}
      {panels.has('events') && api && live ? (
        <div className={styles.wide}>
          <EventsPanel />
        </div>
      ) : null}
    </div>
  );

  const toolbar = (
    <Toolbar
      speed={props.speed}
      onSpeed={props.onSpeed}
      paused={props.paused}
      onPaused={props.onPaused}
      onStep={() => (replay ? replay.advance(1000) : api?.step(1000))}
      theme={theme}
      onTheme={props.onTheme}
      onLang={props.onLangChange}
      compact={props.layout === 'embed'}
      clock={
        replay
          ? t('replay.clock', { s: (Math.floor(now / 100) / 10).toFixed(1) })
          : // Shown from the first paint (00:00:00 until the engine runs), so the toolbar never shifts.
            t('clock.now', { time: clockText(second * 1000) })
      }
    />
  );
  const header = (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <p className={styles.subtitle}>{t('app.subtitle')}</p>
      </div>
      {welcome && lessons[0] ? (
        <Welcome
          lesson={lessons[0]}
          onStart={() => void openLesson(lessons[0]!)}
          onDismiss={() => {
            dismissWelcome();
            setWelcome(false);
          }}
        />
      ) : null}
      {toolbar}
    </header>
  );
  const actionBar = (
    <ActionBar
      sim={api?.sim ?? null}
      selected={selected}
      settings={settings}
      run={api ? api.click : noClick}
      intercept={intercept}
    />
  );
  const options = (
    <ControlOptions
      images={images}
      selected={selected}
      settings={settings}
      ready={api !== null}
      fault={api ? api.fault : noFault}
    />
  );
  const announcer = <Announcer message={announcement.text} seq={announcement.seq} />;
  const pageNotice = props.notice ? (
    <p role="alert" className={styles.notice}>
      {props.notice}
    </p>
  ) : null;

  const classroomTools = (
    <div className={styles.classroom} role="group" aria-label={t('classroom.label')}>
      <button type="button" data-testid="present" onClick={() => setPresent(true)} disabled={!live}>
        {t('classroom.present')}
      </button>
      <button
        type="button"
        aria-pressed={predicting}
        data-testid="predict-mode"
        disabled={lesson !== null}
        onClick={() => {
          setPredictOn((on) => !on);
          setPending(null);
        }}
      >
        {t('classroom.predict')}
      </button>
      {score.total > 0 ? (
        <span className={styles.score}>{t('predict.score', { right: score.right, total: score.total })}</span>
      ) : null}
    </div>
  );

  const predictNode =
    pending !== null ? (
      <Predict
        pending={pending}
        onCancel={() => setPending(null)}
        onResult={(r) => {
          setPending(null);
          setResult(r);
          setScore((s) => ({ right: s.right + (r.right ? 1 : 0), total: s.total + 1 }));
          announce(r.right ? t('predict.right') : t('predict.wrong'));
        }}
      />
    ) : result ? (
      <PredictOutcome result={result} score={score} />
    ) : null;

  if (props.layout === 'embed')
    return (
      <EmbedLayout
        theme={theme}
        order={props.panels ?? EMBED_PANELS}
        controls={controls}
        toolbar={toolbar}
        notices={
          <>
            {pageNotice}
            <ScriptNotice />
          </>
        }
        banner={props.banner}
        // Undo, redo and reset (contract §5, page and embed), under the panels: the top of a
        // small frame is the diagram's.
        footer={controls && live ? <HistoryBar settings={props.linkSettings} onNotice={announce} /> : null}
        announcer={announcer}
        panels={{
          diagram: stage,
          controls: controls ? actionBar : null,
          options: live && controls ? options : null,
          terminal: live ? <Terminal containers={containers} readOnly={!controls} /> : null,
          ps: live ? <PsPanel selectedId={selectedId} onSelect={setSelectedId} /> : null,
          events: live ? <EventsPanel /> : null,
          inspect: live ? <InspectPanel container={selected} /> : null,
          logs: live ? <LogsPanel container={selected} /> : null,
          explain: live ? <ExplainPanel containers={containers} /> : null,
        }}
      />
    );

  if (present && live)
    return (
      <div className={`${styles.root} ${styles.presenting}`} data-theme={theme} data-simulator="" data-present="">
        <Presenter
          containers={containers}
          selectedId={selectedId}
          onSelect={setSelectedId}
          paused={props.paused}
          onPaused={props.onPaused}
          onVerb={(verb) => {
            const line = verbLine(verb);
            if (line && api) void api.click(line);
          }}
          onNext={() => {
            if (!demo.next()) void history?.redo();
          }}
          onBack={() => {
            // Back in a demo takes its line back too, so that → runs it again.
            demo.back();
            void history?.undo();
          }}
          onReset={() => (demo.state.demo ? demo.restart() : void history?.reset())}
          onExit={() => setPresent(false)}
          caption={captionOf(demo.state)}
          diagram={diagram}
          panels={
            <>
              {header}
              {panels.has('terminal') ? <Terminal containers={containers} /> : null}
              {bottomPanels}
            </>
          }
        />
        {announcer}
      </div>
    );

  return (
    <div className={styles.root} data-theme={theme} data-simulator="">
      {header}
      {missingLesson ? (
        <p role="alert" className={styles.notice} data-testid="lesson-missing">
          {t('lessons.missing', { id: missingLesson })}
        </p>
      ) : null}
      {pageNotice}
      <ScriptNotice />
      {props.restoreNotice ? (
        <p role="alert" className={styles.notice} data-testid="restore-notice">
          {t(props.restoreNotice.key, { detail: props.restoreNotice.detail })}
        </p>
      ) : null}
      {panels.has('history') && live ? (
        <section className={styles.history} aria-label={t('classroom.toolsLabel')}>
          <HistoryBar
            settings={props.linkSettings}
            demo={demo.state.demo ? { text: demo.state.text, at: demo.state.at } : null}
            onNotice={(text) => {
              setHistoryNotice((n) => ({ text, seq: (n?.seq ?? 0) + 1 }));
              announce(text);
            }}
          />
          {classroomTools}
          {historyNotice ? (
            <p className={styles.historyNotice} key={historyNotice.seq} data-testid="history-notice">
              {historyNotice.text}
            </p>
          ) : null}
        </section>
      ) : null}
      <main className={styles.main}>
        <div className={styles.left}>
          {stage}
          {predictNode}
          {loaded ? (
            <ReplayBar
              loaded={loaded}
              paused={props.paused}
              onPaused={props.onPaused}
              onClose={() => {
                setLoaded(null);
                setSelectedId(null);
              }}
            />
          ) : panels.has('controls') ? (
            actionBar
          ) : null}
        </div>
        <div className={styles.side}>
          {panels.has('lessons') && live ? (
            <Lessons
              active={lesson}
              onOpen={(l) => void openLesson(l)}
              onStep={(next) => {
                setLesson(next);
                if (!next) setResult(null);
              }}
            />
          ) : null}
          {panels.has('lessons') && live && (demo.state.demo || !lesson) ? <DemoPanel controls={demo} /> : null}
          {panels.has('terminal') && live ? <Terminal containers={containers} /> : null}
          {panels.has('controls') && live ? options : null}
          {panels.has('bridge') ? <Bridge onReplay={startReplay} /> : null}
        </div>
      </main>
      {bottomPanels}
      {announcer}
    </div>
  );
}

/** The embed's panels when none are given. */
export const EMBED_PANELS: readonly PanelName[] = ['diagram', 'controls', 'terminal'];

const NO_IMAGES: readonly string[] = [];
const noClick = () => Promise.resolve(null);
const noFault = () => {};
