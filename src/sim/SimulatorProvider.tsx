/**
 * One way into React for the simulator (house style 13): a provider that owns the live simulator,
 * its shell session and its clock, and hooks that read them narrowly. Components read the engine
 * actor through @xstate/react's useSelector, so each re-renders only when what it selects changes;
 * the callbacks the provider hands out are stable for the life of the simulator.
 */
import { useSelector } from '@xstate/react';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type {
  CommandReport,
  Fault,
  LiveSimulator,
  Move,
  RecordedSession,
  ShellSession,
  ShellSnapshot,
  TracedEvent,
} from '../../machines/index';
import { loadEngine, type Engine } from './engine';
import { decodeRun, loadSaved, save } from '../classroom/link';
import { planScript, runnableScript, type ScriptRefusal } from './script';
import { frameDelta, type Speed } from './speed';
import { useSyncExternalStore } from 'react';

export interface SimulatorApi {
  engine: Engine;
  sim: LiveSimulator;
  shell: ShellSession;
  /** A clicked docker command: echoed in the terminal as the command it stands for, then run. */
  click(line: string): Promise<CommandReport>;
  /** Injects a fault into a container, echoed in the terminal as a `#` comment. */
  fault(containerId: string, fault: Fault, comment: string): void;
  /** Lets simulated time pass now (the step button). */
  step(ms: number): void;
  /** What the terminal sends the shell (recorded in the history when there is one). */
  input: ShellInput;
  /** The session's history (undo, redo, jumps, its record for a link); null for a bare simulator. */
  history: RecordedSession | null;
}

/** The shell's inputs: a typed line and the keys a terminal sends. */
export interface ShellInput {
  submit(text: string): Promise<void>;
  interrupt(line: string): void;
  endOfInput(line: string): boolean;
  detach(): void;
  list(line: string, stdout: string): void;
  clear(): void;
}

/** What the page explains: the latest step that changed something, or that Docker refused. */
export interface Focus {
  step: number;
  /** The command's report, when the step was a command that finished. */
  report: CommandReport | null;
  /** Bumped whenever the step gained events or moves (a grace period's SIGKILL comes later). */
  version: number;
}

/** New moves and events, oldest first, since the last batch. */
export interface ChangeBatch {
  moves: Move[];
  events: TracedEvent[];
}

/** Anything that records moves and events as the live simulator does (it, or a replayed log). */
export interface ChangeSource {
  counts(): { moves: number; events: number };
  movesSince(from: number): Move[];
  tracedEventsSince(from: number): TracedEvent[];
  subscribe(listener: () => void): () => void;
  /** A source that can jump (a replay's scrubber) starts a new epoch; a jump is drawn, not played. */
  epoch?(): number;
}

interface ContextValue {
  api: SimulatorApi | null;
  focus: Focus | null;
  /** The latest command report (clicked or typed), with a sequence number. */
  latest: { seq: number; report: CommandReport } | null;
  /** Lines of the script that were not run (too long, too many). */
  refused?: readonly ScriptRefusal[];
}

const SimContext = createContext<ContextValue>({ api: null, focus: null, latest: null });

/** Where a session comes from besides a fresh start: a link's run, or the autosave. */
export interface RestoreFrom {
  /** A `#run=` value (link.ts). */
  run?: string;
  /** Restore the autosaved session, if there is one. */
  saved?: boolean;
}

/** What became of a restore: where from, the page settings it carried, and what it left out. */
export interface Restored {
  source: 'link' | 'saved';
  settings: Record<string, string>;
  problems: string[];
  /** Nothing could be used: the page started fresh. */
  fresh: boolean;
}

export interface SimulatorProviderProps {
  /**
   * docker command lines run (instantly) before the simulator shows, numbered as given (blank
   * ones are skipped). A line that waits holds the prompt and the rest queue behind it.
   */
  script: readonly string[];
  seed?: number;
  speed: Speed;
  /** The clock stands still. */
  paused: boolean;
  /** Open a link's run or the autosave instead of a fresh start. */
  restore?: RestoreFrom;
  /** Keep the session in the browser's storage as it changes, with these page settings. */
  autosave?: Record<string, string> | null;
  /** Told once, after a restore was tried. */
  onRestored?: (restored: Restored) => void;
  children: ReactNode;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Starts a recorded session, from a link or the autosave when asked, else fresh from the script. */
async function boot(engine: Engine, script: readonly string[], seed: number, speed: Speed, restore?: RestoreFrom) {
  let restored: Restored | null = null;
  let session: RecordedSession | null = null;
  const read =
    restore?.run !== undefined
      ? { source: 'link' as const, result: decodeRun(engine, restore.run) }
      : restore?.saved
        ? { source: 'saved' as const, result: loadSaved(engine, storage()) }
        : null;
  if (read?.result) {
    const { data, problems } = read.result;
    restored = { source: read.source, settings: data?.settings ?? {}, problems: [...problems], fresh: !data };
    if (data) {
      try {
        session = await engine.RecordedSession.restore(data.base, data.records, data.position, data.tipAt);
      } catch {
        restored.problems.push('it could not be replayed');
        restored.fresh = true;
      }
    }
  }
  // The lines that cannot run are blanked in the session's base, so the others keep their numbers.
  const plan = planScript(script);
  session ??= await engine.RecordedSession.start({
    seed,
    script: runnableScript(script, plan),
    auto: speed === 'instant',
  });
  return { engine, session, restored, refused: plan.refused };
}

/** Never settles: a server render (the build's pre-render) boots nothing. */
const NEVER = new Promise<never>(() => {});

export function SimulatorProvider(props: SimulatorProviderProps) {
  const { script, seed = 1, speed, paused, children, restore, autosave, onRestored } = props;
  // One boot per mounted provider, started in state rather than in an effect, so StrictMode's
  // double effects cannot run the script twice (toolchain trap 9).
  const [booting] = useState(() =>
    typeof window === 'undefined' ? NEVER : loadEngine().then((engine) => boot(engine, script, seed, speed, restore)),
  );
  const [loaded, setLoaded] = useState<Awaited<typeof booting> | null>(null);
  const restoredRef = useRef(onRestored);
  useEffect(() => {
    restoredRef.current = onRestored;
  });
  // The live simulator and shell: an undo, a redo or a jump replaces them.
  const [live, setLive] = useState<{ sim: LiveSimulator; shell: ShellSession } | null>(null);
  useEffect(() => {
    let alive = true;
    let off = () => {};
    void booting.then((b) => {
      if (!alive) return;
      if (b.restored) restoredRef.current?.(b.restored);
      setLoaded(b);
      setLive({ sim: b.session.sim, shell: b.session.shell });
      off = b.session.subscribe(() =>
        setLive((l) => (l && l.sim === b.session.sim ? l : { sim: b.session.sim, shell: b.session.shell })),
      );
    });
    return () => {
      alive = false;
      off();
    };
  }, [booting]);
  const session = loaded?.session ?? null;
  const sim = live?.sim ?? null;

  // The autosave: after each change of the history, and when the page is hidden (the clock ran).
  const saveSettings = useRef(autosave);
  useEffect(() => {
    saveSettings.current = autosave;
  });
  useEffect(() => {
    if (!session || !loaded) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const settings = saveSettings.current;
      if (settings) save(loaded.engine, { ...session.record(), settings }, storage());
    };
    const off = session.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(write, 300);
    });
    const hidden = () => {
      if (document.visibilityState === 'hidden') write();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', write);
    return () => {
      off();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', write);
    };
  }, [session, loaded]);

  // Commands finish at once at "instant"; otherwise they wait for simulated time to pass.
  useEffect(() => {
    if (sim && session && sim === session.sim) session.setAuto(speed === 'instant');
  }, [sim, session, speed]);

  // The clock: real time times the speed, unless paused.
  useEffect(() => {
    if (!sim || paused) return undefined;
    let previous: number | null = null;
    let raf = 0;
    const tick = (now: number) => {
      const dt = frameDelta(previous, now);
      previous = now;
      if (dt > 0 && session?.sim === sim) session.advance(speed === 'instant' ? dt : dt * speed);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [sim, session, speed, paused]);

  const api = useMemo(
    () => (loaded && live ? recordedApi(loaded.engine, loaded.session, live.sim, live.shell) : null),
    [loaded, live],
  );

  // What to explain: the step of the newest change, or a command's report when it changed
  // nothing (a refusal, a no-op); commands that only read (ps, inspect) leave it as it was.
  const [focus, setFocus] = useState<Focus | null>(null);
  const [latest, setLatest] = useState<ContextValue['latest']>(null);
  // What to explain belongs to the simulator it came from: a rebuilt one (undo, redo, a jump)
  // starts with nothing to explain.
  const [explainedSim, setExplainedSim] = useState<LiveSimulator | null>(null);
  useChangeFeed(api?.sim ?? null, (batch) => {
    const newest = [
      ...batch.moves.map((m) => m.step),
      ...batch.events.filter(worthExplaining).map((e) => e.trace.step),
    ].reduce((a, b) => Math.max(a, b), -1);
    if (newest < 0) return;
    setExplainedSim(api?.sim ?? null);
    setFocus((f) => ({
      step: newest,
      report: f?.step === newest ? f.report : null,
      version: (f?.version ?? 0) + 1,
    }));
  });
  const reportSeq = useRef(0);
  useEffect(() => {
    if (!api) return undefined;
    return api.shell.onReport((report) => {
      reportSeq.current += 1;
      setExplainedSim(api.sim);
      setLatest({ seq: reportSeq.current, report });
      const changed = api.sim.stepTrace(report.step);
      // A command that only read a container (docker logs, docker wait) leaves the explanation as it
      // was, as docker ps does; a refusal or a no-op is explained.
      const touched = report.targets.some((x) => x.outcome !== 'done');
      if (changed.moves.length === 0 && changed.events.length === 0 && !touched) return;
      setFocus((f) => ({ step: report.step, report, version: (f?.version ?? 0) + 1 }));
    });
  }, [api]);

  const current = explainedSim !== null && explainedSim === sim;
  const refused = loaded?.refused;
  const value = useMemo(
    () => ({ api, focus: current ? focus : null, latest: current ? latest : null, refused }),
    [api, focus, latest, current, refused],
  );
  return <SimContext.Provider value={value}>{children}</SimContext.Provider>;
}

/**
 * A health probe that changed nothing (its exec events, every interval) does not take the
 * explanation away from what the learner did; one that changed the health status does.
 */
export function worthExplaining(e: TracedEvent): boolean {
  return e.trace.cause !== 'healthcheck' || e.event.Action.startsWith('health_status');
}

/** The script's lines that were not run, and why (empty until the simulator has booted). */
export function useScriptRefusals(): readonly ScriptRefusal[] {
  return useContext(SimContext).refused ?? NO_REFUSALS;
}
const NO_REFUSALS: readonly ScriptRefusal[] = [];

/** The actions the page takes on a bare simulator and its shell (no history: tests, a host's own). */
export function simulatorApi(engine: Engine, sim: LiveSimulator, shell: ShellSession): SimulatorApi {
  return {
    engine,
    sim,
    shell,
    click: (line) => shell.click(line),
    fault: (containerId, fault, comment) => shell.fault(comment, () => void sim.fault(containerId, fault, comment)),
    step: (ms) => void sim.advance(ms),
    input: shell,
    history: null,
  };
}

/** The actions the page takes, each recorded in the session's history. */
function recordedApi(engine: Engine, session: RecordedSession, sim: LiveSimulator, shell: ShellSession): SimulatorApi {
  return {
    engine,
    sim,
    shell,
    click: (line) => session.click(line).done,
    fault: (containerId, fault, comment) => void session.fault(containerId, fault, comment),
    step: (ms) => void session.tick(ms),
    input: {
      submit: (text) => session.submit(text).done,
      interrupt: (line) => session.interrupt(line),
      endOfInput: (line) => session.endOfInput(line),
      detach: () => session.detach(),
      list: (line, stdout) => session.list(line, stdout),
      clear: () => session.clear(),
    },
    history: session,
  };
}

/** Provides a simulator made elsewhere (a test's, or one a host page keeps), as the provider would. */
export function SimulatorContext({
  api,
  focus = null,
  latest = null,
  children,
}: {
  api: SimulatorApi;
  focus?: Focus | null;
  latest?: ContextValue['latest'];
  children: ReactNode;
}) {
  const value = useMemo(() => ({ api, focus, latest }), [api, focus, latest]);
  return <SimContext.Provider value={value}>{children}</SimContext.Provider>;
}

/** The simulator and its stable actions, or null until the engine has loaded. */
export function useSimulator(): SimulatorApi | null {
  return useContext(SimContext).api;
}

/** What the explanation shows. */
export function useFocus(): Focus | null {
  return useContext(SimContext).focus;
}

/** The latest command's report (for the diagram's feedback), with a sequence number. */
export function useLatestReport(): ContextValue['latest'] {
  return useContext(SimContext).latest;
}

/**
 * A narrow read of the simulator: re-renders only when `selector`'s result changes (by `compare`,
 * identity by default). Before the engine has loaded, `fallback`.
 */
export function useSimSelector<T>(
  selector: (sim: LiveSimulator) => T,
  fallback: T,
  compare?: (a: T, b: T) => boolean,
): T {
  const sim = useSimulator()?.sim;
  return useSelector(sim?.actor, () => (sim ? selector(sim) : fallback), compare);
}

const NO_SHELL: ShellSnapshot = { entries: [], clearedBefore: 0, holding: false, queue: [], continued: null };
const noop = () => () => {};

/**
 * The shell session's transcript and prompt. The session is a plain store, not an actor, so this
 * reads it with useSyncExternalStore; changes are drawn at most once per animation frame.
 */
export function useShellSnapshot(): ShellSnapshot {
  const shell = useSimulator()?.shell ?? null;
  const subscribe = useMemo(() => {
    if (!shell) return noop;
    return (listener: () => void) => {
      let raf = 0;
      const off = shell.subscribe(() => {
        raf ||= requestAnimationFrame(() => {
          raf = 0;
          listener();
        });
      });
      return () => {
        off();
        cancelAnimationFrame(raf);
      };
    };
  }, [shell]);
  return useSyncExternalStore(
    subscribe,
    () => shell?.snapshot() ?? NO_SHELL,
    () => NO_SHELL,
  );
}

/**
 * Calls `onBatch` at most once per animation frame with the moves and events that came since the
 * last call (what was there when the page opened is not news). Every consumer that must see each
 * move once (the diagram's tokens, the announcements) reads them here.
 */
export function useChangeFeed(sim: ChangeSource | null, onBatch: (batch: ChangeBatch) => void): void {
  const latest = useRef(onBatch);
  useEffect(() => {
    latest.current = onBatch;
  });
  useEffect(() => {
    if (!sim) return undefined;
    let cursor = sim.counts();
    let epoch = sim.epoch?.() ?? 0;
    let raf = 0;
    const flush = () => {
      raf = 0;
      const now = sim.counts();
      const nowEpoch = sim.epoch?.() ?? 0;
      if (nowEpoch !== epoch) {
        epoch = nowEpoch;
        cursor = now;
        return;
      }
      if (now.moves === cursor.moves && now.events === cursor.events) return;
      const batch = { moves: sim.movesSince(cursor.moves), events: sim.tracedEventsSince(cursor.events) };
      cursor = now;
      latest.current(batch);
    };
    const off = sim.subscribe(() => {
      raf ||= requestAnimationFrame(flush);
    });
    return () => {
      off();
      cancelAnimationFrame(raf);
    };
  }, [sim]);
}

const NO_POSITION = { at: 0, of: 0 };

/** Where the session is in its history (steps applied, steps recorded), as it changes. */
export function useHistoryPosition(): { at: number; of: number } {
  const history = useSimulator()?.history ?? null;
  const subscribe = useMemo(() => (history ? (l: () => void) => history.subscribe(l) : noop), [history]);
  const readAt = () => history?.where().at ?? 0;
  const readOf = () => history?.where().of ?? 0;
  const at = useSyncExternalStore(subscribe, readAt, readAt);
  const of = useSyncExternalStore(subscribe, readOf, readOf);
  return history ? { at, of } : NO_POSITION;
}
