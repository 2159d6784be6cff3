/**
 * How the daemon finds a container from what the user typed (daemon/container.go GetContainer):
 * a full ID first, then a name, then a unique ID prefix.
 */
import type { DaemonErrorId } from '../errors';

export interface Named {
  id: string;
  name: string;
}

export type Lookup<T> = { ok: true; entry: T } | { ok: false; error: DaemonErrorId };

export function lookup<T extends Named>(entries: readonly T[], arg: string): Lookup<T> {
  if (arg === '') return { ok: false, error: 'noSuchContainer' };
  const byId = entries.find((e) => e.id === arg);
  if (byId) return { ok: true, entry: byId };
  const name = arg.startsWith('/') ? arg.slice(1) : arg;
  const byName = entries.find((e) => e.name === name);
  if (byName) return { ok: true, entry: byName };
  const byPrefix = entries.filter((e) => e.id.startsWith(arg));
  if (byPrefix.length === 1 && byPrefix[0]) return { ok: true, entry: byPrefix[0] };
  if (byPrefix.length > 1) return { ok: false, error: 'ambiguousPrefix' };
  return { ok: false, error: 'noSuchContainer' };
}

/** daemon/names.go: `^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$` (so at least two characters). */
export const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
