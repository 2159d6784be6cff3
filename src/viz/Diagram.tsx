/**
 * The lifecycle diagram. React owns the nodes and edges (they change rarely and carry the page's
 * test hooks); D3 owns the token layer, which animates each container's events as stages.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Cause, ContainerView, LifecycleEdge, LifecycleState } from '../../machines/index';
import { useChangeFeed, useSimulator, type ChangeBatch } from '../sim/SimulatorProvider';
import { useI18n, type Translate } from '../i18n/i18n';
import { stateLabel } from '../i18n/stateLabel';
import type { MessageKey } from '../i18n/en';
import { HEIGHT, isFaultEdge, layoutEdges, NODE_POSITIONS, NODE_R, WIDTH } from './layout';
import { stagesFor, type Stage } from './stages';
import { labelWidth, placeLabels } from './labelPlacement';

/** The layout's box with room around it, so that loop and edge labels near the rim are not cut off. */
const VIEW_BOX = `-60 -56 ${WIDTH + 120} ${HEIGHT + 86}`;
import { TokenLayer, type TokenDatum } from './tokens';
import styles from './Diagram.module.css';

export interface DiagramProps {
  graph: { states: readonly LifecycleState[]; edges: LifecycleEdge[]; commandCauses: ReadonlySet<Cause> } | null;
  /** The containers as the model has them now. */
  containers: readonly ContainerView[];
  /** Virtual time now, for the countdowns (a tenth of a second is enough). */
  now: number;
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

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(ms < 10_000 ? 1 : 0);
}

const NO_STAGES: ReadonlyMap<string, readonly Stage[]> = new Map();

export function Diagram({ graph, containers, now, selectedId, onSelect, stageMs, feedback }: DiagramProps) {
  const { t } = useI18n();
  const api = useSimulator();
  const layer = useRef<SVGGElement>(null);
  const tokenLayer = useRef<TokenLayer | null>(null);
  const edges = useMemo(() => (graph ? layoutEdges(graph.edges) : []), [graph]);
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

  const bounce = feedback && feedback.kind === 'refused' ? feedback.containerId : null;
  const tokensOf = (list: readonly ContainerView[], now: number): TokenDatum[] =>
    list.map((c) => {
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

  /** Draws the tokens as the model has them now, playing `stages` (the model's latest moves). */
  const draw = useRef<(stages: ReadonlyMap<string, readonly Stage[]>) => void>(() => {});
  useLayoutEffect(() => {
    draw.current = (stages) => {
      if (!layer.current) return;
      tokenLayer.current ??= new TokenLayer(layer.current);
      const view = api?.sim.view();
      tokenLayer.current.render(tokensOf(view?.containers ?? containers, view?.now ?? now), {
        stageMs,
        stages,
        onSelect,
        bounce,
        arrivedText: (state) => t('diagram.arrived', { state }),
      });
    };
  });

  // Every batch of the model's moves is played once, in order (the feed reads each move once).
  const signalName = api?.engine.signalName;
  useChangeFeed(api?.sim ?? null, (batch: ChangeBatch) => {
    if (signalName) draw.current(stagesFor(batch.moves, batch.events, signalName));
  });

  // Labels, selection, countdowns and the refusal bounce change without a move; a token whose
  // state changed waits for its moves (TokenLayer), so this never moves one ahead of them.
  // Transitions must outlive this effect: it re-runs on every tenth of a second of the clock.
  const feedbackSeq = feedback?.seq ?? 0;
  const tenth = Math.floor(now / 100);
  useEffect(() => {
    draw.current(NO_STAGES);
  }, [containers, stageMs, selectedId, feedbackSeq, t, tenth]);

  // Leaving the page: stop every transition of the token layer.
  useEffect(() => () => tokenLayer.current?.interrupt(), []);

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
