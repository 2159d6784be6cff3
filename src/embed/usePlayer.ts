/**
 * The embed's `play`: docker lines run one at a time as if typed, with a pause after each (longer
 * at a slower speed), and from the start again after the last (the host's `reset`). Each line
 * waits for the one before it to finish; a line that holds the prompt holds the play.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SimulatorHandle } from '../sim/useHostFeed';
import type { Speed } from '../sim/speed';

/** Real milliseconds between two lines at 1×. */
const PAUSE_MS = 1800;
/** Real milliseconds on the last state before the play starts over. */
const END_MS = 3500;

export function pauseFor(speed: Speed, ms = PAUSE_MS): number {
  const factor = speed === 'instant' ? 4 : speed;
  return Math.round(Math.min(4 * ms, Math.max(ms / 3, ms / factor)));
}

export interface Player {
  /** The next line to run (0 before the first), or `lines.length` at the end. */
  index: number;
  playing: boolean;
  /** A line is running. */
  busy: boolean;
  toggle(): void;
  /** Runs the next line now (or starts over after the last). */
  next(): void;
}

/**
 * `handle` is the booted simulator's (null while it boots); `restart` starts the run afresh (it
 * gives a new handle, and the play begins again at the first line).
 */
export function usePlayer(
  lines: readonly string[],
  handle: SimulatorHandle | null,
  speed: Speed,
  restart: () => void,
): Player {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [busy, setBusy] = useState(false);
  // A new run (a reset, the loop) plays from its first line.
  const [run, setRun] = useState(handle);
  if (run !== handle) {
    setRun(handle);
    setIndex(0);
    setBusy(false);
  }
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const step = useCallback(() => {
    if (!handle || busy) return;
    if (index >= lines.length) {
      restart();
      return;
    }
    const line = lines[index] ?? '';
    setBusy(true);
    void handle.exec(line).then(() => {
      if (!alive.current) return;
      setBusy(false);
      setIndex((i) => (i === index ? i + 1 : i));
    });
  }, [handle, busy, index, lines, restart]);

  // Playing: the next step after a pause (the first line after a short one).
  useEffect(() => {
    if (!playing || !handle || busy || lines.length === 0) return undefined;
    const wait = index >= lines.length ? pauseFor(speed, END_MS) : index === 0 ? pauseFor(speed, 600) : pauseFor(speed);
    const timer = setTimeout(step, wait);
    return () => clearTimeout(timer);
  }, [playing, handle, busy, index, lines.length, speed, step]);

  return {
    index,
    playing,
    busy,
    toggle: () => setPlaying((p) => !p),
    next: step,
  };
}
