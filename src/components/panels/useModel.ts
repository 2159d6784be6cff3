/**
 * The model's pure helpers (`formatEventLine`, `signalName`) for the panels.
 *
 * The page loads the model after its first paint, as its own chunk (useLiveSimulator). A static
 * value import of machines/index.ts from here would pull the whole model into the first chunk
 * (about 60 KB gzipped more, over the size budget), so the panels ask for the same chunk
 * dynamically. By the time a panel has a simulator to show, that chunk is already loaded, and the
 * import settles in a microtask.
 */
import { useSyncExternalStore } from 'react';
import type * as ModelModule from '../../../machines/index';

export type Model = typeof ModelModule;

let model: Model | null = null;
let loading: Promise<Model> | null = null;
const listeners = new Set<() => void>();

/** Loads the model chunk once; every later call returns the same promise. */
export function loadModel(): Promise<Model> {
  loading ??= import('../../../machines/index').then((m) => {
    model = m;
    for (const listener of [...listeners]) listener();
    return m;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadModel();
  return () => listeners.delete(listener);
}

const current = () => model;

/** The model module, or null for the moment before its chunk has arrived. */
export function useModel(): Model | null {
  return useSyncExternalStore(subscribe, current, current);
}
