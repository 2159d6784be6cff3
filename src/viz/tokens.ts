/**
 * The token layer: one <g> per container, owned by D3 (keyed join on the container ID, named
 * transitions, interrupted before a new batch and when the layer goes away). React never renders
 * inside it.
 */
import { select } from 'd3-selection';
import 'd3-transition'; // keep: adds .transition() to selections (toolchain trap 1)
import { easeCubicInOut } from 'd3-ease';
import type { LifecycleState } from '../../machines/index';
import { crowded, DOT_R, NODE_POSITIONS, PILL, tokenSlot, type Point } from './layout';
import type { Stage } from './stages';

export interface TokenDatum {
  id: string;
  name: string;
  state: LifecycleState;
  selected: boolean;
  /** A countdown next to the token: SIGKILL after the grace period, or the restart back-off. */
  countdown: string | null;
  /** The accessible name: container and state. */
  label: string;
}

export interface TokenOptions {
  stageMs: number;
  /** This render's stages per container (empty when nothing happened to it). */
  stages: ReadonlyMap<string, readonly Stage[]>;
  /** Where a token that left the view (removed) should go before it disappears. */
  onSelect: (id: string) => void;
  /** Containers that were just refused something: they bounce. */
  bounce: string | null;
  /** Text cue of the last change, shown when there is no motion: `→ exited`. */
  arrivedText: (state: LifecycleState) => string;
}

type G = SVGGElement;

const translate = (p: Point) => `translate(${p.x},${p.y})`;

function slots(data: readonly TokenDatum[]): Map<string, Point> {
  const byState = new Map<LifecycleState, TokenDatum[]>();
  for (const d of data) byState.set(d.state, [...(byState.get(d.state) ?? []), d]);
  const out = new Map<string, Point>();
  for (const [state, list] of byState) list.forEach((d, i) => out.set(d.id, tokenSlot(state, i, list.length)));
  return out;
}

function drawBody(g: G, d: TokenDatum, dense: boolean): void {
  const s = select(g);
  s.selectAll('*').remove();
  s.append('title').text(d.label);
  if (dense) {
    s.append('circle').attr('class', 'body').attr('r', DOT_R);
  } else {
    s.append('rect')
      .attr('class', 'body')
      .attr('x', -PILL.width / 2)
      .attr('y', -PILL.height / 2)
      .attr('width', PILL.width)
      .attr('height', PILL.height)
      .attr('rx', PILL.height / 2);
    s.append('text')
      .attr('class', 'name')
      .attr('text-anchor', 'middle')
      .attr('dy', '0.35em')
      .text(d.name.length > 9 ? `${d.name.slice(0, 8)}…` : d.name);
  }
  s.append('text').attr('class', 'pulse').attr('text-anchor', 'middle').attr('y', -PILL.height).attr('opacity', 0);
  s.append('text')
    .attr('class', 'countdown')
    .attr('text-anchor', 'start')
    .attr('x', PILL.width / 2 + 4)
    .attr('dy', '0.35em');
  s.append('text')
    .attr('class', 'arrived')
    .attr('text-anchor', 'start')
    .attr('x', PILL.width / 2 + 4)
    .attr('dy', '1.5em');
}

/** A transform tween that follows an edge's path and ends on the token's slot. */
function alongEdge(edge: SVGPathElement, end: Point): (k: number) => string {
  // Sample the path once per move: asking the browser for a point on every frame, for 50 tokens
  // at once, costs more than a frame.
  const length = edge.getTotalLength();
  const samples: Point[] = [];
  for (let i = 0; i <= PATH_SAMPLES; i++) {
    const p = edge.getPointAtLength((i / PATH_SAMPLES) * length);
    samples.push({ x: p.x, y: p.y });
  }
  const last = samples[PATH_SAMPLES] ?? end;
  return (k: number) => {
    // The first 85% follows the edge; the rest settles from its arrowhead onto the slot.
    if (k < 0.85) {
      const f = (k / 0.85) * PATH_SAMPLES;
      const i = Math.min(PATH_SAMPLES - 1, Math.floor(f));
      const a = samples[i] ?? last;
      const b = samples[i + 1] ?? last;
      const u = f - i;
      return translate({ x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u });
    }
    const u = (k - 0.85) / 0.15;
    return translate({ x: last.x + (end.x - last.x) * u, y: last.y + (end.y - last.y) * u });
  };
}

const PATH_SAMPLES = 24;

/** Interrupts every transition of the layer (when the diagram goes away). */
export function interruptTokens(layer: G): void {
  select(layer).selectAll<G, TokenDatum>('g.token').interrupt('move').interrupt('slot').interrupt('bounce');
}

/** Updates the layer: a keyed join, then this batch's stages as chained named transitions. */
export function renderTokens(layer: G, data: readonly TokenDatum[], opts: TokenOptions): void {
  const positions = slots(data);
  const dense = new Set(
    [...new Set(data.map((d) => d.state))].filter((s) => crowded(data.filter((d) => d.state === s).length)),
  );
  const join = select(layer)
    .selectAll<G, TokenDatum>('g.token')
    .data(data, (d) => d.id)
    .join(
      (enter) =>
        enter
          .append('g')
          .attr('class', 'token')
          .attr('data-token', (d) => d.name)
          .attr('role', 'button')
          .attr('tabindex', 0)
          .attr('transform', (d) => {
            const first = opts.stages.get(d.id)?.find((s) => s.kind === 'move');
            return translate(
              first && first.kind === 'move'
                ? tokenSlot(first.to, 0, 1)
                : (positions.get(d.id) ?? NODE_POSITIONS.created),
            );
          }),
      (update) => update,
      (exit) =>
        exit.call((x) =>
          opts.stageMs > 0
            ? x
                // Leaving: out of the join (no longer a g.token, so later renders leave its fade
                // alone and it is removed at the end), out of the tab order and the accessibility tree.
                .attr('class', 'token-leaving')
                .attr('role', null)
                .attr('tabindex', null)
                .attr('aria-hidden', 'true')
                .interrupt('move')
                .transition('move')
                .duration(opts.stageMs * 2)
                .attr('transform', translate(tokenSlot('removed', 0, 1)))
                .attr('opacity', 0)
                .remove()
            : x.remove(),
        ),
    );

  join.each(function (d) {
    const g = select(this);
    const wantDense = dense.has(d.state);
    if (g.attr('data-dense') !== String(wantDense) || g.attr('data-name') !== d.name) {
      drawBody(this, d, wantDense);
      g.attr('data-dense', String(wantDense)).attr('data-name', d.name);
    }
    g.attr('aria-label', d.label).attr('aria-pressed', String(d.selected)).classed('selected', d.selected);
    g.select('title').text(d.label);
    g.select('text.countdown').text(d.countdown ?? '');
  });

  join
    .on('click', (_e, d) => opts.onSelect(d.id))
    .on('keydown', (e: KeyboardEvent, d) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        opts.onSelect(d.id);
      }
    });

  join.each(function (d) {
    const g = select<G, TokenDatum>(this);
    const target = positions.get(d.id) ?? NODE_POSITIONS[d.state];
    const stages = opts.stages.get(d.id) ?? [];
    const moved = stages.some((s) => s.kind === 'move');
    if (opts.stageMs === 0) {
      // Without motion, a text cue says where it went: after a move, and after a change no event
      // marked (a failed removal leaves it dead), which shows only as a state unlike the last drawn.
      const drawnAt = g.attr('data-at');
      g.attr('data-target', `${target.x},${target.y}`).attr('data-at', d.state);
      g.interrupt('move').interrupt('slot').attr('transform', translate(target));
      if (moved || (drawnAt !== null && drawnAt !== d.state)) g.select('text.arrived').text(opts.arrivedText(d.state));
      const pulses = stages.filter((s) => s.kind === 'pulse').map((s) => (s.kind === 'pulse' ? s.label : ''));
      if (pulses.length) g.select('text.pulse').attr('opacity', 1).text(pulses.join(' · '));
      return;
    }
    const key = `${target.x},${target.y}`;
    const targetChanged = g.attr('data-target') !== key;
    g.attr('data-target', key);
    if (stages.length === 0) g.attr('data-at', d.state);
    if (stages.length === 0) {
      // Nothing happened to it: slide only when its slot moved (another token came or went).
      // Starting a transition every frame would keep restarting it, and it would never arrive.
      if (targetChanged) {
        g.interrupt('slot')
          .transition('slot')
          .duration(opts.stageMs)
          .ease(easeCubicInOut)
          .attr('transform', translate(target));
      }
      return;
    }
    g.select('text.arrived').text('');
    g.interrupt('move');
    let t = g.transition('move').duration(opts.stageMs).ease(easeCubicInOut);
    let at = (g.attr('data-at') as LifecycleState | null) ?? d.state;
    for (const stage of stages) {
      if (stage.kind === 'move') {
        const from = at;
        const end = stage.to === d.state ? target : tokenSlot(stage.to, 0, 1);
        const edge =
          layer.ownerSVGElement?.querySelector<SVGPathElement>(`path[data-edge="${from}->${stage.to}"]`) ?? null;
        // Along the drawn edge when there is one, then into the token's slot; else a straight slide.
        t = (
          edge ? t.attrTween('transform', () => alongEdge(edge, end)) : t.attr('transform', translate(end))
        ).transition();
        at = stage.to;
      } else {
        const label = stage.label;
        // A pulse is a beat, not a journey: half a stage.
        t = t
          .duration(opts.stageMs / 2)
          .on('start.pulse', () => {
            g.select('text.pulse').interrupt('pulse').attr('opacity', 1).text(label);
          })
          .transition()
          .duration(opts.stageMs);
      }
    }
    g.attr('data-at', d.state);
    t.attr('transform', translate(target)).on('end.pulse', () => {
      g.select('text.pulse').transition('pulse').duration(opts.stageMs).attr('opacity', 0);
    });
  });

  if (opts.bounce) {
    const g = join.filter((d) => d.id === opts.bounce);
    // The refused container may be gone by now (removed right after).
    const d = g.empty() ? undefined : g.datum();
    if (d) {
      const p = positions.get(d.id) ?? NODE_POSITIONS[d.state];
      if (opts.stageMs > 0) {
        g.interrupt('bounce')
          .transition('bounce')
          .duration(opts.stageMs / 3)
          .attr('transform', translate({ x: p.x + 10, y: p.y }))
          .transition()
          .attr('transform', translate({ x: p.x - 10, y: p.y }))
          .transition()
          .attr('transform', translate(p));
      }
    }
  }
}
