/**
 * The lifecycle diagram's nodes and edges, read from the container machine's own definition, so
 * that the picture can never disagree with the model (no transition is typed twice).
 *
 * Transient states are folded away: `running --stop--> exiting --policyRestarts--> restarting`
 * becomes the edge running → restarting, caused by `restart policy`.
 */
import { containerMachine } from '../container/machine';
import type { LifecycleState } from '../types';
import { COMMAND_CAUSES, LIFECYCLE_STATES, type EdgeCause } from './vocabulary';

export { COMMAND_CAUSES, LIFECYCLE_STATES, type EdgeCause };

export interface LifecycleEdge {
  from: LifecycleState | 'none';
  to: LifecycleState;
  /** Every cause that leads along this edge, in the order first found. */
  causes: EdgeCause[];
  /** True when nothing but a command moves a container along it. */
  commandOnly: boolean;
}

const EVENT_CAUSE: Record<string, EdgeCause> = {
  'cli.start': 'start',
  'cli.restart': 'restart',
  'cli.stop': 'stop',
  'cli.kill': 'kill',
  'cli.pause': 'pause',
  'cli.unpause': 'unpause',
  'cli.rm': 'rm',
  'process.exit': 'exit',
  'process.oom': 'oom',
  'timer.grace': 'grace',
  'timer.backoff': 'backoff',
  'timer.teardown': 'teardown',
};

/** The branch a transient state takes names the cause when it is not the plain default. */
const GUARD_CAUSE: Record<string, EdgeCause> = {
  removeAfterExit: 'rm -f',
  restartOperation: 'restart',
  policyRestarts: 'policy',
  autoRemoves: 'autoremove',
  teardownSlow: 'teardown-slow',
  teardownFails: 'teardown-fails',
  startFailsAutoRemove: 'autoremove',
};

/**
 * Branches that belong to one operation: only a `docker restart` takes `restartOperation`, only an
 * `rm -f` takes `removeAfterExit`, and those two operations take no other branch of `exiting`.
 */
const BRANCH_OWNER: Record<string, EdgeCause> = { restartOperation: 'restart', removeAfterExit: 'rm -f' };

const TRANSIENT = new Set(['exiting', 'removal']);

interface NodeLike {
  key: string;
  transitions: Map<string, ReadonlyArray<{ target?: ReadonlyArray<{ key: string }>; guard?: unknown }>>;
  always?: ReadonlyArray<{ target?: ReadonlyArray<{ key: string }>; guard?: unknown }>;
}

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  return undefined;
}

/** Where a transition ends once transient states have decided, with the cause each branch adds. */
function resolveTargets(
  nodes: Record<string, NodeLike>,
  key: string,
  cause: EdgeCause,
): Array<{ to: string; cause: EdgeCause }> {
  if (!TRANSIENT.has(key)) return [{ to: key, cause }];
  const node = nodes[key];
  const out: Array<{ to: string; cause: EdgeCause }> = [];
  const owned = Object.values(BRANCH_OWNER).includes(cause);
  for (const branch of node?.always ?? []) {
    const guard = guardName(branch.guard);
    const owner = guard ? BRANCH_OWNER[guard] : undefined;
    if (key === 'exiting' && (owner ? owner !== cause : owned)) continue;
    const branchCause = (guard && GUARD_CAUSE[guard]) || cause;
    // The removal that follows a forced rm or an auto-remove keeps that cause on its way out.
    for (const t of branch.target ?? []) {
      const next = TRANSIENT.has(t.key)
        ? resolveTargets(nodes, t.key, branchCause)
        : [{ to: t.key, cause: branchCause }];
      for (const n of next) {
        const c =
          (cause === 'rm' || cause === 'rm -f' || cause === 'autoremove') && n.cause === 'teardown' ? cause : n.cause;
        out.push({ to: n.to, cause: c });
      }
    }
  }
  return out;
}

/** Nodes and edges of the lifecycle, derived from the container machine. */
export function lifecycleGraph(): {
  states: readonly LifecycleState[];
  edges: LifecycleEdge[];
  /** The causes that are docker commands (drawn as typed, never translated). */
  commandCauses: ReadonlySet<EdgeCause>;
} {
  const nodes = containerMachine.root.states as unknown as Record<string, NodeLike>;
  const edges = new Map<string, LifecycleEdge>();
  const add = (from: LifecycleState | 'none', to: string, cause: EdgeCause) => {
    if (!LIFECYCLE_STATES.includes(to as LifecycleState)) return;
    const id = `${from}->${to}`;
    const edge = edges.get(id) ?? { from, to: to as LifecycleState, causes: [], commandOnly: true };
    if (!edge.causes.includes(cause)) edge.causes.push(cause);
    edge.commandOnly = edge.causes.every((c) => COMMAND_CAUSES.has(c));
    edges.set(id, edge);
  };
  add('none', containerMachine.root.initial?.target?.[0]?.key ?? 'created', 'create');
  for (const [key, node] of Object.entries(nodes)) {
    if (TRANSIENT.has(key) || !LIFECYCLE_STATES.includes(key as LifecycleState)) continue;
    for (const [eventType, candidates] of node.transitions) {
      const base = EVENT_CAUSE[eventType];
      if (!base) continue;
      for (const candidate of candidates) {
        const guard = guardName(candidate.guard);
        const cause: EdgeCause =
          eventType === 'cli.rm' && guard === 'force' ? 'rm -f' : ((guard ? GUARD_CAUSE[guard] : undefined) ?? base);
        for (const target of candidate.target ?? []) {
          for (const r of resolveTargets(nodes, target.key, cause)) add(key as LifecycleState, r.to, r.cause);
        }
      }
    }
  }
  return { states: LIFECYCLE_STATES, edges: [...edges.values()], commandCauses: COMMAND_CAUSES };
}
