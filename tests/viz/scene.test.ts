/**
 * The designed picture: every edge of the model has a designed route, and nothing printed on the
 * picture overlaps (chips with chips, chips with nodes, chips with the token areas), at both levels,
 * in both layouts and in both languages. The browser test measures the same on the real page.
 */
import { describe, expect, it } from 'vitest';
import { lifecycleGraph } from '../../machines/index';
import en from '../../src/i18n/en';
import ko from '../../src/i18n/ko';
import { translator } from '../../src/i18n/i18n';
import {
  buildScene,
  collisions,
  designedEdges,
  LEVEL_STATES,
  tokenSlot,
  tokenZone,
  widestFor,
} from '../../src/viz/scene';
import { sceneTexts } from '../../src/viz/sceneTexts';

const graph = lifecycleGraph();
const CASES = (['wide', 'tall'] as const).flatMap((orientation) =>
  (['lifecycle', 'all'] as const).flatMap((level) =>
    (['en', 'ko'] as const).map((lang) => ({ orientation, level, lang })),
  ),
);

const scene = (c: (typeof CASES)[number]) =>
  buildScene(graph, {
    level: c.level,
    orientation: c.orientation,
    texts: sceneTexts(translator(c.lang === 'ko' ? ko : en)),
  });

describe('the designed diagram', () => {
  it.each(['wide', 'tall'] as const)('has a designed route for every edge of the model (%s)', (orientation) => {
    const designed = new Set(designedEdges(orientation));
    const missing = graph.edges.map((e) => `${e.from}->${e.to}`).filter((id) => !designed.has(id));
    expect(missing).toEqual([]);
  });

  it.each(CASES)('prints nothing over anything else: $orientation, $level, $lang', (c) => {
    expect(collisions(scene(c))).toEqual([]);
  });

  it('shows the six states of a lesson at the lifecycle level, and the teardown states at the all level', () => {
    expect(
      scene(CASES[0]!)
        .nodes.map((n) => n.state)
        .sort(),
    ).toEqual([...LEVEL_STATES.lifecycle].sort());
    expect(scene({ orientation: 'wide', level: 'all', lang: 'en' }).nodes).toHaveLength(8);
  });

  it('reveals a state the level hides when a container is in it', () => {
    const s = buildScene(graph, {
      level: 'lifecycle',
      orientation: 'wide',
      texts: sceneTexts(translator(en)),
      reveal: ['dead'],
    });
    expect(s.nodes.map((n) => n.state)).toContain('dead');
    expect(s.edges.some((e) => e.to === 'dead')).toBe(true);
  });

  it('draws commands as chips in docker’s words and what Docker does by itself as automatic chips', () => {
    const s = scene({ orientation: 'wide', level: 'lifecycle', lang: 'ko' });
    const chips = (id: string) => s.edges.find((e) => e.id === id)?.chips.map((c) => `${c.kind}:${c.text}`);
    expect(chips('running->paused')).toEqual(['command:pause']);
    expect(chips('running->exited')).toEqual(
      expect.arrayContaining(['command:stop', 'command:kill', 'command:rm -f', 'auto:프로세스 종료']),
    );
    expect(chips('restarting->running')).toEqual(['auto:재시작 정책']);
    expect(s.edges.find((e) => e.id === 'restarting->running')?.auto).toBe(true);
    // A paused container thawed to receive a signal: Docker's doing, not the command's.
    expect(chips('paused->running')).toEqual(['command:unpause', 'auto:해동']);
  });

  it('keeps the OOM kill and the faults for the all level', () => {
    const lifecycle = scene({ orientation: 'wide', level: 'lifecycle', lang: 'en' });
    const all = scene({ orientation: 'wide', level: 'all', lang: 'en' });
    const texts = (s: typeof all) => s.edges.flatMap((e) => e.chips.map((c) => c.text));
    expect(texts(lifecycle)).not.toContain('OOM kill');
    expect(texts(all)).toContain('OOM kill');
    expect(texts(all)).toContain('removal fails');
  });

  it('fans tokens out in the area under their node, up to the "+N" slot, each row centred', () => {
    const s = scene({ orientation: 'wide', level: 'lifecycle', lang: 'en' });
    const running = s.nodes.find((n) => n.state === 'running')!;
    const zone = tokenZone(running, 'wide');
    const slots = Array.from({ length: 9 }, (_, i) => tokenSlot(running, i, 'wide', 9));
    for (const p of slots) {
      expect(p.x).toBeGreaterThan(zone.x);
      expect(p.x).toBeLessThan(zone.x + zone.width);
      expect(p.y).toBeGreaterThan(zone.y);
      expect(p.y).toBeLessThan(zone.y + zone.height);
    }
    expect(new Set(slots.map((p) => `${p.x},${p.y}`)).size).toBe(9);
    // One token sits under the middle of its node.
    expect(tokenSlot(running, 0, 'wide', 1).x).toBeCloseTo(running.center.x, 5);
  });

  it('turns tall where the wide picture’s smallest text would render under 12 px', () => {
    for (const level of ['lifecycle', 'all'] as const) {
      const wide = scene({ orientation: 'wide', level, lang: 'en' });
      const tall = scene({ orientation: 'tall', level, lang: 'en' });
      const at = widestFor(wide, 12);
      // At that width the wide picture's smallest text is exactly 12 px …
      expect((Math.min(...Object.values(wide.fonts)) * at) / wide.viewBox.width).toBeCloseTo(12);
      // … and the tall one, drawn there instead, is larger.
      expect((Math.min(...Object.values(tall.fonts)) * at) / tall.viewBox.width).toBeGreaterThan(12);
    }
    // The level with more to show needs more room.
    expect(widestFor(scene({ orientation: 'wide', level: 'all', lang: 'en' }), 12)).toBeGreaterThan(
      widestFor(scene({ orientation: 'wide', level: 'lifecycle', lang: 'en' }), 12),
    );
  });
});
