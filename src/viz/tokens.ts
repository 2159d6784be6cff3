/**
 * The token layer: one <g> per container, owned by D3 (a keyed join on the container ID, named
 * transitions, interrupted before a new move and when the layer goes away). React never renders
 * inside it. What the layer remembers about each token (where it was last drawn, its slot) lives
 * here, in `TokenLayer`, not in DOM attributes; the DOM carries only the page's hooks
 * (`data-token`, `data-token-state`, simulator-contract.md §3).
 *
 * Invariant: a token plays exactly the stages it is given (the model's moves, stages.ts) and then
 * rests on its container's current state; it never decides where a container goes.
 */
import { select } from 'd3-selection';
import 'd3-transition'; // keep: adds .transition() to selections (toolchain trap 1)
import type { Transition } from 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import type { LifecycleState } from '../../machines/index';
import { MONO } from './fonts';
import type { Point } from './scene';
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

/** Where tokens go: the picture's slots (scene.ts), so tokens never cover a chip or a label. */
export interface TokenPlaces {
  /** The i-th of n tokens resting on a state. */
  slot(state: LifecycleState, i: number, n: number): Point;
  /** How many tokens one state shows; the rest sit under its "+N" chip. */
  shown: number;
  /** Token size, in the picture's units. */
  width: number;
  height: number;
  /** The name's font size, and how many characters of a name fit. */
  fontSize: number;
  nameChars: number;
  /** Drawn as attributes, so a saved copy of the picture keeps them (the page's CSS may refine them). */
  colors: { body: string; name: string; note: string };
}

export interface TokenOptions {
  places: TokenPlaces;
  stageMs: number;
  /** This render's stages per container (none when nothing happened to it). */
  stages: ReadonlyMap<string, readonly Stage[]>;
  onSelect: (id: string) => void;
  /** A container that was just refused something: it bounces. */
  bounce: string | null;
  /** Text cue of the last change, shown when there is no motion: `→ exited`. */
  arrivedText: (state: LifecycleState) => string;
}

type G = SVGGElement;

interface Drawn {
  /** What it was last drawn as. */
  datum: TokenDatum;
  /** Where its last stage left it. */
  state: LifecycleState;
  /** Its slot, as `x,y`. */
  slot: string;
  name: string;
}

const translate = (p: Point) => `translate(${p.x},${p.y})`;
const PATH_SAMPLES = 24;

/** Each token's slot, and whether it is one of the overflow under a state's "+N" chip. */
function slots(data: readonly TokenDatum[], places: TokenPlaces): Map<string, { at: Point; overflow: boolean }> {
  const byState = new Map<LifecycleState, TokenDatum[]>();
  for (const d of data) byState.set(d.state, [...(byState.get(d.state) ?? []), d]);
  const out = new Map<string, { at: Point; overflow: boolean }>();
  for (const [state, list] of byState)
    list.forEach((d, i) => {
      const overflow = list.length > places.shown + 1 && i >= places.shown;
      out.set(d.id, { at: places.slot(state, overflow ? places.shown : i, list.length), overflow });
    });
  return out;
}

/** A name cut to what fits in a token (the whole name is in its title and accessible name). */
export function shortName(name: string, chars: number): string {
  return [...name].length > chars ? `${[...name].slice(0, chars - 1).join('')}…` : name;
}

function drawBody(g: G, d: TokenDatum, places: TokenPlaces): void {
  const s = select(g);
  s.selectAll('*').remove();
  s.append('title').text(d.label);
  s.append('rect')
    .attr('class', 'body')
    .attr('x', -places.width / 2)
    .attr('y', -places.height / 2)
    .attr('width', places.width)
    .attr('height', places.height)
    .attr('rx', places.height / 2)
    .attr('fill', places.colors.body)
    .attr('stroke', places.colors.body);
  s.append('text')
    .attr('class', 'name')
    .attr('fill', places.colors.name)
    .attr('font-family', MONO)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('font-size', places.fontSize)
    .text(shortName(d.name, places.nameChars));
  s.append('text')
    .attr('class', 'pulse')
    .attr('font-family', MONO)
    .attr('text-anchor', 'middle')
    .attr('y', -places.height * 0.85)
    .attr('font-size', places.fontSize)
    .attr('opacity', 0);
  s.append('text')
    .attr('class', 'countdown')
    .attr('fill', places.colors.note)
    .attr('font-family', MONO)
    .attr('text-anchor', 'middle')
    .attr('y', places.height * 1.2)
    .attr('font-size', places.fontSize * 0.9);
  s.append('text')
    .attr('class', 'arrived')
    .attr('fill', places.colors.note)
    .attr('font-family', MONO)
    .attr('text-anchor', 'middle')
    .attr('y', -places.height * 0.85)
    .attr('font-size', places.fontSize * 0.9);
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

/** How long a text cue (without motion) stays before it clears, so cues never pile up. */
const CUE_MS = 3000;

export class TokenLayer {
  private readonly drawn = new Map<string, Drawn>();
  private readonly cueTimers = new Map<G, ReturnType<typeof setTimeout>>();

  /** Clears a token's text cue after CUE_MS (a newer cue restarts the wait). */
  private clearCueLater(el: G): void {
    clearTimeout(this.cueTimers.get(el));
    this.cueTimers.set(
      el,
      setTimeout(() => {
        this.cueTimers.delete(el);
        select(el).select('text.arrived').text('');
        select(el).select('text.pulse').text('').attr('opacity', 0);
      }, CUE_MS),
    );
  }

  constructor(private readonly layer: G) {}

  /** Stops every transition of the layer (when the diagram goes away). */
  interrupt(): void {
    for (const timer of this.cueTimers.values()) clearTimeout(timer);
    this.cueTimers.clear();
    select(this.layer).selectAll<G, TokenDatum>('g.token').interrupt('move').interrupt('slot').interrupt('bounce');
  }

  /**
   * A removed container's token: it plays its last moves (a `--rm` container passes through
   * exited), then fades out on the removed node. Leaving, it is out of the join (no longer a
   * g.token, so later renders leave it alone), out of the tab order and the accessibility tree.
   */
  private leave(el: G, opts: TokenOptions, stages: readonly Stage[]): void {
    const g = select<G, TokenDatum>(el)
      .attr('class', 'token-leaving')
      .attr('role', null)
      .attr('tabindex', null)
      .attr('aria-hidden', 'true');
    if (opts.stageMs === 0) {
      g.remove();
      return;
    }
    g.interrupt('move');
    const removed = opts.places.slot('removed', 0, 1);
    let t = g.transition('move').duration(opts.stageMs).ease(easeCubicInOut);
    t = this.chain(g, t, stages, 'removed', removed, opts.stageMs, (s) => opts.places.slot(s, 0, 1));
    t.duration(opts.stageMs).attr('transform', translate(removed)).attr('opacity', 0).remove();
  }

  /**
   * Chains a token's stages onto transition `t`: each move along its drawn edge (into `end` when it
   * reaches `state`, else onto the node's first slot), each pulse as a half-stage beat.
   */
  private chain(
    g: ReturnType<typeof select<G, TokenDatum>>,
    first: Transition<G, TokenDatum, null, undefined>,
    stages: readonly Stage[],
    state: LifecycleState,
    end: Point,
    stageMs: number,
    entry: (state: LifecycleState) => Point,
  ): Transition<G, TokenDatum, null, undefined> {
    let t = first;
    for (const stage of stages) {
      if (stage.kind === 'move') {
        const to = stage.to === state ? end : entry(stage.to);
        const edge = this.edge(stage.from, stage.to);
        // Along the drawn edge when there is one, then into the slot; else a straight slide.
        t = (
          edge ? t.attrTween('transform', () => alongEdge(edge, to)) : t.attr('transform', translate(to))
        ).transition();
      } else {
        const label = stage.label;
        // A pulse is a beat, not a journey: half a stage.
        t = t
          .duration(stageMs / 2)
          .on('start.pulse', () => {
            g.select('text.pulse').interrupt('pulse').attr('opacity', 1).text(label);
          })
          .transition()
          .duration(stageMs);
      }
    }
    return t;
  }

  /** The drawn edge between two states, if the diagram has one. */
  private edge(from: LifecycleState | 'none', to: LifecycleState): SVGPathElement | null {
    return this.layer.ownerSVGElement?.querySelector<SVGPathElement>(`path[data-edge="${from}->${to}"]`) ?? null;
  }

  /** Updates the layer: a keyed join, then this batch's stages as chained named transitions. */
  render(given: readonly TokenDatum[], opts: TokenOptions): void {
    // A container that is gone but whose moves have not come yet stays drawn until it travels them.
    const present = new Set(given.map((d) => d.id));
    const waiting = [...this.drawn.values()]
      .filter((w) => !present.has(w.datum.id) && !opts.stages.has(w.datum.id))
      .map((w) => ({ ...w.datum, state: w.state }));
    const data = [...given, ...waiting];
    const places = opts.places;
    const positions = slots(data, places);
    const first = (state: LifecycleState) => places.slot(state, 0, 1);
    const kept = new Set(data.map((d) => d.id));
    for (const id of [...this.drawn.keys()]) if (!kept.has(id)) this.drawn.delete(id);

    const join = select(this.layer)
      .selectAll<G, TokenDatum>('g.token')
      .data(data, (d) => d.id)
      .join(
        (enter) =>
          enter
            .append('g')
            .attr('class', 'token')
            .attr('role', 'button')
            .attr('tabindex', 0)
            .attr('transform', (d) => {
              // A new token appears where its first move leads, or on its slot.
              const move = opts.stages.get(d.id)?.find((s) => s.kind === 'move');
              return translate(move?.kind === 'move' ? first(move.to) : (positions.get(d.id)?.at ?? first('created')));
            }),
        (update) => update,
        (exit) =>
          exit.each((d, i, nodes) => {
            const el = nodes[i];
            if (el) this.leave(el, opts, opts.stages.get(d.id) ?? []);
          }),
      );

    join.each((d, i, nodes) => {
      const el = nodes[i];
      if (!el) return;
      const g = select(el);
      const before = this.drawn.get(d.id);
      if (!before || before.name !== d.name) drawBody(el, d, places);
      const overflow = positions.get(d.id)?.overflow ?? false;
      // Beyond a state's shown tokens, they wait hidden under its "+N" chip (which names them).
      g.attr('display', overflow ? 'none' : null).attr('aria-hidden', overflow ? 'true' : null);
      g.attr('data-token', d.name)
        .attr('data-token-state', d.state)
        .attr('aria-label', d.label)
        .attr('aria-pressed', String(d.selected))
        .classed('selected', d.selected);
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

    join.each((d, i, nodes) => {
      const el = nodes[i];
      if (!el) return;
      const g = select<G, TokenDatum>(el);
      const target = positions.get(d.id)?.at ?? first(d.state);
      const slot = `${target.x},${target.y}`;
      const before = this.drawn.get(d.id);
      const stages = opts.stages.get(d.id) ?? [];
      // Its state changed but its moves have not come yet (they come with the next batch): it
      // stays where it is until it travels them.
      if (before && before.state !== d.state && stages.length === 0) return;
      this.drawn.set(d.id, { datum: d, state: d.state, slot, name: d.name });
      const moved = stages.some((s) => s.kind === 'move');
      if (opts.stageMs === 0) {
        // Without motion, a text cue says where it went: after a move, and after a change the
        // layer had not drawn yet.
        g.interrupt('move').interrupt('slot').attr('transform', translate(target)).attr('data-moving', null);
        let cue = false;
        if (moved || (before !== undefined && before.state !== d.state)) {
          g.select('text.arrived').text(opts.arrivedText(d.state));
          cue = true;
        }
        // The latest event only: a batch of many (a replay at once) would otherwise pile up labels.
        const pulse = stages.findLast((s) => s.kind === 'pulse');
        if (pulse?.kind === 'pulse') {
          g.select('text.pulse').attr('opacity', 1).text(pulse.label);
          cue = true;
        }
        if (cue) this.clearCueLater(el);
        return;
      }
      if (stages.length === 0) {
        // Nothing happened to it: slide only when its slot moved (another token came or went).
        // Starting a transition every frame would keep restarting it, and it would never arrive.
        if (before?.slot !== slot) {
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
      // While it travels its moves, the token says so (`data-moving`), for anyone who waits on it.
      g.attr('data-moving', 'true');
      const start = g.transition('move').duration(opts.stageMs).ease(easeCubicInOut);
      const t = this.chain(g, start, stages, d.state, target, opts.stageMs, first);
      t.attr('transform', translate(target))
        .on('end.pulse', () => {
          g.attr('data-moving', null);
          g.select('text.pulse').transition('pulse').duration(opts.stageMs).attr('opacity', 0);
        })
        .on('interrupt.moving', () => g.attr('data-moving', null));
    });

    if (opts.bounce) {
      const g = join.filter((d) => d.id === opts.bounce);
      // The refused container may be gone by now (removed right after).
      const d = g.empty() ? undefined : g.datum();
      if (d && opts.stageMs > 0) {
        const p = positions.get(d.id)?.at ?? first(d.state);
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
