/**
 * The lifecycle diagram as a designed picture: where each state sits, how each edge runs, and
 * where its chips go, for two shapes of page (`wide`: the story reads left to right; `tall`: top
 * to bottom, for a phone) and two levels (`lifecycle`: the six states a lesson needs; `all`: the
 * teardown states and the faults too). The edges themselves come from the model's graph, never
 * from here; this file only places them. Pure, so the page, the static SVG files and the tests
 * draw the same picture.
 */
import type { Cause, LifecycleEdge, LifecycleState } from '../../machines/index';
import { FAULT_CAUSES, LEVEL_STATES, type Level } from '../../machines/vocabulary';

export { LEVEL_STATES, type Level };

export type Orientation = 'wide' | 'tall';

export interface Point {
  x: number;
  y: number;
}

/** A box by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Fonts {
  state: number;
  gloss: number;
  chip: number;
  token: number;
}

/**
 * Font sizes in the drawing's units (the SVG scales them with its width). The tall picture is
 * drawn on a phone, so its chips and tokens are a size bigger. A state's name is 26 in both: the
 * longest, `restarting`, must fit its node beside the mark in a monospace font 0.6 em wide (DejaVu
 * Sans Mono, Menlo, SF Mono).
 */
export const FONTS: Record<Orientation, Fonts> = {
  wide: { state: 26, gloss: 21, chip: 21, token: 21 },
  tall: { state: 26, gloss: 21, chip: 22, token: 22 },
};
export const FONT = FONTS.wide;

export const NODE = { width: 200, height: 70 } as const;
/** A token: a pill with the container's name, in a grid under its node. */
export const TOKEN = { width: 96, height: 28, gap: 6 } as const;
/** The grid under a node: three by three when the page is wide, two by four when it is tall. */
export const TOKEN_GRID: Record<Orientation, { perRow: number; rows: number }> = {
  wide: { perRow: 3, rows: 3 },
  tall: { perRow: 2, rows: 4 },
};
/** Beyond this many containers in one state, the last slot is a "+N" chip. */
export function tokensShown(orientation: Orientation): number {
  return TOKEN_GRID[orientation].perRow * TOKEN_GRID[orientation].rows - 1;
}
const CHIP_HEIGHTS: Record<Orientation, number> = { wide: 30, tall: 32 };
const CHIP_PAD = 8;
const CHIP_GAP = 6;

/** Where each state sits (its centre). */
const POSITIONS: Record<Orientation, Record<LifecycleState, Point>> = {
  wide: {
    created: { x: 118, y: 95 },
    running: { x: 520, y: 95 },
    paused: { x: 910, y: 95 },
    removed: { x: 130, y: 385 },
    exited: { x: 520, y: 385 },
    restarting: { x: 910, y: 385 },
    removing: { x: 325, y: 625 },
    dead: { x: 715, y: 625 },
  },
  tall: {
    created: { x: 140, y: 90 },
    running: { x: 140, y: 420 },
    paused: { x: 470, y: 420 },
    exited: { x: 140, y: 800 },
    restarting: { x: 470, y: 800 },
    removed: { x: 140, y: 1180 },
    removing: { x: 470, y: 1180 },
    dead: { x: 470, y: 1500 },
  },
};

/**
 * How one edge is drawn: the control point of its curve (none: a straight line), and where its
 * chips are centred, side by side or one above the other. Absolute, in the drawing's units.
 */
interface Route {
  control?: Point;
  /** For the arrow into `created`, where it starts. */
  start?: Point;
  chips: Point;
  flow: 'row' | 'column';
  /** For a row: the widest it may be; chips beyond it go on to a next row. */
  wrap?: number;
}

const WIDE: Record<string, Route> = {
  'none->created': { start: { x: 118, y: -10 }, chips: { x: 180, y: 18 }, flow: 'row' },
  'created->running': { chips: { x: 319, y: 74 }, flow: 'row' },
  'running->paused': { control: { x: 715, y: 40 }, chips: { x: 715, y: 38 }, flow: 'row' },
  'paused->running': { control: { x: 715, y: 145 }, chips: { x: 715, y: 121 }, flow: 'row' },
  'running->exited': { control: { x: 455, y: 232 }, chips: { x: 318, y: 291 }, flow: 'row', wrap: 276 },
  'exited->running': { control: { x: 585, y: 232 }, chips: { x: 652, y: 262 }, flow: 'row' },
  'running->restarting': { control: { x: 870, y: 190 }, chips: { x: 912, y: 291 }, flow: 'row', wrap: 220 },
  'restarting->running': { control: { x: 700, y: 300 }, chips: { x: 705, y: 330 }, flow: 'row' },
  'restarting->exited': { chips: { x: 715, y: 385 }, flow: 'row', wrap: 184 },
  'exited->removed': { chips: { x: 325, y: 365 }, flow: 'row' },
  'created->removed': { control: { x: 180, y: 232 }, chips: { x: 62, y: 290 }, flow: 'column' },
  'paused->restarting': { control: { x: 1010, y: 232 }, chips: { x: 1112, y: 252 }, flow: 'column' },
  'paused->exited': { control: { x: 720, y: 230 }, chips: { x: 1112, y: 300 }, flow: 'row' },
  'exited->removing': { control: { x: 420, y: 535 }, chips: { x: 335, y: 537 }, flow: 'row' },
  'exited->dead': { control: { x: 620, y: 535 }, chips: { x: 700, y: 537 }, flow: 'row' },
  'removing->removed': { control: { x: 150, y: 575 }, chips: { x: 150, y: 575 }, flow: 'column' },
  'dead->removing': { chips: { x: 520, y: 605 }, flow: 'row' },
  'dead->removed': { control: { x: 500, y: 775 }, chips: { x: 520, y: 705 }, flow: 'row' },
  'created->removing': { control: { x: -90, y: 435 }, chips: { x: -70, y: 575 }, flow: 'column' },
  'created->dead': { control: { x: -60, y: 915 }, chips: { x: 960, y: 655 }, flow: 'row' },
};

const TALL: Record<string, Route> = {
  'none->created': { start: { x: 140, y: -10 }, chips: { x: 205, y: 14 }, flow: 'row' },
  'created->running': { chips: { x: 140, y: 318 }, flow: 'row' },
  'created->removed': { control: { x: -260, y: 640 }, chips: { x: -40, y: 1060 }, flow: 'column' },
  'running->paused': { chips: { x: 305, y: 392 }, flow: 'row' },
  'paused->running': { control: { x: 305, y: 470 }, chips: { x: 305, y: 470 }, flow: 'column' },
  'running->exited': { control: { x: 205, y: 620 }, chips: { x: 240, y: 665 }, flow: 'row', wrap: 190 },
  'exited->running': { control: { x: 70, y: 620 }, chips: { x: 40, y: 660 }, flow: 'column' },
  'running->restarting': { control: { x: 340, y: 560 }, chips: { x: 470, y: 655 }, flow: 'row', wrap: 210 },
  'restarting->running': { control: { x: 300, y: 700 }, chips: { x: 470, y: 727 }, flow: 'row' },
  'restarting->exited': { chips: { x: 305, y: 815 }, flow: 'column' },
  'exited->removed': { chips: { x: 140, y: 1050 }, flow: 'row' },
  'paused->restarting': { control: { x: 580, y: 610 }, chips: { x: 645, y: 600 }, flow: 'column' },
  'paused->exited': { control: { x: 300, y: 560 }, chips: { x: 300, y: 540 }, flow: 'row' },
  'exited->removing': { control: { x: 300, y: 990 }, chips: { x: 330, y: 1030 }, flow: 'row' },
  'exited->dead': { control: { x: 640, y: 1150 }, chips: { x: 600, y: 1090 }, flow: 'column' },
  'removing->removed': { chips: { x: 305, y: 1180 }, flow: 'column' },
  'dead->removing': { chips: { x: 620, y: 1400 }, flow: 'row' },
  'dead->removed': { control: { x: 200, y: 1420 }, chips: { x: 230, y: 1420 }, flow: 'row' },
  'created->removing': { control: { x: 900, y: 260 }, chips: { x: 650, y: 950 }, flow: 'column' },
  'created->dead': { control: { x: 1000, y: 700 }, chips: { x: 720, y: 1480 }, flow: 'column' },
};

const ROUTES: Record<Orientation, Record<string, Route>> = { wide: WIDE, tall: TALL };

/** Every route the picture has designed, to check that the model's edges all have one. */
export function designedEdges(orientation: Orientation): readonly string[] {
  return Object.keys(ROUTES[orientation]);
}

/** What a chip says: a docker command as typed, or a move Docker made by itself. */
export interface Chip {
  text: string;
  kind: 'command' | 'auto';
  /** The causes it stands for. */
  causes: Cause[];
  box: Box;
}

export interface SceneNode {
  state: LifecycleState;
  center: Point;
  box: Box;
  /** Docker's word, never translated. */
  name: string;
  /** The word in the learner's language, when it differs (Korean). */
  gloss: string | null;
}

export interface SceneEdge {
  id: string;
  from: LifecycleState | 'none';
  to: LifecycleState;
  path: string;
  /** Where the arrowhead points. */
  end: Point;
  /** No command moves a container along it (drawn dashed: Docker did it). */
  auto: boolean;
  /** Only an injected fault or the kernel moves a container along it (drawn faint). */
  fault: boolean;
  chips: Chip[];
}

export interface Scene {
  orientation: Orientation;
  level: Level;
  fonts: Fonts;
  viewBox: Box;
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** The words the picture needs, in the learner's language (the page's catalog). */
export interface SceneTexts {
  /** A state's gloss in the learner's language, or null when it would repeat Docker's word. */
  gloss(state: LifecycleState): string | null;
  /** An automatic cause, in words: `process exits`, `restart policy` … */
  auto(cause: Cause | 'thaw'): string;
}

/**
 * The width of a text in the drawing's units, estimated generously (the tests measure the real
 * one): monospace Latin is 0.62 em, proportional Latin at most 0.6 em, and a CJK or Hangul
 * character a full em.
 */
export function textWidth(text: string, size: number, mono = false): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      cp >= 0x1100 &&
      (cp <= 0x115f ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xff00 && cp <= 0xff60));
    w += wide ? 1.02 : mono ? 0.62 : 0.6;
  }
  return w * size;
}

function nodeBox(center: Point): Box {
  return { x: center.x - NODE.width / 2, y: center.y - NODE.height / 2, width: NODE.width, height: NODE.height };
}

/** Where a line from the centre of `box` towards `toward` leaves the box (plus a gap). */
function exitPoint(box: Box, toward: Point, gap: number): Point {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const sx = dx === 0 ? Infinity : (box.width / 2 + gap) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (box.height / 2 + gap) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** The chips of one edge, in the order a learner meets them: commands, then what Docker does. */
function chipTexts(
  edge: EdgeWithCommands,
  level: Level,
  texts: SceneTexts,
  revealed: ReadonlySet<LifecycleState>,
): Omit<Chip, 'box'>[] {
  // An edge into or out of a revealed state is drawn whole: a fault is what took the container there.
  const whole = level === 'all' || revealed.has(edge.to) || (edge.from !== 'none' && revealed.has(edge.from));
  const shown = edge.causes.filter((c) => whole || !FAULT_CAUSES.has(c));
  const commands: Omit<Chip, 'box'>[] = [];
  const auto: Omit<Chip, 'box'>[] = [];
  const thawed = shown.filter((c) => edge.thawedBy.includes(c));
  for (const cause of shown) {
    if (thawed.includes(cause)) continue;
    const isCommand = edge.commandCauses.has(cause);
    // The lifecycle level keeps the rare signals that end a process under a restart policy for `all`.
    if (level === 'lifecycle' && isCommand && edge.to === 'restarting') continue;
    if (isCommand) commands.push({ text: edge.typed[cause] ?? cause, kind: 'command', causes: [cause] });
    else auto.push({ text: texts.auto(cause), kind: 'auto', causes: [cause] });
  }
  if (thawed.length > 0) auto.push({ text: texts.auto('thaw'), kind: 'auto', causes: thawed });
  return [...commands, ...auto];
}

/** Lays chips out around `center`: in rows (as many as `wrap` needs) or in a column. */
function placeChips(
  chips: Omit<Chip, 'box'>[],
  center: Point,
  flow: Route['flow'],
  orientation: Orientation,
  wrap = Infinity,
): Chip[] {
  const CHIP_HEIGHT = CHIP_HEIGHTS[orientation];
  const chipWidth = (chip: Omit<Chip, 'box'>) =>
    textWidth(chip.text, FONTS[orientation].chip, chip.kind === 'command') + CHIP_PAD * 2;
  if (flow === 'row') {
    const rows: Omit<Chip, 'box'>[][] = [[]];
    let used = 0;
    for (const c of chips) {
      const row = rows[rows.length - 1] ?? [];
      const w = chipWidth(c) + (row.length > 0 ? CHIP_GAP : 0);
      if (row.length > 0 && used + w > wrap) {
        rows.push([c]);
        used = chipWidth(c);
      } else {
        row.push(c);
        used += w;
      }
    }
    const height = rows.length * CHIP_HEIGHT + (rows.length - 1) * CHIP_GAP;
    return rows.flatMap((row, r) => {
      const total = row.reduce((s, c) => s + chipWidth(c), 0) + CHIP_GAP * Math.max(0, row.length - 1);
      let x = center.x - total / 2;
      const y = center.y - height / 2 + r * (CHIP_HEIGHT + CHIP_GAP);
      return row.map((c) => {
        const width = chipWidth(c);
        const box = { x, y, width, height: CHIP_HEIGHT };
        x += width + CHIP_GAP;
        return { ...c, box };
      });
    });
  }
  const total = chips.length * CHIP_HEIGHT + CHIP_GAP * Math.max(0, chips.length - 1);
  let y = center.y - total / 2;
  return chips.map((c) => {
    const width = chipWidth(c);
    const box = { x: center.x - width / 2, y, width, height: CHIP_HEIGHT };
    y += CHIP_HEIGHT + CHIP_GAP;
    return { ...c, box };
  });
}

export interface SceneGraph {
  edges: readonly LifecycleEdge[];
  commandCauses: ReadonlySet<Cause>;
}

type EdgeWithCommands = LifecycleEdge & { commandCauses: ReadonlySet<Cause> };

/**
 * The picture for a level and an orientation. `reveal` adds states the level hides (a container
 * sits in one), with their edges.
 */
export function buildScene(
  graph: SceneGraph,
  options: { level: Level; orientation: Orientation; texts: SceneTexts; reveal?: readonly LifecycleState[] },
): Scene {
  const { level, orientation, texts } = options;
  const revealed = new Set((options.reveal ?? []).filter((s) => !LEVEL_STATES[level].includes(s)));
  const states = new Set<LifecycleState>([...LEVEL_STATES[level], ...revealed]);
  const positions = POSITIONS[orientation];
  const nodes: SceneNode[] = [...states].map((state) => ({
    state,
    center: positions[state],
    box: nodeBox(positions[state]),
    name: state,
    gloss: texts.gloss(state),
  }));
  const edges: SceneEdge[] = [];
  for (const e of graph.edges) {
    if (e.from !== 'none' && !states.has(e.from)) continue;
    if (!states.has(e.to)) continue;
    const edge: EdgeWithCommands = { ...e, commandCauses: graph.commandCauses };
    const chips = chipTexts(edge, level, texts, revealed);
    if (chips.length === 0) continue;
    const id = `${e.from}->${e.to}`;
    const to = positions[e.to];
    const from = e.from === 'none' ? (ROUTES[orientation][id]?.start ?? { x: to.x, y: to.y - 110 }) : positions[e.from];
    const route = ROUTES[orientation][id] ?? {
      control: { x: (from.x + to.x) / 2 + 40, y: (from.y + to.y) / 2 + 40 },
      chips: { x: (from.x + to.x) / 2 + 40, y: (from.y + to.y) / 2 + 40 },
      flow: 'row' as const,
    };
    const control = route.control ?? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    const start = e.from === 'none' ? from : exitPoint(nodeBox(from), route.control ?? to, 4);
    const end = exitPoint(nodeBox(to), route.control ?? from, 8);
    const path = route.control
      ? `M ${fmt(start.x)} ${fmt(start.y)} Q ${fmt(control.x)} ${fmt(control.y)} ${fmt(end.x)} ${fmt(end.y)}`
      : `M ${fmt(start.x)} ${fmt(start.y)} L ${fmt(end.x)} ${fmt(end.y)}`;
    const anchor = route.chips;
    const commands = chips.some((c) => c.kind === 'command');
    edges.push({
      id,
      from: e.from,
      to: e.to,
      path,
      end,
      auto: !commands,
      fault:
        e.causes.every((c) => FAULT_CAUSES.has(c)) ||
        e.to === 'dead' ||
        e.to === 'removing' ||
        e.from === 'dead' ||
        e.from === 'removing',
      chips: placeChips(chips, anchor, route.flow, orientation, route.wrap),
    });
  }
  return { orientation, level, fonts: FONTS[orientation], viewBox: viewBoxOf(nodes, edges, orientation), nodes, edges };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The width (CSS px) below which a scene's smallest text renders under `minPx`. */
export function widestFor(scene: Scene, minPx: number): number {
  const smallest = Math.min(...Object.values(scene.fonts));
  return (scene.viewBox.width * minPx) / smallest;
}

/** The drawing's extent, with a margin for tokens under the nodes. */
function viewBoxOf(nodes: SceneNode[], edges: SceneEdge[], orientation: Orientation): Box {
  const boxes = [
    ...nodes.map((n) => n.box),
    ...nodes.map((n) => tokenZone(n, orientation)),
    ...edges.flatMap((e) => e.chips.map((c) => c.box)),
  ];
  const x0 = Math.min(...boxes.map((b) => b.x)) - 20;
  const y0 = Math.min(...boxes.map((b) => b.y)) - 20;
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + 20;
  const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + 10;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The area under a node where its containers' tokens sit (kept clear of every chip). */
export function tokenZone(node: Pick<SceneNode, 'box'>, orientation: Orientation): Box {
  const grid = TOKEN_GRID[orientation];
  const width = grid.perRow * TOKEN.width + (grid.perRow - 1) * TOKEN.gap;
  const height = grid.rows * TOKEN.height + (grid.rows - 1) * TOKEN.gap;
  return { x: node.box.x + node.box.width / 2 - width / 2, y: node.box.y + node.box.height + 6, width, height };
}

/**
 * Where the i-th of a node's `n` tokens sits (its centre): row by row under the node, each row
 * centred under it; the last slot of a full grid is the "+N" chip.
 */
export function tokenSlot(node: Pick<SceneNode, 'box'>, i: number, orientation: Orientation, n = i + 1): Point {
  const grid = TOKEN_GRID[orientation];
  const zone = tokenZone(node, orientation);
  const slots = grid.perRow * grid.rows;
  const slot = Math.min(i, slots - 1);
  const row = Math.floor(slot / grid.perRow);
  const col = slot % grid.perRow;
  const inRow = Math.min(grid.perRow, Math.min(n, slots) - row * grid.perRow);
  const offset = ((grid.perRow - Math.max(1, inRow)) * (TOKEN.width + TOKEN.gap)) / 2;
  return {
    x: zone.x + offset + col * (TOKEN.width + TOKEN.gap) + TOKEN.width / 2,
    y: zone.y + row * (TOKEN.height + TOKEN.gap) + TOKEN.height / 2,
  };
}

/** True when two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of the picture's texts that overlap: chips with chips, chips with nodes. */
export function collisions(scene: Scene): string[] {
  const items = [
    ...scene.nodes.map((n) => ({ label: `node ${n.state}`, box: n.box })),
    ...scene.nodes.map((n) => ({ label: `tokens of ${n.state}`, box: tokenZone(n, scene.orientation) })),
    ...scene.edges.flatMap((e) => e.chips.map((c) => ({ label: `chip "${c.text}" of ${e.id}`, box: c.box }))),
  ];
  const out: string[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a && b && overlaps(a.box, b.box)) out.push(`${a.label} overlaps ${b.label}`);
    }
  return out;
}
