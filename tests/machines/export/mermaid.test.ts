/**
 * The lifecycle as a Mermaid diagram (machines/export/mermaid.ts), read back by a parser of the
 * subset it emits and checked against the model's graph, filtered to each level here, on its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../../../machines/export/index';
import {
  lifecycleGraph,
  mermaidDiagram,
  LIFECYCLE_VERBS,
  type Cause,
  type LifecycleEdge,
  type LifecycleState,
  type LevelEdge,
} from '../../../machines/index';
import { mermaidFile } from '../../../scripts/mermaid';
import { buildScene } from '../../../src/viz/scene';

type Level = 'lifecycle' | 'all';
const LEVELS: readonly Level[] = ['lifecycle', 'all'];

/** The states each level shows (the page's two levels). */
const STATES: Record<Level, readonly LifecycleState[]> = {
  lifecycle: ['created', 'running', 'paused', 'restarting', 'exited', 'removed'],
  all: ['created', 'running', 'paused', 'restarting', 'exited', 'removed', 'removing', 'dead'],
};

/** The English words for what Docker does by itself, and the cause each stands for. */
const WORDS: Record<string, Cause> = {
  'process exits': 'exit',
  'OOM kill': 'oom',
  'restart policy': 'restart-policy',
  '--rm': 'auto-remove',
  'removal fails': 'fault',
};

// ---- A parser for the emitted subset ------------------------------------------------------------

interface ParsedEdge {
  from: LifecycleState | 'none';
  to: LifecycleState;
  /** Each cause the label names, with how it is written (a command as typed, else its words). */
  causes: Map<Cause, string>;
  /** The commands named inside `thaw (…)`. */
  thawed: Cause[];
}

interface Parsed {
  edges: ParsedEdge[];
  /** States with a `state --> [*]` line. */
  ends: string[];
}

const STATE = String.raw`\[\*\]|[a-z]+`;
const TRANSITION = new RegExp(String.raw`^(${STATE}) --> (${STATE})(?: : ([^:;#%{}]+))?$`);
const VERBS: readonly string[] = LIFECYCLE_VERBS;

/** One part of a label, between ` / `: a command as typed, a thaw, or an automatic cause in words. */
function readPart(part: string, edge: ParsedEdge): void {
  const thaw = /^thaw \((.+)\)$/.exec(part);
  if (thaw) {
    for (const typed of (thaw[1] ?? '').split(', ')) {
      const cause = readCommand(typed);
      edge.causes.set(cause, typed);
      edge.thawed.push(cause);
    }
    return;
  }
  const cause = WORDS[part] ?? readCommand(part);
  if (edge.causes.has(cause)) throw new Error(`${cause} twice on ${edge.from} --> ${edge.to}`);
  edge.causes.set(cause, part);
}

/** A command as docker's command line writes it: a lifecycle verb, then perhaps a flag. */
function readCommand(typed: string): Cause {
  const verb = /^([a-z]+)(?: -[a-z]+)?$/.exec(typed)?.[1];
  if (!verb || !VERBS.includes(verb)) throw new Error(`not a command nor a known word: "${typed}"`);
  return verb as Cause;
}

/** Reads the text back; throws on any line outside the subset. */
function parseMermaid(text: string): Parsed {
  const lines = text.split('\n');
  if (lines[0] !== 'stateDiagram-v2') throw new Error(`header: ${lines[0]}`);
  const parsed: Parsed = { edges: [], ends: [] };
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%%')) continue;
    const m = TRANSITION.exec(line);
    if (!m) throw new Error(`not in the subset: ${line}`);
    const [, from = '', to = '', label] = m;
    if (to === '[*]') {
      if (label !== undefined || from === '[*]') throw new Error(`an end takes no label: ${line}`);
      parsed.ends.push(from);
      continue;
    }
    if (label === undefined) throw new Error(`an edge needs its causes: ${line}`);
    const edge: ParsedEdge = {
      from: from === '[*]' ? 'none' : (from as LifecycleState),
      to: to as LifecycleState,
      causes: new Map(),
      thawed: [],
    };
    for (const part of label.split(' / ')) readPart(part, edge);
    parsed.edges.push(edge);
  }
  return parsed;
}

// ---- What the model says each level shows -------------------------------------------------------

const key = (e: { from: string; to: string }) => `${e.from}->${e.to}`;

/**
 * The model's edges a level shows, with the causes it shows: the lifecycle level leaves OOM kills,
 * faults and the commands that end a process under a restart policy to `all`.
 */
function expectedEdges(level: Level): Array<LifecycleEdge & { shown: Cause[] }> {
  const { edges, commandCauses } = lifecycleGraph();
  const inLevel = (s: string) => s === 'none' || (STATES[level] as readonly string[]).includes(s);
  const hidden = (e: LifecycleEdge, c: Cause) =>
    level === 'lifecycle' && (c === 'oom' || c === 'fault' || (commandCauses.has(c) && e.to === 'restarting'));
  return edges
    .filter((e) => inLevel(e.from) && inLevel(e.to))
    .map((e) => ({ ...e, shown: e.causes.filter((c) => !hidden(e, c)) }))
    .filter((e) => e.shown.length > 0);
}

/** Every way the text disagrees with the model at a level (none, when all is well). */
function differences(text: string, level: Level): string[] {
  const out: string[] = [];
  const parsed = parseMermaid(text);
  const expected = new Map(expectedEdges(level).map((e) => [key(e), e]));
  const seen = new Set<string>();
  const states = new Set<string>();
  for (const edge of parsed.edges) {
    const id = key(edge);
    if (seen.has(id)) out.push(`${id} has two lines`);
    seen.add(id);
    for (const s of [edge.from, edge.to]) if (s !== 'none') states.add(s);
    const model = expected.get(id);
    if (!model) {
      out.push(`${id} is not an edge of the ${level} level`);
      continue;
    }
    const named = [...edge.causes.keys()].sort();
    if (named.join() !== [...model.shown].sort().join())
      out.push(`${id} names ${named.join()}, the model ${[...model.shown].sort().join()}`);
    for (const [cause, written] of edge.causes) {
      const want = lifecycleGraph().commandCauses.has(cause) ? (model.typed[cause] ?? cause) : written;
      if (written !== want) out.push(`${id} writes ${cause} as "${written}", docker as "${want}"`);
    }
    const thawed = model.shown.filter((c) => model.thawedBy.includes(c)).sort();
    if (edge.thawed.sort().join() !== thawed.join()) out.push(`${id} thaws for ${edge.thawed.join()}`);
  }
  for (const id of expected.keys()) if (!seen.has(id)) out.push(`${id} is missing`);
  if ([...states].sort().join() !== [...STATES[level]].sort().join())
    out.push(`states ${[...states].sort().join()}, the level has ${[...STATES[level]].sort().join()}`);
  // Where the story ends: the states no edge of the model leaves (removed).
  const ends = STATES[level].filter((s) => !lifecycleGraph().edges.some((e) => e.from === s));
  if (parsed.ends.join() !== ends.join()) out.push(`ends at ${parsed.ends.join()}, the model at ${ends.join()}`);
  return out;
}

// ---- The tests ----------------------------------------------------------------------------------

describe('mermaidDiagram', () => {
  it.each(LEVELS)('the %s level reads back as the model: its states, its edges, each edge its causes', (level) => {
    expect(differences(mermaidDiagram({ level }), level)).toEqual([]);
  });

  it('draws the lifecycle level by default, without the teardown states', () => {
    const text = mermaidDiagram();
    expect(text).toBe(mermaidDiagram({ level: 'lifecycle' }));
    expect(text).not.toMatch(/\b(dead|removing)\b/);
    expect(text).not.toMatch(/OOM|removal fails/);
    const states = new Set(parseMermaid(text).edges.flatMap((e) => [e.from, e.to]));
    expect(states.has('dead') || states.has('removing')).toBe(false);
    expect(mermaidDiagram({ level: 'all' })).toMatch(/\bdead --> removed\b/);
  });

  it('writes commands the way docker does, and what Docker does by itself in words', () => {
    const text = mermaidDiagram();
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text).toContain('    [*] --> created : create\n');
    expect(text).toMatch(/^ {4}running --> exited : .*\brm -f\b.*process exits/m);
    expect(text).toMatch(/^ {4}restarting --> running : restart policy$/m);
    expect(text).toMatch(/^ {4}exited --> removed : rm \/ --rm$/m);
    expect(text).toMatch(/^ {4}paused --> running : unpause \/ thaw \(.*\brm -f\)$/m);
    expect(text.endsWith('    removed --> [*]\n')).toBe(true);
  });

  it('can fail: a dropped edge, a wrongly typed command, an extra cause and a stray state are all caught', () => {
    const text = mermaidDiagram({ level: 'all' });
    const drop = text
      .split('\n')
      .filter((l) => !l.includes('running --> paused'))
      .join('\n');
    expect(differences(drop, 'all')).toEqual(['running->paused is missing']);
    expect(differences(text.replace(/(running --> exited : .*)rm -f/, '$1rm'), 'all')).toEqual([
      'running->exited writes rm as "rm", docker as "rm -f"',
    ]);
    expect(differences(text.replace('restarting --> running : restart policy', '$& / start'), 'all')).toHaveLength(1);
    expect(differences(mermaidDiagram({ level: 'all' }), 'lifecycle').length).toBeGreaterThan(0);
    expect(() => parseMermaid(text.replace('removed --> [*]', 'removed --> [*] : gone'))).toThrow();
  });

  it('refuses a label Mermaid would misread', () => {
    const typed = (text: string): LevelEdge => ({
      from: 'running',
      to: 'exited',
      commands: [{ cause: 'kill', typed: text }],
      automatic: [],
      thawedBy: [],
    });
    expect(edgeLabel(typed('kill -s HUP'))).toBe('kill -s HUP');
    for (const text of ['kill -s HUP: now', 'kill; rm', 'kill # sig', 'kill {x}', 'kill %% x'])
      expect(() => edgeLabel(typed(text)), text).toThrow(/misread/);
  });

  it('shows the edges the page draws, with the same causes (src/viz/scene.ts)', () => {
    const texts = { gloss: () => null, auto: (c: string) => c };
    for (const level of LEVELS) {
      const scene = buildScene(lifecycleGraph(), { level, orientation: 'wide', texts });
      const page = scene.edges.map((e) => `${e.id} ${e.chips.flatMap((c) => c.causes).sort()}`).sort();
      const ours = parseMermaid(mermaidDiagram({ level }))
        .edges.map((e) => `${key(e)} ${[...e.causes.keys()].sort()}`)
        .sort();
      expect(ours, level).toEqual(page);
    }
  });
});

describe('docs/diagram/lifecycle-<level>.mmd', () => {
  it.each(LEVELS)('the %s file is what mermaidDiagram gives (npx tsx scripts/mermaid.ts writes it)', (level) => {
    const file = readFileSync(new URL(`../../../${mermaidFile(level)}`, import.meta.url), 'utf8');
    expect(file).toBe(mermaidDiagram({ level }));
  });
});
