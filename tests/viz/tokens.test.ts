// @vitest-environment jsdom
/**
 * The token layer drawn without motion (stageMs 0, as under reduced motion): each token rests on
 * the slot of the state the model has its container in, carries the page's hooks, and its SVG is
 * kept as a reviewed snapshot (Plot's style: normalised, doubling as an example of the markup).
 */
import { describe, expect, it } from 'vitest';
import { createSimulator, lifecycleGraph, signalName, type LiveSimulator } from '../../machines/index';
import en from '../../src/i18n/en';
import { translator } from '../../src/i18n/i18n';
import { PALETTES } from '../../src/viz/DiagramPicture';
import { tokenPlaces } from '../../src/viz/places';
import { buildScene } from '../../src/viz/scene';
import { sceneTexts } from '../../src/viz/sceneTexts';
import { stagesFor } from '../../src/viz/stages';
import { TokenLayer, type TokenDatum } from '../../src/viz/tokens';

const scene = buildScene(lifecycleGraph(), {
  level: 'lifecycle',
  orientation: 'wide',
  texts: sceneTexts(translator(en)),
});
const places = tokenPlaces(scene, PALETTES.light);
const tokenSlot = (state: Parameters<typeof places.slot>[0], i: number, n: number) => places.slot(state, i, n);

const SVG = 'http://www.w3.org/2000/svg';

function layer(): SVGGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const g = document.createElementNS(SVG, 'g');
  svg.append(g);
  document.body.append(svg);
  return g;
}

function data(sim: LiveSimulator, selected: string | null = null): TokenDatum[] {
  return sim.view().containers.map((c) => ({
    id: c.id,
    name: c.name,
    state: c.status,
    selected: c.name === selected,
    countdown: null,
    health: c.status === 'running' ? (c.health?.status ?? null) : null,
    label: `${c.name}: ${c.status}`,
  }));
}

/** Runs `action`, then draws the layer with the stages of what it did, as the diagram does. */
async function step(sim: LiveSimulator, tokens: TokenLayer, action: () => Promise<unknown>) {
  const before = sim.counts();
  await action();
  const stages = stagesFor(sim.movesSince(before.moves), sim.tracedEventsSince(before.events), signalName);
  tokens.render(data(sim), {
    places,
    stageMs: 0,
    stages,
    onSelect: () => {},
    bounce: null,
    arrivedText: (s) => `→ ${s}`,
  });
}

const tokenOf = (g: SVGGElement, name: string) => g.querySelector<SVGGElement>(`[data-token="${name}"]`);
const translate = (p: { x: number; y: number }) => `translate(${p.x},${p.y})`;

/** The layer's markup with IDs and generated noise removed, one element per line. */
function normalised(g: SVGGElement): string {
  return g.innerHTML.replace(/></g, '>\n<');
}

describe('the token layer, drawn without motion', () => {
  it('rests each token on the slot of its container’s state, with data-token and data-token-state', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, () => sim.exec('docker run -d --name web nginx'));
    expect(tokenOf(g, 'web')?.getAttribute('data-token-state')).toBe('running');
    expect(tokenOf(g, 'web')?.getAttribute('transform')).toBe(translate(tokenSlot('running', 0, 1)));

    await step(sim, tokens, () => sim.exec('docker pause web'));
    expect(tokenOf(g, 'web')?.getAttribute('data-token-state')).toBe('paused');
    expect(tokenOf(g, 'web')?.getAttribute('transform')).toBe(translate(tokenSlot('paused', 0, 1)));
    expect(tokenOf(g, 'web')?.querySelector('text.arrived')?.textContent).toBe('→ paused');
  });

  it('keeps a token whose state changed where it was until its moves arrive', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, () => sim.exec('docker run -d --name web nginx'));
    await sim.exec('docker pause web');
    // Drawn before the batch of moves came (a label changed): the token does not jump ahead.
    tokens.render(data(sim, 'web'), {
      places,
      stageMs: 0,
      stages: new Map(),
      onSelect: () => {},
      bounce: null,
      arrivedText: (s) => s,
    });
    expect(tokenOf(g, 'web')?.getAttribute('transform')).toBe(translate(tokenSlot('running', 0, 1)));
    expect(tokenOf(g, 'web')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('removes the token of a removed container at once, out of the tab order', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, () => sim.exec('docker run -d --name web nginx'));
    await step(sim, tokens, () => sim.exec('docker rm -f web'));
    expect(tokenOf(g, 'web')).toBeNull();
    expect(g.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it('draws three containers in three states as in the saved snapshot', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, async () => {
      await sim.exec('docker run -d --name web nginx');
      await sim.exec('docker create --name db redis');
      await sim.exec('docker run -d --name job busybox false');
    });
    await expect(normalised(g)).toMatchFileSnapshot('__snapshots__/tokens.three-states.svg.txt');
  });
});

describe('the token layer: what changes on a token without a move', () => {
  it('marks a running container’s health by a badge’s shape and glyph and Docker’s word under it', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, () =>
      sim.exec('docker run -d --name hc --health-cmd false --health-interval 1s --health-retries 2 busybox sleep 300'),
    );
    const mark = () => tokenOf(g, 'hc')?.querySelector('g.health');
    const words = () => tokenOf(g, 'hc')?.querySelector('text.health-text')?.textContent;
    expect(mark()?.getAttribute('data-health')).toBe('starting');
    expect(mark()?.querySelector('circle')?.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(words()).toBe('(starting)');
    await step(sim, tokens, () => sim.advance(3000));
    expect(mark()?.getAttribute('data-health')).toBe('unhealthy');
    expect(mark()?.querySelector('path')).not.toBeNull();
    expect(mark()?.textContent).toBe('✗');
    expect(words()).toBe('(unhealthy)');
    // Stopped, it shows no health: docker ps shows health only after `Up`.
    await step(sim, tokens, () => sim.exec('docker kill hc'));
    expect(mark()?.getAttribute('data-health')).toBeNull();
    expect(words()).toBe('');
  });

  it('shows the health words only where no token of its state sits beside or under it; the badges always', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    const run = (name: string) =>
      sim.exec(`docker run -d --name ${name} --health-cmd true --health-interval 1s busybox sleep 300`);
    await step(sim, tokens, () => run('one'));
    const words = (name: string) => tokenOf(g, name)?.querySelector('text.health-text')?.getAttribute('display');
    expect(words('one')).toBeNull();
    await step(sim, tokens, () => run('two'));
    expect([words('one'), words('two')]).toEqual(['none', 'none']);
    expect(tokenOf(g, 'two')?.querySelector('g.health')?.getAttribute('data-health')).toBe('starting');
  });

  it('relabels the same token when its container is renamed', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, () => sim.exec('docker run -d --name web nginx'));
    const before = tokenOf(g, 'web');
    await step(sim, tokens, () => sim.exec('docker rename web api'));
    expect(tokenOf(g, 'web')).toBeNull();
    expect(tokenOf(g, 'api')).toBe(before);
    expect(before?.querySelector('text.name')?.textContent).toBe('api');
    expect(before?.querySelector('text.pulse')?.textContent).toBe('rename');
  });

  it('takes away every token a prune removed in one render, and leaves the running one', async () => {
    const sim = createSimulator({ seed: 1 });
    const g = layer();
    const tokens = new TokenLayer(g);
    await step(sim, tokens, async () => {
      await sim.exec('docker run -d --name web nginx');
      await sim.exec('docker create --name new busybox');
      await sim.exec('docker run --name done busybox true');
    });
    expect(g.querySelectorAll('g.token')).toHaveLength(3);
    await step(sim, tokens, () => sim.exec('docker container prune -f'));
    expect([...g.querySelectorAll('g.token')].map((t) => t.getAttribute('data-token'))).toEqual(['web']);
  });
});
