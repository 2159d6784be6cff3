/**
 * The two levels of detail the lifecycle is shown at, and what each shows of the graph
 * (graph.ts; the levels themselves are in vocabulary.ts): `lifecycle`, the six states a lesson
 * needs and the moves a learner meets; `all`, the teardown states (`removing`, `dead`) and the
 * faults too. The page's picture (src/viz/scene.ts) and the Mermaid export (export/mermaid.ts)
 * both draw these. Pure.
 */
import { FAULT_CAUSES, LEVEL_STATES, type Cause, type Level, type LifecycleState } from '../vocabulary';
import type { LifecycleEdge } from './graph';

/** A command cause and how docker's command line writes it on an edge (`rm -f` out of running). */
export interface TypedCommand {
  cause: Cause;
  typed: string;
}

/** What one edge shows at a level, split the way a picture labels it. */
export interface LevelEdge {
  from: LifecycleState | 'none';
  to: LifecycleState;
  /** Docker commands that move a container along it. */
  commands: TypedCommand[];
  /** Causes no command gives: the process exits, the restart policy, `--rm`, OOM, a fault. */
  automatic: Cause[];
  /**
   * Commands that move a container along it only because Docker thaws a paused container to
   * deliver their signal: Docker's doing, shown as one thaw rather than as the commands.
   */
  thawedBy: TypedCommand[];
}

/**
 * The causes of an edge a level shows. The lifecycle level hides OOM kills and faults, and the rare
 * signals (a command's) that end a process under a restart policy, leaving them to `all`.
 */
export function shownCauses(edge: LifecycleEdge, level: Level, commandCauses: ReadonlySet<Cause>): Cause[] {
  if (level === 'all') return [...edge.causes];
  return edge.causes.filter((c) => !FAULT_CAUSES.has(c) && !(commandCauses.has(c) && edge.to === 'restarting'));
}

/** One edge as a level shows it, or null when the level shows none of its causes. */
function levelEdge(edge: LifecycleEdge, level: Level, commandCauses: ReadonlySet<Cause>): LevelEdge | null {
  const shown = shownCauses(edge, level, commandCauses);
  if (shown.length === 0) return null;
  const typed = (cause: Cause): TypedCommand => ({ cause, typed: edge.typed[cause] ?? cause });
  const thawed = shown.filter((c) => edge.thawedBy.includes(c));
  const rest = shown.filter((c) => !thawed.includes(c));
  return {
    from: edge.from,
    to: edge.to,
    commands: rest.filter((c) => commandCauses.has(c)).map(typed),
    automatic: rest.filter((c) => !commandCauses.has(c)),
    thawedBy: thawed.map(typed),
  };
}

/**
 * The edges a level shows: those between two of its states (or from nothing into one) with at
 * least one cause left to show, in the graph's order.
 */
export function levelEdges(
  graph: { edges: readonly LifecycleEdge[]; commandCauses: ReadonlySet<Cause> },
  level: Level,
): LevelEdge[] {
  const states = LEVEL_STATES[level];
  const inLevel = (s: LifecycleState | 'none') => s === 'none' || states.includes(s);
  return graph.edges
    .filter((e) => inLevel(e.from) && inLevel(e.to))
    .map((e) => levelEdge(e, level, graph.commandCauses))
    .filter((e): e is LevelEdge => e !== null);
}
