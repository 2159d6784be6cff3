/**
 * The lifecycle as a Mermaid `stateDiagram-v2`, generated from the model's own graph
 * (view/graph.ts) at one of the page's levels (view/levels.ts), so a README or a wiki can show the
 * picture as text that can never disagree with the model. Pure: the text is a function of the
 * model and the level alone.
 *
 * One line per edge, `from --> to : causes`, the causes joined by ` / `: the docker commands as
 * docker's command line writes them (`rm -f`), in the order a lesson meets them; then what Docker
 * does by itself, in plain English (`process exits`); then, on the edge out of `paused`,
 * `thaw (stop, kill …)` for the commands whose signal makes Docker thaw the container first.
 *
 * The creation edge starts at Mermaid's `[*]`. `removed` stays a state of its own, as in the model
 * and on the page (it has a name, and `--rm` and `rm` both lead to it); a state that no edge leaves
 * (`removed`) then ends at `[*]`, so the diagram reads from start to end the way Mermaid draws one.
 */
import { lifecycleGraph } from '../view/graph';
import { levelEdges, type LevelEdge, type TypedCommand } from '../view/levels';
import {
  AUTOMATIC_CAUSES,
  LEVEL_STATES,
  LIFECYCLE_VERBS,
  type AutomaticCause,
  type Cause,
  type Level,
  type LifecycleState,
} from '../vocabulary';

export interface MermaidOptions {
  /** `lifecycle` (the default): the six states a lesson needs; `all`: teardown states and faults too. */
  level?: Level;
}

/** What Docker does by itself, in the page's English words. */
export const AUTOMATIC_WORDS: Record<AutomaticCause, string> = {
  exit: 'process exits',
  oom: 'OOM kill',
  'restart-policy': 'restart policy',
  'auto-remove': '--rm',
  fault: 'removal fails',
  healthcheck: 'healthcheck',
};

/** Docker thawing a paused container to deliver a command's signal. */
export const THAW_WORD = 'thaw';

/** Mermaid's start and end pseudo-state. */
const TERMINAL = '[*]';

/**
 * Characters a transition's label must not hold: Mermaid ends a label at `:`, `;` or a newline,
 * reads `#…;` as an entity and `%%` as a comment, and `{` `}` open and close composite states.
 */
const UNSAFE = /[:;#%{}\r\n]/;

/** Where a cause comes in its list: commands as a lesson meets them, automatic causes as defined. */
function rank(cause: Cause): number {
  const verb = (LIFECYCLE_VERBS as readonly Cause[]).indexOf(cause);
  return verb >= 0 ? verb : LIFECYCLE_VERBS.length + (AUTOMATIC_CAUSES as readonly Cause[]).indexOf(cause);
}

const byRank =
  <T>(cause: (x: T) => Cause) =>
  (a: T, b: T) =>
    rank(cause(a)) - rank(cause(b));
const typedOf = (commands: readonly TypedCommand[]) =>
  [...commands].sort(byRank((c: TypedCommand) => c.cause)).map((c) => c.typed);

/** An automatic cause in words; a command never comes here. */
function automaticWords(cause: Cause): string {
  return AUTOMATIC_WORDS[cause as AutomaticCause] ?? cause;
}

/** A transition's label: commands, then what Docker does, then the thaw and the commands behind it. */
export function edgeLabel(edge: LevelEdge): string {
  const parts = [...typedOf(edge.commands), ...[...edge.automatic].sort(byRank((c: Cause) => c)).map(automaticWords)];
  if (edge.thawedBy.length > 0) parts.push(`${THAW_WORD} (${typedOf(edge.thawedBy).join(', ')})`);
  const label = parts.join(' / ');
  if (UNSAFE.test(label)) throw new Error(`a label Mermaid would misread: ${label}`);
  return label;
}

/** A state as Mermaid names it: the creation edge comes from `[*]`. */
function stateName(state: LifecycleState | 'none'): string {
  return state === 'none' ? TERMINAL : state;
}

/** Edges in reading order: the creation edge, then by the level's order of states, from and to. */
function readingOrder(edges: readonly LevelEdge[]): LevelEdge[] {
  const order = LEVEL_STATES.all;
  const at = (s: LifecycleState | 'none') => (s === 'none' ? -1 : order.indexOf(s));
  return [...edges].sort((a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to));
}

/** The states of the level that no edge leaves: where a container's story ends. */
function endStates(edges: readonly LevelEdge[], level: Level): LifecycleState[] {
  const left = new Set(edges.map((e) => e.from));
  const reached = new Set(edges.map((e) => e.to));
  return LEVEL_STATES[level].filter((s) => reached.has(s) && !left.has(s));
}

/** The lifecycle at a level as a Mermaid `stateDiagram-v2`, one line per edge, ending in a newline. */
export function mermaidDiagram(options: MermaidOptions = {}): string {
  const level = options.level ?? 'lifecycle';
  const edges = readingOrder(levelEdges(lifecycleGraph(), level));
  const lines = [
    'stateDiagram-v2',
    `%% Docker's container lifecycle, level ${level}, generated from the model (machines/export/mermaid.ts).`,
    ...edges.map((e) => `${stateName(e.from)} --> ${stateName(e.to)} : ${edgeLabel(e)}`),
    ...endStates(edges, level).map((s) => `${s} --> ${TERMINAL}`),
  ];
  return [lines[0], ...lines.slice(1).map((l) => `    ${l}`)].join('\n') + '\n';
}
