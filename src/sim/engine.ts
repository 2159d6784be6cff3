/**
 * The model's chunk, loaded once. The page paints before it arrives (a static value import of
 * machines/index.ts would pull the whole engine into the first chunk), and every part of the page
 * that needs a model function asks here, so the chunk is fetched one way only.
 */
import { useSyncExternalStore } from 'react';
import type * as EngineModule from '../../machines/index';

export type Engine = typeof EngineModule;

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
const listeners = new Set<() => void>();

/** Loads the engine chunk once; every later call returns the same promise. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('../../machines/index').then((m) => {
    engine = m;
    for (const listener of [...listeners]) listener();
    return m;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadEngine();
  return () => listeners.delete(listener);
}

const current = () => engine;

/**
 * The engine module, or null for the moment before its chunk has arrived. A module is not an
 * actor, so this reads it with useSyncExternalStore rather than @xstate/react's useSelector.
 */
export function useEngine(): Engine | null {
  return useSyncExternalStore(subscribe, current, current);
}
