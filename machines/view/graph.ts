/**
 * The lifecycle diagram's nodes and edges, read from the container machine's own definition, so
 * that the picture can never disagree with the model (no transition is typed twice).
 *
 * An edge joins two states a move can join, with the causes that can move a container along it,
 * in the vocabulary of moves (vocabulary.ts). Transient states are folded away the way the
 * machine records its moves: `running --stop--> exiting --policyRestarts--> restarting` is the
 * edge running → restarting; the branches of `exiting` and `removal` that pass through a state
 * (the actions `passExited`, `reportThaw`) pass through it here too.
 */
import { containerMachine } from '../container/machine';
import {
  AUTOMATIC_CAUSES,
  LIFECYCLE_STATES,
  LIFECYCLE_VERBS,
  VERBS,
  type Cause,
  type LifecycleState,
} from '../vocabulary';

export interface LifecycleEdge {
  from: LifecycleState | 'none';
  to: LifecycleState;
  /** Every cause that moves a container along it, in the order first found. */
  causes: Cause[];
  /** True when nothing but a command moves a container along it. */
  commandOnly: boolean;
  /**
   * Causes that only ever pass along this edge on their way to another state (a stop thaws a
   * paused container, a restart stops before it starts): a picture may mark them apart.
   */
  passing: Cause[];
  /**
   * Commands that move a container along this edge only because Docker thaws a paused container
   * to deliver their signal (not `docker unpause` itself): Docker did this, not the command.
   */
  thawedBy: Cause[];
  /** How a command cause is typed, where it needs a flag (`rm -f` out of running). */
  typed: Partial<Record<Cause, string>>;
}

/** The verb of each command event, and what each other event stands for. */
const EVENT_CAUSES: Record<string, readonly Cause[]> = {
  'cli.start': ['start'],
  'cli.restart': ['restart'],
  'cli.stop': ['stop'],
  'cli.kill': ['kill'],
  'cli.pause': ['pause'],
  'cli.unpause': ['unpause'],
  'cli.rm': ['rm'],
  'process.exit': ['exit'],
  'process.oom': ['oom'],
  // The SIGKILL after a grace period is the stop's (or the restart's) doing.
  'timer.grace': ['stop', 'restart'],
  'timer.backoff': ['restart-policy'],
  // The end of a slow teardown belongs to the removal.
  'timer.teardown': ['rm', 'auto-remove'],
};

/** Branches of `exiting` that belong to one operation, and take no other branch. */
const BRANCH_OWNER: Record<string, Cause> = { restartOperation: 'restart', removeAfterExit: 'rm' };
/** Branches whose removal has a cause of its own. */
const REMOVAL_CAUSE: Record<string, Cause> = { autoRemoves: 'auto-remove', startFailsAutoRemove: 'auto-remove' };

const TRANSIENT = new Set(['exiting', 'removal']);
const COMMAND_VERBS: ReadonlySet<string> = new Set(LIFECYCLE_VERBS);

interface Candidate {
  target?: ReadonlyArray<{ key: string }>;
  guard?: unknown;
  actions?: ReadonlyArray<unknown>;
}

interface NodeLike {
  key: string;
  transitions: Map<string, readonly Candidate[]>;
  always?: readonly Candidate[];
}

function nameOf(x: unknown): string | undefined {
  if (typeof x === 'string') return x;
  if (x && typeof x === 'object' && 'type' in x) return String((x as { type: unknown }).type);
  return undefined;
}

const hasAction = (c: Candidate, name: string) => (c.actions ?? []).some((a) => nameOf(a) === name);

/** A move the graph found: one hop from a state. */
interface Hop {
  from: LifecycleState | 'none';
  to: LifecycleState;
  cause: Cause;
  /** The container does not rest there: the move goes on at once. */
  passing?: boolean;
  /** The hop is the daemon's thaw of a paused container, on the way to deliver a signal. */
  thaw?: boolean;
  /** How the command was typed, when it takes a flag to get here. */
  typed?: string;
}

/**
 * The hops a transition makes from `from` to `key` with `cause`, through transient states. `at`
 * is where the container is while the transient state decides (it may have passed through a state).
 */
function follow(nodes: Record<string, NodeLike>, at: LifecycleState, key: string, cause: Cause, removal: Cause): Hop[] {
  if (!TRANSIENT.has(key))
    return at === key ? [] : [{ from: at, to: key as LifecycleState, cause: hopCause(key, cause, removal) }];
  const hops: Hop[] = [];
  for (const branch of nodes[key]?.always ?? []) {
    const guard = nameOf(branch.guard);
    const owner = guard ? BRANCH_OWNER[guard] : undefined;
    if (key === 'exiting' && (owner ? owner !== cause : Object.values(BRANCH_OWNER).includes(cause))) continue;
    let from = at;
    const before: Hop[] = [];
    if (hasAction(branch, 'passExited') && from !== 'exited') {
      before.push({ from, to: 'exited', cause, passing: true });
      from = 'exited';
    }
    const nextRemoval = (guard && REMOVAL_CAUSE[guard]) || removal;
    for (const t of branch.target ?? []) {
      for (const hop of follow(nodes, from, t.key, cause, nextRemoval)) hops.push(...before, hop);
    }
  }
  return hops;
}

/** The cause a hop into `to` records: a removal's own cause, a failed removal's `fault`. */
function hopCause(to: string, cause: Cause, removal: Cause): Cause {
  if (to === 'dead') return 'fault';
  if (to === 'removed' || to === 'removing') return removal;
  return cause;
}

/** Nodes and edges of the lifecycle, derived from the container machine. */
export function lifecycleGraph(): {
  states: readonly LifecycleState[];
  edges: LifecycleEdge[];
  /** The causes that are docker commands (drawn as typed, never translated). */
  commandCauses: ReadonlySet<Cause>;
} {
  const nodes = containerMachine.root.states as unknown as Record<string, NodeLike>;
  const edges = new Map<string, LifecycleEdge>();
  const resting = new Map<string, Set<Cause>>();
  const add = ({ from, to, cause, passing, thaw, typed }: Hop) => {
    const id = `${from}->${to}`;
    const edge = edges.get(id) ?? { from, to, causes: [], commandOnly: true, passing: [], thawedBy: [], typed: {} };
    if (thaw && !edge.thawedBy.includes(cause)) edge.thawedBy.push(cause);
    if (typed) edge.typed[cause] = typed;
    if (!edge.causes.includes(cause)) edge.causes.push(cause);
    edge.commandOnly = edge.causes.every((c) => COMMAND_VERBS.has(c));
    if (!passing) resting.set(id, (resting.get(id) ?? new Set()).add(cause));
    edge.passing = edge.causes.filter((c) => !resting.get(id)?.has(c));
    edges.set(id, edge);
  };
  add({
    from: 'none',
    to: (containerMachine.root.initial?.target?.[0]?.key ?? 'created') as LifecycleState,
    cause: 'create',
  });
  for (const [key, node] of Object.entries(nodes)) {
    if (TRANSIENT.has(key) || !LIFECYCLE_STATES.includes(key as LifecycleState)) continue;
    const state = key as LifecycleState;
    for (const [eventType, candidates] of node.transitions) {
      for (const cause of EVENT_CAUSES[eventType] ?? []) {
        for (const candidate of candidates) {
          // timer.grace belongs to a stop or a restart; each owns only its own branches, and a
          // restart's SIGKILL always ends the process (through exiting).
          const throughExit = (candidate.target ?? []).some((t) => t.key === 'exiting');
          if (eventType === 'timer.grace' && cause === 'restart' && !throughExit) continue;
          let at = state;
          const before: Hop[] = [];
          if ((hasAction(candidate, 'reportThaw') || hasAction(candidate, 'passRunning')) && at === 'paused') {
            // A thaw that a signal then ends passes; one that leaves it running (kill -s HUP) rests.
            const rests = (candidate.target ?? []).some((t) => t.key === 'running');
            before.push({ from: at, to: 'running', cause, passing: !rests, thaw: hasAction(candidate, 'reportThaw') });
            at = 'running';
          }
          if (hasAction(candidate, 'passExited') && at !== 'exited') {
            before.push({ from: at, to: 'exited', cause, passing: true });
            at = 'exited';
          }
          const removal = nameOf(candidate.guard) === 'startFailsAutoRemove' ? 'auto-remove' : cause;
          // `rm` of a running, paused or restarting container takes -f (the `force` guard).
          const typed = cause === 'rm' && nameOf(candidate.guard) === 'force' ? 'rm -f' : undefined;
          const mark = (hop: Hop): Hop => (typed && hop.cause === 'rm' && hop.from === state ? { ...hop, typed } : hop);
          // exitOnThaw ends the thawed process for what it did (exit) or was sent (kill) while frozen.
          const ending: readonly Cause[] = hasAction(candidate, 'exitOnThaw') ? ['exit', 'kill'] : [cause];
          for (const t of candidate.target ?? []) {
            for (const c of ending)
              for (const hop of [...before, ...follow(nodes, at, t.key, c, removal)]) add(mark(hop));
          }
          if ((candidate.target ?? []).length === 0) before.map(mark).forEach(add);
        }
      }
    }
  }
  return {
    states: LIFECYCLE_STATES,
    edges: [...edges.values()],
    // Every docker verb is drawn as typed (`prune`, `attach` … name moves too).
    commandCauses: new Set<Cause>(VERBS),
  };
}

/** Causes that no command gives (for drawing them apart). */
export const AUTOMATIC: ReadonlySet<Cause> = new Set<Cause>(AUTOMATIC_CAUSES);

/**
 * Whether a move with this cause can travel this edge. The graph knows the daemon's calls; a move
 * names the command: `docker run` creates and starts (and its signal proxy kills, its terminal
 * ends the process), `docker start -a` and `docker attach` forward signals too, and
 * `docker container prune` removes as `rm` does.
 */
export function edgeAllows(edge: Pick<LifecycleEdge, 'causes'>, cause: Cause): boolean {
  if (edge.causes.includes(cause)) return true;
  const calls: readonly Cause[] =
    cause === 'run'
      ? ['create', 'start', 'kill', 'exit']
      : cause === 'start' || cause === 'attach'
        ? ['kill', 'exit']
        : cause === 'prune'
          ? ['rm']
          : [];
  return edge.causes.some((c) => calls.includes(c));
}
