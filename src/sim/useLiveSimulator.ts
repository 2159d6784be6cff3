/**
 * The page's simulator: the model is loaded after the first paint (its own chunk), then driven by
 * the real clock times a speed factor. Commands typed or clicked go through `run`, which keeps a
 * transcript of them as the docker CLI would print it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as EngineModule from '../../machines/index';
import type { DockerEvent, ExecOptions, ExecResult, LiveSimulator, SimulatorView } from '../../machines/index';
import { frameDelta, type Speed } from './speed';

type Engine = typeof EngineModule;

/** One piece of what the terminal shows under a command, in the order it came. */
export interface OutputChunk {
  text: string;
  /**
   * `stdout`/`stderr`: what the docker CLI printed. `input`: what the learner pressed while it ran
   * (`^C`). `hint`: the page's own advice, in the learner's language, never docker's output.
   */
  stream: 'stdout' | 'stderr' | 'input' | 'hint';
}

export interface TranscriptEntry {
  seq: number;
  /** The command line, or a `#` comment for a fault. */
  line: string;
  /** `typed` in the terminal, `click`ed, from the initial `script`, a `fault`, or a `shell` builtin. */
  source: 'click' | 'script' | 'fault' | 'typed' | 'shell';
  output: readonly OutputChunk[];
  /** Null while the command runs. */
  result: ExecResult | null;
}

export interface RunOptions {
  /** Keys for this command: Ctrl+C, Ctrl+D, the detach sequence (see `createInterruptSource`). */
  interrupts?: ExecOptions['interrupts'];
  /** Told how a foreground run or start -a is attached, so the terminal can say which keys do what. */
  onAttach?: ExecOptions['onAttach'];
  /** The line as the transcript shows it, when it differs from the one run (`$?`, `$(…)` expanded). */
  shown?: string;
}

export interface LiveSimulatorState {
  engine: Engine | null;
  sim: LiveSimulator | null;
  view: SimulatorView | null;
  /** The events of the last command, or of the last thing that happened by itself. */
  lastBatch: readonly DockerEvent[];
  transcript: readonly TranscriptEntry[];
  /** Runs a docker command line, recording it and its output in the transcript as they come. */
  run: (line: string, source?: TranscriptEntry['source'], options?: RunOptions) => Promise<ExecResult | null>;
  /** Runs a command that answers at once (for `$(docker ps -q)`), unrecorded; null if it would wait. */
  capture: (line: string) => ExecResult | null;
  /** Records a line the terminal answered itself (`echo`, `history`…), with its output. */
  shell: (line: string, result: ExecResult) => void;
  /** Adds a piece of output to an entry: a `^C`, or a hint. */
  annotate: (seq: number, chunk: OutputChunk) => void;
  /** The seq the next entry will get (so the terminal can find the entry of a command it starts). */
  nextSeq: () => number;
  fault: (line: string, apply: (sim: LiveSimulator) => Promise<void>) => Promise<void>;
  /** Lets simulated time pass now (the step button). */
  step: (ms: number) => void;
}

export interface LiveOptions {
  initialScript: readonly string[];
  speed: Speed;
  paused: boolean;
  seed?: number;
}

/** Loads the engine and runs the initial script once (headless, instantly), before anything shows. */
async function boot(
  script: readonly string[],
  seed: number,
): Promise<{ engine: Engine; sim: LiveSimulator; transcript: TranscriptEntry[] }> {
  const engine = await import('../../machines/index');
  const sim = engine.createSimulator({ seed, autoAdvance: true });
  const transcript: TranscriptEntry[] = [];
  for (const line of script) {
    const result = await sim.exec(line);
    transcript.push({ seq: transcript.length, line, source: 'script', output: chunksOf(result), result });
  }
  sim.setAutoAdvance(false);
  return { engine, sim, transcript };
}

interface Frame {
  view: SimulatorView | null;
  lastBatch: readonly DockerEvent[];
}

const EMPTY: Frame = { view: null, lastBatch: [] };

/** Streamed output joins into chunks of about this many characters. */
const CHUNK_CHARS = 1024;

/** What a command printed, as chunks, when nothing was streamed. */
function chunksOf(result: ExecResult): OutputChunk[] {
  const out: OutputChunk[] = [];
  if (result.stdout) out.push({ text: result.stdout, stream: 'stdout' });
  if (result.stderr) out.push({ text: result.stderr, stream: 'stderr' });
  return out;
}

/** Every container's state in one string, to tell cheaply whether any state changed. */
function statesOf(view: SimulatorView): string {
  return view.containers.map((c) => `${c.id}:${c.status}`).join(' ');
}

export function useLiveSimulator({ initialScript, speed, paused, seed = 1 }: LiveOptions): LiveSimulatorState {
  // One boot per mounted component, seeded with the script rather than replayed in an effect, so
  // StrictMode's double effects cannot run it twice (toolchain trap 9).
  const [booting] = useState(() => boot(initialScript, seed));

  const [loaded, setLoaded] = useState<{ engine: Engine; sim: LiveSimulator } | null>(null);
  const [transcript, setTranscript] = useState<TranscriptEntry[]>([]);
  const [frame, setFrame] = useState<Frame>(EMPTY);
  const inFlight = useRef(0);
  const nextSeq = useRef(0);
  const resetBatch = useRef(false);

  useEffect(() => {
    let alive = true;
    void booting.then((b) => {
      if (!alive) return;
      setTranscript(b.transcript);
      nextSeq.current = b.transcript.length;
      setLoaded({ engine: b.engine, sim: b.sim });
    });
    return () => {
      alive = false;
    };
  }, [booting]);

  const sim = loaded?.sim ?? null;

  // Commands finish at once at "instant"; otherwise they wait for simulated time to pass.
  useEffect(() => {
    sim?.setAutoAdvance(speed === 'instant');
  }, [sim, speed]);

  // Publish the model at most once per animation frame, with the events that came since the last one.
  useEffect(() => {
    if (!sim) return undefined;
    let seen = sim.view().eventCount;
    let batch: DockerEvent[] = [];
    let batchTime: number | null = null;
    let scheduled = 0;
    let shownTenth = -1;
    let shownBusy = false;
    let shownStates = '';
    const publish = () => {
      scheduled = 0;
      const view = sim.view();
      // Tokens animate on their own (D3); the page itself needs a new render only when something
      // happened, or when a countdown or a STATUS text would read differently (a tenth of a second).
      // A change no event marks (kill on a restarting container, a failed removal) still changes a state.
      const tenth = Math.floor(view.now / 100);
      const states = statesOf(view);
      if (view.eventCount === seen && tenth === shownTenth && view.busy === shownBusy && states === shownStates) return;
      shownTenth = tenth;
      shownBusy = view.busy;
      shownStates = states;
      const fresh = sim.eventsSince(seen);
      seen = view.eventCount;
      if (resetBatch.current) {
        batch = [];
        resetBatch.current = false;
      }
      const first = fresh[0];
      // With no command in flight, a new moment in simulated time starts a new batch.
      if (inFlight.current === 0 && first && batchTime !== first.timeNano) batch = [];
      if (fresh.length > 0) {
        batch = batch.concat(fresh);
        batchTime = fresh.at(-1)?.timeNano ?? null;
      }
      setFrame({ view, lastBatch: batch });
    };
    const unsubscribe = sim.subscribe(() => {
      if (!scheduled) scheduled = requestAnimationFrame(publish);
    });
    publish();
    return () => {
      unsubscribe();
      cancelAnimationFrame(scheduled);
    };
  }, [sim]);

  // The clock: real time times the speed, unless paused.
  useEffect(() => {
    if (!sim || paused) return undefined;
    let previous: number | null = null;
    let raf = 0;
    const tick = (now: number) => {
      const dt = frameDelta(previous, now);
      previous = now;
      if (dt > 0) void sim.advance(speed === 'instant' ? dt : dt * speed);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [sim, speed, paused]);

  const record = useCallback((line: string, source: TranscriptEntry['source'], result: ExecResult | null = null) => {
    const seq = nextSeq.current++;
    const entry: TranscriptEntry = { seq, line, source, output: result ? chunksOf(result) : [], result };
    setTranscript((t) => [...t, entry]);
    return seq;
  }, []);

  // Streamed output is gathered and shown once per frame: `docker events` may print a lot at once.
  const pending = useRef(new Map<number, OutputChunk[]>());
  const flushing = useRef(0);
  const flush = useCallback(() => {
    flushing.current = 0;
    const chunks = pending.current;
    if (chunks.size === 0) return;
    pending.current = new Map();
    setTranscript((t) =>
      t.map((e) => {
        const more = chunks.get(e.seq);
        return more ? { ...e, output: [...e.output, ...more] } : e;
      }),
    );
  }, []);
  const annotate = useCallback(
    (seq: number, chunk: OutputChunk) => {
      if (!chunk.text) return;
      const list = pending.current.get(seq) ?? [];
      const last = list.at(-1);
      // Pieces of one stream join up, but only into small chunks: a long `docker events` stays a
      // list of chunks, so the terminal redraws only the newest ones.
      if (last && last.stream === chunk.stream && last.text.length < CHUNK_CHARS)
        list[list.length - 1] = { ...last, text: last.text + chunk.text };
      else list.push(chunk);
      pending.current.set(seq, list);
      flushing.current ||= requestAnimationFrame(flush);
    },
    [flush],
  );
  useEffect(() => () => cancelAnimationFrame(flushing.current), []);

  const run = useCallback(
    async (line: string, source: TranscriptEntry['source'] = 'click', options: RunOptions = {}) => {
      if (!sim) return null;
      const seq = record(options.shown ?? line, source);
      inFlight.current++;
      resetBatch.current = true;
      try {
        const streamed = { stdout: '', stderr: '' };
        const result = await sim.exec(line, {
          interrupts: options.interrupts,
          onAttach: options.onAttach,
          onOutput: (text, stream) => {
            streamed[stream] += text;
            annotate(seq, { text, stream });
          },
        });
        // Whatever the command printed without streaming it still shows.
        for (const stream of ['stdout', 'stderr'] as const) {
          const all = result[stream];
          if (all.length > streamed[stream].length && all.startsWith(streamed[stream]))
            annotate(seq, { text: all.slice(streamed[stream].length), stream });
        }
        // What was streamed shows first, then the entry is marked done.
        flush();
        setTranscript((t) => t.map((e) => (e.seq === seq ? { ...e, result } : e)));
        return result;
      } finally {
        inFlight.current--;
      }
    },
    [sim, record, annotate, flush],
  );

  const shell = useCallback((line: string, result: ExecResult) => void record(line, 'shell', result), [record]);

  const fault = useCallback(
    async (line: string, apply: (s: LiveSimulator) => Promise<void>) => {
      if (!sim) return;
      resetBatch.current = true;
      record(line, 'fault');
      await apply(sim);
    },
    [sim, record],
  );

  const step = useCallback((ms: number) => void sim?.advance(ms), [sim]);

  return {
    engine: loaded?.engine ?? null,
    sim,
    view: frame.view,
    lastBatch: frame.lastBatch,
    transcript,
    run,
    shell,
    capture: (line: string) => sim?.query(line) ?? null,
    annotate,
    nextSeq: () => nextSeq.current,
    fault,
    step,
  };
}
