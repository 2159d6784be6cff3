/**
 * What a host page hears of a simulator (embed messages, the web component's DOM events): every
 * Docker event and every move, oldest first, from the very first (the script's too), and a handle
 * once the simulator has booted. Events and moves go out in the order they happened: each move
 * right after the last Docker event that belongs to it (`kill`, `die`, `stop`, then the move).
 */
import { useEffect, useRef } from 'react';
import type { DockerEvent, Move } from '../../machines/index';
import type { SimulatorApi } from './SimulatorProvider';

/** What a host can do with a booted simulator. */
export interface SimulatorHandle {
  /** Runs a line as if typed in the terminal (after the command that holds the prompt, if one does). */
  exec(line: string): Promise<void>;
}

type Item = { kind: 'event'; event: DockerEvent; at: number } | { kind: 'move'; move: Move; at: number };

/**
 * Events (from index `first`) and moves interleaved: an event at its index, a move just after the
 * last of its events (`Move.events`), a move without events just before the first event after it.
 */
export function interleave(events: readonly DockerEvent[], first: number, moves: readonly Move[]): Item[] {
  const items: Item[] = events.map((event, i) => ({ kind: 'event', event, at: first + i }));
  for (const move of moves) {
    let at: number;
    if (move.events.length > 0) at = Math.max(...move.events) + 0.5;
    else {
      const next = events.findIndex((e) => e.timeNano > move.timeNano);
      at = (next < 0 ? first + events.length : first + next) - 0.5;
    }
    items.push({ kind: 'move', move, at });
  }
  // Stable: moves at one place keep their order.
  return items.sort((a, b) => a.at - b.at);
}

export function useHostFeed(
  api: SimulatorApi | null,
  onEvent: ((event: DockerEvent) => void) | undefined,
  onMove: ((move: Move) => void) | undefined,
  onReady: ((handle: SimulatorHandle) => void) | undefined,
): void {
  const latest = useRef({ onEvent, onMove, onReady });
  useEffect(() => {
    latest.current = { onEvent, onMove, onReady };
  });
  useEffect(() => {
    if (!api) return undefined;
    const { sim, shell } = api;
    let alive = true;
    let cursor = { events: 0, moves: 0 };
    const flush = () => {
      scheduled = false;
      if (!alive) return;
      const now = sim.counts();
      if (now.events === cursor.events && now.moves === cursor.moves) return;
      const items = interleave(sim.eventsSince(cursor.events), cursor.events, sim.movesSince(cursor.moves));
      cursor = { events: now.events, moves: now.moves };
      const { onEvent: e, onMove: m } = latest.current;
      for (const item of items) {
        if (item.kind === 'event') e?.(item.event);
        else m?.(item.move);
      }
    };
    // A burst of changes (a command's events) goes out together, after the code that made it.
    let scheduled = false;
    const off = sim.subscribe(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(flush);
    });
    latest.current.onReady?.({ exec: (line) => shell.submit(line) });
    flush();
    return () => {
      alive = false;
      off();
    };
  }, [api]);
}
