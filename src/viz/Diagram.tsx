/**
 * The lifecycle diagram. React owns the nodes and edges (they change rarely and carry the page's
 * test hooks); D3 owns the token layer, which animates each container's events as stages.
 */
import { useEffect, useMemo, useRef } from 'react';
import type {
  ContainerView,
  DockerEvent,
  Cause,
  LifecycleEdge,
  LifecycleState,
  SimulatorView,
} from '../../machines/index';
import { useI18n, type Translate } from '../i18n/i18n';
import { stateLabel } from '../i18n/stateLabel';
import type { MessageKey } from '../i18n/en';
import { HEIGHT, isFaultEdge, layoutEdges, NODE_POSITIONS, NODE_R, WIDTH } from './layout';
import { stagesFor, type Stage } from './stages';
import { labelWidth, placeLabels } from './labelPlacement';

/** The layout's box with room around it, so that loop and edge labels near the rim are not cut off. */
const VIEW_BOX = `-60 -56 ${WIDTH + 120} ${HEIGHT + 86}`;
import { interruptTokens, renderTokens, type TokenDatum } from './tokens';
import styles from './Diagram.module.css';

export interface DiagramProps {
  graph: { states: readonly LifecycleState[]; edges: LifecycleEdge[]; commandCauses: ReadonlySet<Cause> } | null;
  view: SimulatorView | null;
  /**
   * The event log from an index on. The diagram remembers how far it has animated, so no event is
   * skipped even when several model changes land in one render.
   */
  eventsSince: ((from: number) => readonly DockerEvent[]) | null;
  selectedId: string | null;
  onSelect(id: string): void;
  stageMs: number;
  feedback: { seq: number; containerId: string | null; kind: 'refused' | 'no-op'; text: string } | null;
}

/**
 * Every state has a place in the layout (the model's LifecycleState type makes the table complete),
 * so the nodes can be drawn before the engine and its graph have loaded.
 */
const NODE_STATES = Object.keys(NODE_POSITIONS) as LifecycleState[];

const CAUSE_KEY: Partial<Record<Cause, MessageKey>> = {
  exit: 'diagram.cause.exit',
  oom: 'diagram.cause.oom',
  'restart-policy': 'diagram.cause.policy',
  'auto-remove': 'diagram.cause.autoremove',
  fault: 'diagram.cause.teardownFails',
};

/** A distinct shape per state, so that no one needs colour to tell them apart. */
function Shape({ state }: { state: LifecycleState }) {
  const r = NODE_R;
  switch (state) {
    case 'created':
      return (
        <rect
          className={styles.shape}
          x={-r}
          y={-r * 0.7}
          width={r * 2}
          height={r * 1.4}
          rx={6}
          strokeDasharray="6 4"
        />
      );
    case 'running':
      return <circle className={styles.shape} r={r} />;
    case 'paused':
      return (
        <g>
          <rect className={styles.shape} x={-r} y={-r * 0.8} width={r * 2} height={r * 1.6} rx={14} />
          <rect className={styles.mark} x={-r * 0.85} y={-r * 0.55} width={5} height={r * 0.45} />
          <rect className={styles.mark} x={-r * 0.85 + 8} y={-r * 0.55} width={5} height={r * 0.45} />
        </g>
      );
    case 'restarting':
      return (
        <g>
          <circle className={styles.shape} r={r} />
          <circle className={styles.inner} r={r - 6} />
        </g>
      );
    case 'exited': {
      const k = r * 0.414;
      const pts = [
        [-k, -r],
        [k, -r],
        [r, -k],
        [r, k],
        [k, r],
        [-k, r],
        [-r, k],
        [-r, -k],
      ];
      return <polygon className={styles.shape} points={pts.map((p) => p.join(',')).join(' ')} />;
    }
    case 'removing':
      return <polygon className={styles.shape} points={`0,${-r} ${r},0 0,${r} ${-r},0`} strokeDasharray="5 4" />;
    case 'dead':
      return (
        <g>
          <rect className={styles.shape} x={-r} y={-r * 0.75} width={r * 2} height={r * 1.5} />
          <path
            className={styles.mark}
            d={`M ${-r * 0.9} ${-r * 0.65} L ${-r * 0.6} ${-r * 0.35} M ${-r * 0.6} ${-r * 0.65} L ${-r * 0.9} ${-r * 0.35}`}
          />
        </g>
      );
    case 'removed':
      return <circle className={`${styles.shape} ${styles.ghost}`} r={r} strokeDasharray="3 5" />;
  }
}

/** Each container's new events, as the stages its token plays. */
function stagesById(events: readonly DockerEvent[], containers: readonly ContainerView[]): Map<string, Stage[]> {
  const byId = new Map<string, DockerEvent[]>();
  for (const e of events) byId.set(e.Actor.ID, [...(byId.get(e.Actor.ID) ?? []), e]);
  const out = new Map<string, Stage[]>();
  for (const [id, list] of byId) out.set(id, stagesFor(list, containers.find((c) => c.id === id)?.status ?? 'removed'));
  return out;
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(ms < 10_000 ? 1 : 0);
}

export function Diagram({ graph, view, eventsSince, selectedId, onSelect, stageMs, feedback }: DiagramProps) {
  const { t } = useI18n();
  const layer = useRef<SVGGElement>(null);
  const edges = useMemo(() => (graph ? layoutEdges(graph.edges) : []), [graph]);
  const containers: readonly ContainerView[] = view?.containers ?? [];
  const selected = containers.find((c) => c.id === selectedId) ?? null;
  // A selected container that is gone sits on `removed` until another is selected.
  const currentState: LifecycleState | null = selected ? selected.status : selectedId ? 'removed' : null;

  const causeText = (c: Cause) => (graph?.commandCauses.has(c) ? c : t(CAUSE_KEY[c] ?? 'diagram.cause.exit'));
  // Each edge's label, and where it is drawn: labels that would overlap are moved apart.
  const labelTexts = edges.map((e) => (isFaultEdge(e) ? null : e.causes.map(causeText).join(' · ')));
  const labelKey = labelTexts.join('\n');
  const labelAt = useMemo(() => {
    const texts = labelKey.split('\n');
    const shown = edges.flatMap((_e, i) => (texts[i] ? [{ i, text: texts[i] ?? '' }] : []));
    const placed = placeLabels(
      shown.map(({ i, text }) => ({
        x: edges[i]?.label.x ?? 0,
        y: (edges[i]?.label.y ?? 0) - 4,
        width: labelWidth(text) + 4,
        height: 13,
      })),
    );
    const at = new Map<number, { x: number; y: number }>();
    shown.forEach(({ i }, k) => {
      const p = placed[k];
      if (p) at.set(i, { x: p.x, y: p.y + 4 });
    });
    return at;
  }, [edges, labelKey]);

  /** How far into the event log the tokens have been animated. */
  const animated = useRef<number | null>(null);

  const bounce = feedback && feedback.kind === 'refused' ? feedback.containerId : null;
  const now = view?.now ?? 0;
  const tokens: TokenDatum[] = containers.map((c) => {
    let countdown: string | null = null;
    if (c.stopping?.killAt != null) countdown = t('diagram.countdown.kill', { s: seconds(c.stopping.killAt - now) });
    else if (c.restartAt != null) countdown = t('diagram.countdown.restart', { s: seconds(c.restartAt - now) });
    else if (c.removedAt != null) countdown = t('diagram.countdown.removal', { s: seconds(c.removedAt - now) });
    return {
      id: c.id,
      name: c.name,
      state: c.status,
      selected: c.id === selectedId,
      countdown,
      label: t('diagram.token', { name: c.name, state: stateLabel(t, c.status) }),
    };
  });

  const feedbackSeq = feedback?.seq ?? 0;
  useEffect(() => {
    if (!layer.current || !view) return;
    // Everything logged since the last commit becomes this commit's stages (what happened before
    // the first view, such as the initial script, is not replayed).
    const count = view.eventCount;
    animated.current ??= count;
    const fresh = eventsSince && count > animated.current ? eventsSince(animated.current) : [];
    animated.current = Math.max(animated.current, count);
    const stages = stagesById(fresh, containers);
    // Transitions must outlive this effect: it re-runs on every frame of the clock, and
    // interrupting them here would stop every token one frame into its move.
    renderTokens(layer.current, tokens, {
      stageMs,
      stages,
      onSelect,
      bounce,
      arrivedText: (state) => t('diagram.arrived', { state }),
    });
    // Re-run when the model or the options changed; `tokens` is derived from them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, stageMs, selectedId, feedbackSeq, t]);

  // Leaving the page: stop every transition of the token layer.
  useEffect(() => {
    const node = layer.current;
    return () => {
      if (node) interruptTokens(node);
    };
  }, []);

  const counts = new Map<LifecycleState, ContainerView[]>();
  for (const c of containers) counts.set(c.status, [...(counts.get(c.status) ?? []), c]);

  return (
    <figure className={styles.figure} data-testid="lifecycle-diagram" aria-label={t('diagram.label')}>
      <svg className={styles.svg} viewBox={VIEW_BOX} role="group" aria-label={t('diagram.label')}>
        <defs>
          <marker
            id="sim-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrow} />
          </marker>
        </defs>
        <g className={styles.edges} aria-hidden="true">
          {edges.map((e, i) => (
            <g
              key={e.id}
              data-from={e.from}
              className={[
                styles.edge,
                e.commandOnly ? '' : styles.auto,
                isFaultEdge(e) ? styles.fault : '',
                // The selected container's possible next moves stand out; the rest recede.
                currentState === null ? '' : e.from === currentState ? styles.next : styles.other,
              ].join(' ')}
            >
              <path d={e.path} markerEnd="url(#sim-arrow)" data-edge={e.id} />
              {labelTexts[i] ? (
                <text
                  x={labelAt.get(i)?.x ?? e.label.x}
                  y={labelAt.get(i)?.y ?? e.label.y}
                  textAnchor="middle"
                  className={styles.edgeLabel}
                >
                  {labelTexts[i]}
                </text>
              ) : null}
            </g>
          ))}
        </g>
        <g className={styles.nodes}>
          {NODE_STATES.map((state) => {
            const p = NODE_POSITIONS[state];
            const here = counts.get(state) ?? [];
            const isCurrent = currentState === state;
            return (
              <g
                key={state}
                data-state={state}
                aria-current={isCurrent ? 'true' : undefined}
                role="img"
                tabIndex={0}
                aria-label={nodeLabel(
                  t,
                  state,
                  here.map((c) => c.name),
                )}
                className={`${styles.node} ${styles[state] ?? ''} ${isCurrent ? styles.current : ''}`}
                transform={`translate(${p.x},${p.y})`}
              >
                <Shape state={state} />
                {/* The longest word (restarting) is set a size smaller, to sit inside its circle's ring. */}
                <text
                  className={state.length > 8 ? `${styles.nodeLabel} ${styles.long}` : styles.nodeLabel}
                  textAnchor="middle"
                  dy="0.1em"
                >
                  {state}
                </text>
                <text className={styles.count} textAnchor="middle" dy="1.4em">
                  {here.length > 0 ? `× ${here.length}` : ''}
                </text>
                {isCurrent ? (
                  <text className={styles.currentMark} textAnchor="middle" y={-NODE_R - 8}>
                    ▼
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
        <g ref={layer} className={styles.tokens} />
      </svg>
      {feedback ? (
        <figcaption className={styles.feedback} data-kind={feedback.kind} key={feedback.seq}>
          {feedback.kind === 'refused' ? <code>{feedback.text}</code> : t('diagram.noop')}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** A node's accessible name: its state and the containers on it (the first few by name). */
function nodeLabel(t: Translate, state: string, names: string[]): string {
  if (names.length === 0) return t('diagram.node.none', { state });
  const shown =
    names.length > 5
      ? t('diagram.node.more', { names: names.slice(0, 5).join(', '), count: names.length - 5 })
      : names.join(', ');
  if (names.length === 1) return t('diagram.node.one', { state, names: shown });
  return t('diagram.node.many', { state, count: names.length, names: shown });
}
