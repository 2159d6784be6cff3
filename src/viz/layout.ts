/**
 * Where everything sits in the diagram, as pure maths in a fixed logical coordinate system
 * (the SVG's viewBox scales it to any width).
 */
import type { Cause, LifecycleEdge, LifecycleState } from '../../machines/index';

export const WIDTH = 960;
export const HEIGHT = 660;
export const NODE_R = 44;

export interface Point {
  x: number;
  y: number;
}

/** The lifecycle reads left to right, top to bottom: birth, life, end, removal. */
export const NODE_POSITIONS: Readonly<Record<LifecycleState, Point>> = {
  created: { x: 100, y: 100 },
  running: { x: 480, y: 100 },
  paused: { x: 860, y: 100 },
  exited: { x: 290, y: 340 },
  restarting: { x: 700, y: 340 },
  removed: { x: 100, y: 570 },
  removing: { x: 480, y: 570 },
  dead: { x: 860, y: 570 },
};

/** A quadratic curve from one node to another, bent to one side so that A→B and B→A do not overlap. */
export interface EdgeGeometry {
  path: string;
  label: Point;
  /** The point the arrowhead sits on. */
  end: Point;
}

function trim(from: Point, to: Point, r: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / d) * r, y: from.y + (dy / d) * r };
}

export function edgeGeometry(from: Point, to: Point, bend = 0.18): EdgeGeometry {
  if (from.x === to.x && from.y === to.y) {
    // A self loop above the node (docker restart of a running container).
    const top = from.y - NODE_R;
    const path = `M ${from.x - 16} ${top + 4} C ${from.x - 46} ${top - 58}, ${from.x + 46} ${top - 58}, ${from.x + 16} ${top + 4}`;
    return { path, label: { x: from.x, y: top - 52 }, end: { x: from.x + 16, y: top + 4 } };
  }
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  // The control point sits off the midpoint, perpendicular to the chord (always to the same side
  // of the direction of travel, so the two directions of a pair separate).
  const c = { x: mx - dy * bend, y: my + dx * bend };
  const start = trim(from, c, NODE_R + 2);
  const end = trim(to, c, NODE_R + 8);
  const label = { x: 0.25 * start.x + 0.5 * c.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * c.y + 0.25 * end.y };
  return { path: `M ${start.x} ${start.y} Q ${c.x} ${c.y} ${end.x} ${end.y}`, label, end };
}

export function layoutEdges(edges: readonly LifecycleEdge[]): Array<LifecycleEdge & EdgeGeometry & { id: string }> {
  return edges
    .filter((e): e is LifecycleEdge & { from: LifecycleState } => e.from !== 'none')
    .map((e) => ({ ...e, id: `${e.from}->${e.to}`, ...edgeGeometry(NODE_POSITIONS[e.from], NODE_POSITIONS[e.to]) }));
}

/** Edges into or out of the teardown states, which only fault injections reach, are drawn faintly. */
export function isFaultEdge(edge: {
  from: LifecycleState | 'none';
  to: LifecycleState;
  causes: readonly Cause[];
}): boolean {
  return edge.to === 'dead' || edge.to === 'removing' || edge.from === 'dead' || edge.from === 'removing';
}

/** Tokens are labelled pills while a node holds a few, dots when it is crowded. */
export function crowded(n: number): boolean {
  return n > 12;
}

export const PILL = { width: 58, height: 18 };
export const DOT_R = 7;

/** Where the i-th of n tokens on a node sits: a grid below the node, centred. */
export function tokenSlot(state: LifecycleState, i: number, n: number): Point {
  const p = NODE_POSITIONS[state];
  const dense = crowded(n);
  const columns = dense ? 10 : 4;
  const gapX = dense ? 18 : PILL.width + 4;
  const gapY = dense ? 18 : PILL.height + 5;
  const row = Math.floor(i / columns);
  const col = i % columns;
  const inRow = Math.min(columns, n - row * columns);
  return { x: p.x + (col - (inRow - 1) / 2) * gapX, y: p.y + NODE_R + 22 + row * gapY };
}
