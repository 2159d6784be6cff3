/**
 * The lifecycle diagram on the page: the designed picture (scene.ts, DiagramPicture) with the
 * page's hooks on its nodes, the selected container's next moves standing out, and the token
 * layer on top, which plays the model's moves (stages.ts, tokens.ts). It is wide (the story left
 * to right) or tall (top to bottom, on a phone) by the width it gets.
 */
import type { Theme } from '../theme';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Cause, ContainerView, LifecycleEdge, LifecycleState } from '../../machines/index';
import { CONTAINER_VERBS } from '../../machines/vocabulary';
import { useI18n, type Translate } from '../i18n/i18n';
import { stateLabel } from '../i18n/stateLabel';
import { useChangeFeed, useSimulator, type ChangeBatch, type ChangeSource } from '../sim/SimulatorProvider';
import { DiagramPicture, PALETTES, SANS, type Emphasis } from './DiagramPicture';
import {
  buildScene,
  widestFor,
  LEVEL_STATES,
  TOKEN,
  tokensShown,
  tokenSlot,
  type Level,
  type Orientation,
  type Scene,
} from './scene';
import { sceneTexts } from './sceneTexts';
import { stagesFor, type Stage } from './stages';
import { HEALTH_GLYPH, TokenLayer, type TokenDatum, type TokenHealth, type TokenPlaces } from './tokens';
import { downloadPicture } from './download';
import { tokenPlaces } from './places';
import styles from './Diagram.module.css';

/** What the diagram draws of a container. */
export type DiagramContainer = Pick<ContainerView, 'id' | 'name' | 'status' | 'stopping' | 'restartAt' | 'removedAt'> &
  Partial<Pick<ContainerView, 'health'>>;

/** What `docker ps` shows in brackets for a health status (container/list.go State). */
const HEALTH_TEXT: Record<TokenHealth, string> = {
  starting: '(health: starting)',
  healthy: '(healthy)',
  unhealthy: '(unhealthy)',
};

/** Where the diagram's containers and moves come from when not the live simulator (a replayed log). */
export interface DiagramSource extends ChangeSource {
  view(): { now: number; containers: readonly DiagramContainer[] };
  /** Changes when the source jumps back (a replay from the start): the tokens are drawn afresh. */
  epoch(): number;
}

export interface DiagramProps {
  graph: { edges: LifecycleEdge[]; commandCauses: ReadonlySet<Cause> } | null;
  /** The containers as the model has them now. */
  containers: readonly DiagramContainer[];
  /** Draws this instead of the live simulator (a replay); the emphasis of next moves is off. */
  source?: DiagramSource | null;
  /** A prediction is open: no edge says which moves Docker would accept. */
  hideNext?: boolean;
  /** Virtual time now, for the countdowns (a tenth of a second is enough). */
  now: number;
  selectedId: string | null;
  onSelect(id: string): void;
  stageMs: number;
  level: Level;
  onLevel?: (level: Level) => void;
  theme: Theme;
  /** Hides the download buttons and the level switch (a read-only embed). */
  bare?: boolean;
  feedback: {
    seq: number;
    containerId: string | null;
    kind: 'refused' | 'no-op';
    text: string;
    reason?: string;
  } | null;
}

/**
 * The smallest text the diagram may render at (CSS px) before it turns to its tall layout: a
 * docs column of 700 px still reads every label at 12 px or more.
 */
const MIN_TEXT_PX = 12;

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(ms < 10_000 ? 1 : 0);
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

const NO_STAGES: ReadonlyMap<string, readonly Stage[]> = new Map();

/** The width the element is drawn at, as it changes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    setWidth(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? null));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function Diagram(props: DiagramProps) {
  const { graph, containers, now, selectedId, onSelect, stageMs, feedback, level, theme, source } = props;
  const epoch = source?.epoch() ?? 0;
  const { t, lang } = useI18n();
  const api = useSimulator();
  // A rebuilt simulator (undo, redo, a jump through the history) is drawn afresh, without motion.
  const liveSim = api?.sim ?? null;
  const figure = useRef<HTMLElement>(null);
  const layer = useRef<SVGGElement>(null);
  const tokenLayer = useRef<TokenLayer | null>(null);
  const width = useWidth(figure);

  // A container in a state the level hides reveals that state rather than losing its token.
  const revealKey = [...new Set(containers.map((c) => c.status))]
    .filter((s) => !LEVEL_STATES[level].includes(s))
    .sort()
    .join(',');
  const scenes = useMemo(() => {
    if (!graph) return null;
    const reveal = revealKey ? (revealKey.split(',') as LifecycleState[]) : [];
    const options = { level, texts: sceneTexts(t), reveal };
    return {
      wide: buildScene(graph, { ...options, orientation: 'wide' }),
      tall: buildScene(graph, { ...options, orientation: 'tall' }),
    };
  }, [graph, level, t, revealKey]);
  // Wide while its smallest text stays readable at this width; tall below that.
  const threshold = scenes ? widestFor(scenes.wide, MIN_TEXT_PX) : 0;
  const orientation: Orientation = scenes && width !== null && width < threshold ? 'tall' : 'wide';
  const uid = useId().replace(/[^\w-]/g, '');
  const scene: Scene | null = scenes ? scenes[orientation] : null;

  const selected = containers.find((c) => c.id === selectedId) ?? null;
  // A selected container that is gone sits on `removed` until another is selected.
  const currentState: LifecycleState | null = selected ? selected.status : selectedId ? 'removed' : null;

  // The edges of the commands Docker would accept now, as the model answers them.
  const emphasis: Emphasis | undefined = useMemo(() => {
    // With a prediction open the picture stays plain: neither emphasis nor fading hints at the answer.
    if (!scene || currentState === null || props.hideNext) return undefined;
    const accepted = new Set<string>(
      api && selected && !source
        ? CONTAINER_VERBS.filter((v) => api.sim.preview(selected.id, { verb: v }).kind === 'accepted')
        : [],
    );
    const next = new Set(
      scene.edges
        .filter((e) => e.from === currentState && e.chips.some((c) => c.causes.some((cause) => accepted.has(cause))))
        .map((e) => e.id),
    );
    return { current: currentState, next };
  }, [scene, currentState, api, selected, source, props.hideNext]);

  const palette = PALETTES[theme];
  const places: TokenPlaces | null = useMemo(() => (scene ? tokenPlaces(scene, palette) : null), [scene, palette]);

  const bounce = feedback && feedback.kind === 'refused' ? feedback.containerId : null;
  const tokensOf = (list: readonly DiagramContainer[], at: number): TokenDatum[] =>
    list.map((c) => {
      let countdown: string | null = null;
      if (c.stopping?.killAt != null) countdown = t('diagram.countdown.kill', { s: seconds(c.stopping.killAt - at) });
      else if (c.restartAt != null) countdown = t('diagram.countdown.restart', { s: seconds(c.restartAt - at) });
      else if (c.removedAt != null) countdown = t('diagram.countdown.removal', { s: seconds(c.removedAt - at) });
      // Docker keeps a health status while the container is not running (unhealthy once stopped):
      // the mark shows only on a running container, as docker ps shows it only after `Up`.
      const health = c.status === 'running' ? (c.health?.status ?? null) : null;
      const label = t('diagram.token', { name: c.name, state: stateLabel(t, c.status) });
      return {
        id: c.id,
        name: c.name,
        state: c.status,
        selected: c.id === selectedId,
        countdown,
        health,
        label: health ? `${label} ${HEALTH_TEXT[health]}` : label,
      };
    });

  /** Draws the tokens as the model has them now, playing `stages` (the model's latest moves). */
  const draw = useRef<(stages: ReadonlyMap<string, readonly Stage[]>) => void>(() => {});
  useLayoutEffect(() => {
    draw.current = (stages) => {
      if (!layer.current || !places) return;
      tokenLayer.current ??= new TokenLayer(layer.current);
      const view = source ? source.view() : api?.sim.view();
      tokenLayer.current.render(tokensOf(view?.containers ?? containers, view?.now ?? now), {
        places,
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
  useChangeFeed(source ?? api?.sim ?? null, (batch: ChangeBatch) => {
    if (signalName) draw.current(stagesFor(batch.moves, batch.events, signalName));
  });

  // Labels, selection, countdowns, the layout and the refusal bounce change without a move; a token
  // whose state changed waits for its moves (TokenLayer), so this never moves one ahead of them.
  const feedbackSeq = feedback?.seq ?? 0;
  const tenth = Math.floor(now / 100);
  useEffect(() => {
    draw.current(NO_STAGES);
  }, [containers, stageMs, selectedId, feedbackSeq, t, tenth, places]);

  // A new layout (wide or tall, a level) starts the token layer afresh on the new picture.
  useLayoutEffect(() => {
    tokenLayer.current?.interrupt();
    tokenLayer.current = null;
    if (layer.current) layer.current.replaceChildren();
  }, [places, source, epoch, liveSim]);

  // Leaving the page: stop every transition of the token layer.
  useEffect(() => () => tokenLayer.current?.interrupt(), []);

  const byState = new Map<LifecycleState, DiagramContainer[]>();
  for (const c of containers) byState.set(c.status, [...(byState.get(c.status) ?? []), c]);
  const anyHealth = containers.some((c) => c.health);

  const picture = (sc: Scene, withTokens: boolean): ReactNode => {
    const shown = tokensShown(sc.orientation);
    return (
      <DiagramPicture
        scene={sc}
        idPrefix={`${uid}-${sc.orientation}`}
        palette={palette}
        title={t('diagram.label')}
        {...(emphasis ? { emphasis } : {})}
        nodeProps={(n) => {
          const here = byState.get(n.state) ?? [];
          return {
            'data-state': n.state,
            'aria-current': currentState === n.state ? 'true' : undefined,
            role: 'img',
            tabIndex: 0,
            className: styles.node,
            'aria-label': nodeLabel(
              t,
              n.gloss ? `${n.state} (${n.gloss})` : n.state,
              here.map((c) => c.name),
            ),
          };
        }}
      >
        {withTokens ? <g ref={layer} className={styles.tokens} /> : null}
        {sc.nodes.map((n) => {
          const here = byState.get(n.state) ?? [];
          if (here.length <= shown + 1) return null;
          const at = tokenSlot(n, shown, sc.orientation, here.length);
          const rest = here.slice(shown).map((c) => c.name);
          const label = t('diagram.more', { count: rest.length, names: rest.join(', ') });
          return (
            <g
              key={`more-${n.state}`}
              className={styles.more}
              transform={`translate(${at.x},${at.y})`}
              tabIndex={0}
              role="button"
              aria-label={label}
              data-more={n.state}
            >
              <title>{label}</title>
              <rect
                x={-TOKEN.width / 2}
                y={-TOKEN.height / 2}
                width={TOKEN.width}
                height={TOKEN.height}
                rx={TOKEN.height / 2}
                fill={palette.chip}
                stroke={palette.text}
                strokeWidth={1.5}
              />
              <text textAnchor="middle" dy="0.35em" fontSize={sc.fonts.token} fontFamily={SANS} fill={palette.text}>
                {`+${rest.length}`}
              </text>
            </g>
          );
        })}
      </DiagramPicture>
    );
  };

  return (
    <figure
      ref={figure}
      className={styles.figure}
      data-testid="lifecycle-diagram"
      data-level={level}
      data-orientation={orientation}
      data-diagram={uid}
      aria-label={t('diagram.label')}
      lang={lang}
    >
      {scenes && width === null ? (
        // Before its width is known (the build's pre-render, and the render that takes it over),
        // both layouts are drawn and a container query shows the one the width will pick, so
        // nothing moves once the width is measured.
        <>
          <style>{`@container (width < ${threshold}px) { [data-diagram="${uid}"] > [data-layout="wide"] { display: none } } @container (width >= ${threshold}px) { [data-diagram="${uid}"] > [data-layout="tall"] { display: none } }`}</style>
          <div data-layout="wide">{picture(scenes.wide, false)}</div>
          <div data-layout="tall">{picture(scenes.tall, false)}</div>
        </>
      ) : scene ? (
        picture(scene, true)
      ) : (
        <div className={styles.placeholder} aria-hidden="true" />
      )}
      <figcaption className={styles.caption}>
        <span className={styles.legend}>
          <span className={styles.legendCommand}>stop</span> {t('diagram.legend.command')}
          <span className={styles.legendAuto}>{t('diagram.cause.exit')}</span> {t('diagram.legend.auto')}
          {anyHealth ? (
            <span className={styles.legendHealth} data-testid="health-legend">
              {t('diagram.legend.health')}{' '}
              {(['healthy', 'unhealthy', 'starting'] as const).map((h) => (
                <span key={h} className={styles.healthKey} data-health={h}>
                  <span aria-hidden="true">{HEALTH_GLYPH[h]}</span> {h}
                </span>
              ))}
            </span>
          ) : null}
        </span>
        {!props.bare ? (
          <span className={styles.tools}>
            <span role="group" aria-label={t('diagram.level.label')} className={styles.levels}>
              {(['lifecycle', 'all'] as const).map((l) => (
                <button
                  key={l}
                  type="button"
                  aria-pressed={l === level}
                  onClick={() => props.onLevel?.(l)}
                  className={styles.toggle}
                >
                  {t(`diagram.level.${l}`)}
                </button>
              ))}
            </span>
            <button
              type="button"
              className={styles.toggle}
              data-testid="download-svg"
              onClick={(e) => {
                const svg = figure.current?.querySelector('svg');
                if (svg) e.currentTarget.dataset.href = downloadPicture(svg, 'svg');
              }}
            >
              {t('diagram.download.svg')}
            </button>
            <button
              type="button"
              className={styles.toggle}
              data-testid="download-png"
              onClick={() => {
                const svg = figure.current?.querySelector('svg');
                if (svg) void downloadPicture(svg, 'png');
              }}
            >
              {t('diagram.download.png')}
            </button>
          </span>
        ) : null}
      </figcaption>
      {feedback ? (
        <p className={styles.feedback} data-kind={feedback.kind} key={feedback.seq}>
          {feedback.kind === 'refused' ? (
            <>
              <code>{feedback.text}</code>
              {feedback.reason ? <span className={styles.reason}>{feedback.reason}</span> : null}
            </>
          ) : (
            t('diagram.noop')
          )}
        </p>
      ) : null}
    </figure>
  );
}
