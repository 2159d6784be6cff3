/** Which lines the `docker events` panel shows, and which of them the latest command caused. */
import type { DockerEvent } from '../../../machines/index';

/** At most this many lines are rendered; a note says how many older ones are left out. */
export const EVENTS_SHOWN = 200;

/** The same event, whatever object carries it (the log hands out fresh copies). */
export function eventKey(e: DockerEvent): string {
  return `${e.timeNano}|${e.Actor.ID}|${e.Action}|${JSON.stringify(e.Actor.Attributes)}`;
}

/**
 * Log indexes of the events of `latest` among `shown` (the log from index `first` on), matched
 * from the newest: `latest` is a tail of the log, possibly longer than what is shown.
 */
export function latestIndexes(
  shown: readonly DockerEvent[],
  first: number,
  latest: readonly DockerEvent[],
): Set<number> {
  const wanted = new Map<string, number>();
  for (const e of latest) wanted.set(eventKey(e), (wanted.get(eventKey(e)) ?? 0) + 1);
  const out = new Set<number>();
  for (let i = shown.length - 1; i >= 0 && wanted.size > 0; i--) {
    const key = eventKey(shown[i]!);
    const left = wanted.get(key);
    if (left === undefined) continue;
    if (left > 1) wanted.set(key, left - 1);
    else wanted.delete(key);
    out.add(first + i);
  }
  return out;
}
