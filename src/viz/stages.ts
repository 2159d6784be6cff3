/**
 * What a container's token plays for a batch of the model's changes: a `move` for every move the
 * model made (from, to and why, exactly as the model says), and a `pulse` for the Docker events
 * that mark a moment (a signal arriving, an exit code, a stop or restart finishing, a rename, a
 * `docker exec`, a health status that changed). Pure, so it
 * can be tested against the model: the moves here are the model's moves, one for one, in order.
 */
import type { Cause, LifecycleState, Move, TracedEvent } from '../../machines/index';

export type Stage =
  { kind: 'move'; from: LifecycleState | 'none'; to: LifecycleState; cause: Cause } | { kind: 'pulse'; label: string };

/** Names a signal number (the model's `signalName`). */
export type SignalName = (n: number) => string;

/** The pulse a Docker event shows on its token, if it shows one. */
function pulseOf(e: TracedEvent, signalName: SignalName): string | null {
  // A daemon-wide event (`prune`) belongs to no container.
  if (!e.event.Actor.ID) return null;
  const action = e.event.Action;
  // `docker exec` (never a health probe: the token's health mark says what probes find). The
  // create and the start are one beat; the end says how the exec's process exited.
  if (action.startsWith('exec_start') && e.trace.cause !== 'healthcheck') return 'exec';
  if (action === 'exec_die' && e.trace.cause !== 'healthcheck')
    return `exec exit ${e.event.Actor.Attributes.exitCode ?? ''}`.trim();
  // `health_status: healthy` → `healthy`, Docker's word for it.
  if (action.startsWith('health_status')) return action.slice(action.indexOf(':') + 1).trim();
  switch (action) {
    case 'kill':
      return signalName(Number(e.event.Actor.Attributes.signal ?? '9'));
    case 'oom':
      return 'OOM';
    case 'die':
      return `exit ${e.event.Actor.Attributes.exitCode ?? ''}`.trim();
    case 'stop':
    case 'restart':
    case 'rename':
      return e.event.Action;
    default:
      return null;
  }
}

/**
 * Each container's stages for a batch, in the order things happened: an event comes before the
 * move it belongs to (a move lists the events since the previous one), and the moves keep the
 * model's order.
 */
export function stagesFor(
  moves: readonly Move[],
  events: readonly TracedEvent[],
  signalName: SignalName,
): Map<string, Stage[]> {
  type Item = { at: number; order: number; stage: Stage };
  const items = new Map<string, Item[]>();
  const add = (id: string, item: Item) => items.set(id, [...(items.get(id) ?? []), item]);
  for (const e of events) {
    const label = pulseOf(e, signalName);
    if (label) add(e.event.Actor.ID, { at: e.index, order: 0, stage: { kind: 'pulse', label } });
  }
  moves.forEach((m, i) => {
    // After the last of its own events (or, with none, after everything logged before it).
    const at = m.events.length > 0 ? Math.max(...m.events) : -1;
    add(m.container, { at, order: 1 + i, stage: { kind: 'move', from: m.from, to: m.to, cause: m.cause } });
  });
  const out = new Map<string, Stage[]>();
  for (const [id, list] of items) {
    // Moves with no event of their own keep their place among the moves.
    const placed = list.map((item, k) => ({ ...item, at: item.at < 0 ? precedingEvent(list, k) : item.at }));
    placed.sort((a, b) => a.at - b.at || a.order - b.order);
    out.set(
      id,
      placed.map((p) => p.stage),
    );
  }
  return out;
}

/** For a move with no events: the event position of the move before it in the batch, if any. */
function precedingEvent(list: ReadonlyArray<{ at: number; order: number; stage: Stage }>, k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const item = list[j];
    if (item && item.order > 0 && item.at >= 0) return item.at;
  }
  return -1;
}
