/**
 * The diagram's picture: states, edges and chips of a scene (scene.ts), drawn with presentation
 * attributes and no stylesheet, so the same markup is the live page's diagram, the downloadable
 * SVG and the static files `npm run diagram` writes (no script, no external font or CSS).
 *
 * State is shown by shape and mark as well as colour; a command is a boxed chip in docker's
 * words, a move Docker makes by itself an italic chip with a dashed border on a dashed edge.
 */
import type { ReactNode } from 'react';
import type { LifecycleState } from '../../machines/index';
import { NODE, type Fonts, type Scene, type SceneEdge, type SceneNode } from './scene';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  edge: string;
  accent: string;
  chip: string;
  chipBorder: string;
  nodeBorder: string;
  node: Record<LifecycleState, string>;
}

export const PALETTES: Record<'light' | 'dark' | 'contrast', Palette> = {
  light: {
    background: '#f6f7f9',
    text: '#15181d',
    muted: '#3f4654',
    edge: '#6b7385',
    accent: '#1f4fbf',
    chip: '#ffffff',
    chipBorder: '#7a8496',
    nodeBorder: '#3f4654',
    node: {
      created: '#ffffff',
      running: '#d9f2df',
      paused: '#dde7fb',
      restarting: '#fff0cc',
      exited: '#f6dede',
      removed: '#f6f7f9',
      removing: '#eeeeee',
      dead: '#e0e0e0',
    },
  },
  dark: {
    background: '#171c24',
    text: '#eef1f5',
    muted: '#c2c9d4',
    edge: '#98a1b3',
    accent: '#9fbcff',
    chip: '#222a36',
    chipBorder: '#6f7a8c',
    nodeBorder: '#c2c9d4',
    node: {
      created: '#1b212b',
      running: '#173a22',
      paused: '#1d2a48',
      restarting: '#4a3a12',
      exited: '#4a1f24',
      removed: '#171c24',
      removing: '#2c2c2c',
      dead: '#333333',
    },
  },
  // High contrast: white on black, a yellow accent, every fill dark enough for white text at 7:1.
  contrast: {
    background: '#000000',
    text: '#ffffff',
    muted: '#e6e6e6',
    edge: '#d9d9d9',
    accent: '#ffd400',
    chip: '#000000',
    chipBorder: '#ffffff',
    nodeBorder: '#ffffff',
    node: {
      created: '#000000',
      running: '#00381a',
      paused: '#00204d',
      restarting: '#453400',
      exited: '#4a0000',
      removed: '#000000',
      removing: '#262626',
      dead: '#303030',
    },
  },
};

import { MONO, SANS } from './fonts';

export { MONO, SANS };

/** What the live page adds to the picture: the selected container's state and its open edges. */
export interface Emphasis {
  /** The selected container's state (its node is ringed). */
  current: LifecycleState | null;
  /** Edges Docker would move the selected container along now (they stand out, the rest recede). */
  next: ReadonlySet<string>;
}

export interface DiagramPictureProps {
  scene: Scene;
  palette: Palette;
  title: string;
  emphasis?: Emphasis;
  /** Attributes for each state's node (the page's hooks: data-state, aria-current, tabIndex). */
  nodeProps?: (node: SceneNode) => Record<string, unknown>;
  /** Drawn over the picture (the token layer). */
  children?: ReactNode;
  /** A unique id prefix for the markers (several diagrams on one page). */
  idPrefix?: string;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The node's outline: a distinct shape per state. */
function outline(node: SceneNode): { d: string; dash?: string; width: number } {
  const { x, y, width: w, height: h } = node.box;
  const r = 12;
  const rounded = `M ${x + r} ${y} H ${x + w - r} Q ${x + w} ${y} ${x + w} ${y + r} V ${y + h - r} Q ${x + w} ${y + h} ${x + w - r} ${y + h} H ${x + r} Q ${x} ${y + h} ${x} ${y + h - r} V ${y + r} Q ${x} ${y} ${x + r} ${y} Z`;
  const pill = `M ${x + h / 2} ${y} H ${x + w - h / 2} A ${h / 2} ${h / 2} 0 0 1 ${x + w - h / 2} ${y + h} H ${x + h / 2} A ${h / 2} ${h / 2} 0 0 1 ${x + h / 2} ${y} Z`;
  const c = 16;
  const chamfer = `M ${x + c} ${y} H ${x + w - c} L ${x + w} ${y + c} V ${y + h - c} L ${x + w - c} ${y + h} H ${x + c} L ${x} ${y + h - c} V ${y + c} Z`;
  switch (node.state) {
    case 'created':
      return { d: rounded, dash: '8 5', width: 2.5 };
    case 'running':
      return { d: pill, width: 3.5 };
    case 'paused':
      return { d: rounded, width: 2.5 };
    case 'restarting':
      return { d: pill, dash: '12 4 3 4', width: 2.5 };
    case 'exited':
      return { d: chamfer, width: 2.5 };
    case 'removed':
      return { d: rounded, dash: '2 5', width: 2.5 };
    case 'removing':
      return { d: chamfer, dash: '8 5', width: 2.5 };
    case 'dead':
      return { d: chamfer, width: 2.5 };
  }
}

/** A small mark beside the state's name (shape and text as well as colour). */
const MARK: Record<LifecycleState, string> = {
  created: '+',
  running: '▶',
  paused: '❚❚',
  restarting: '↻',
  exited: '■',
  removed: '✕',
  removing: '…',
  dead: '✖',
};

function Node({
  node,
  palette,
  current,
  fonts,
}: {
  node: SceneNode;
  palette: Palette;
  current: boolean;
  fonts: Fonts;
}) {
  const o = outline(node);
  const cx = node.center.x;
  const nameY = node.gloss ? node.center.y - 4 : node.center.y + fonts.state * 0.35;
  return (
    <>
      {current ? (
        <path
          d={o.d}
          fill="none"
          stroke={palette.accent}
          strokeWidth={10}
          strokeOpacity={0.45}
          strokeLinejoin="round"
        />
      ) : null}
      <path
        d={o.d}
        fill={palette.node[node.state]}
        stroke={current ? palette.accent : palette.nodeBorder}
        strokeWidth={current ? 4.5 : o.width}
        strokeDasharray={o.dash}
        strokeLinejoin="round"
      />
      <text
        x={fmt(node.box.x + 22)}
        y={fmt(node.center.y + 7)}
        fontSize={18}
        fill={palette.muted}
        fontFamily={SANS}
        textAnchor="middle"
        aria-hidden="true"
      >
        {MARK[node.state]}
      </text>
      <text
        x={fmt(cx + 12)}
        y={fmt(nameY)}
        fontSize={fonts.state}
        fontWeight={700}
        fill={palette.text}
        fontFamily={MONO}
        textAnchor="middle"
        data-role="state-name"
      >
        {node.name}
      </text>
      {node.gloss ? (
        <text
          x={fmt(cx + 12)}
          y={fmt(node.center.y + 22)}
          fontSize={fonts.gloss}
          fill={palette.text}
          fontFamily={SANS}
          textAnchor="middle"
          data-role="state-gloss"
        >
          {node.gloss}
        </text>
      ) : null}
    </>
  );
}

function Edge({
  edge,
  palette,
  state,
  marker,
  fonts,
}: {
  edge: SceneEdge;
  palette: Palette;
  state: 'next' | 'other' | 'plain';
  marker: string;
  fonts: Fonts;
}) {
  const stroke = state === 'next' ? palette.accent : palette.edge;
  const opacity = state === 'other' ? 0.45 : edge.fault ? 0.6 : 1;
  return (
    <g data-edge-id={edge.id} data-emphasis={state}>
      <path
        d={edge.path}
        data-edge={edge.id}
        fill="none"
        stroke={stroke}
        strokeWidth={state === 'next' ? 4 : 2.2}
        strokeDasharray={edge.auto ? '8 6' : undefined}
        strokeOpacity={opacity}
        markerEnd={`url(#${marker}-${state === 'next' ? 'next' : 'plain'})`}
      />
      {edge.chips.map((chip) => {
        const mono = chip.kind === 'command';
        return (
          <g key={chip.text} data-chip={chip.kind} data-causes={chip.causes.join(' ')}>
            <rect
              x={fmt(chip.box.x)}
              y={fmt(chip.box.y)}
              width={fmt(chip.box.width)}
              height={fmt(chip.box.height)}
              rx={mono ? 6 : 14}
              fill={mono ? palette.chip : palette.background}
              stroke={state === 'next' && mono ? palette.accent : palette.chipBorder}
              strokeWidth={state === 'next' && mono ? 2.5 : 1.2}
              strokeDasharray={mono ? undefined : '4 3'}
            />
            <text
              x={fmt(chip.box.x + chip.box.width / 2)}
              y={fmt(chip.box.y + chip.box.height / 2 + fonts.chip * 0.35)}
              fontSize={fonts.chip}
              fontFamily={mono ? MONO : SANS}
              fontStyle={mono ? undefined : 'italic'}
              fontWeight={state === 'next' && mono ? 700 : mono ? 600 : 400}
              fill={mono ? palette.text : palette.muted}
              textAnchor="middle"
            >
              {chip.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function DiagramPicture({
  scene,
  palette,
  title,
  emphasis,
  nodeProps,
  children,
  idPrefix = 'sim',
}: DiagramPictureProps) {
  const v = scene.viewBox;
  const marker = `${idPrefix}-arrow`;
  const edgeState = (e: SceneEdge): 'next' | 'other' | 'plain' =>
    !emphasis || emphasis.current === null ? 'plain' : emphasis.next.has(e.id) ? 'next' : 'other';
  // Emphasised edges are drawn last, on top.
  const edges = [...scene.edges].sort((a, b) => Number(edgeState(a) === 'next') - Number(edgeState(b) === 'next'));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${fmt(v.x)} ${fmt(v.y)} ${fmt(v.width)} ${fmt(v.height)}`}
      role="group"
      aria-label={title}
      data-level={scene.level}
      data-orientation={scene.orientation}
      style={{ display: 'block', width: '100%', height: 'auto' }}
    >
      <title>{title}</title>
      <defs>
        {(['plain', 'next'] as const).map((kind) => (
          <marker
            key={kind}
            id={`${marker}-${kind}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={kind === 'next' ? palette.accent : palette.edge} />
          </marker>
        ))}
      </defs>
      <rect x={fmt(v.x)} y={fmt(v.y)} width={fmt(v.width)} height={fmt(v.height)} fill={palette.background} />
      <g aria-hidden="true">
        {edges.map((e) => (
          <Edge key={e.id} edge={e} palette={palette} state={edgeState(e)} marker={marker} fonts={scene.fonts} />
        ))}
      </g>
      <g>
        {scene.nodes.map((n) => (
          <g key={n.state} {...(nodeProps?.(n) ?? {})}>
            <Node node={n} palette={palette} current={emphasis?.current === n.state} fonts={scene.fonts} />
          </g>
        ))}
      </g>
      {children}
    </svg>
  );
}

/** The node size, for anything that needs to sit beside a node. */
export const NODE_SIZE = NODE;
