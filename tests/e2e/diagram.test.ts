/**
 * The diagram as a class and a docs reader see it (issue "The diagram, designed for teaching"):
 * measured in the built page, at a desktop, a projector and a docs column, in both languages and
 * at both levels. Sizes are rendered sizes (font size times the SVG's scale on screen), and an
 * overlap names the two boxes that collide.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

interface Box {
  /** What it is, for the failure message: `chip "stop" on running->exited`, `token web`. */
  what: string;
  /** Boxes of one owner (a node and its name, a token and its name) may overlap each other. */
  owner: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Measured {
  boxes: Box[];
  texts: { what: string; text: string; px: number; state: boolean }[];
}

/** Every label, node and token of the diagram on screen, with its box and rendered font size. */
async function measure(page: Page): Promise<Measured> {
  return page.getByTestId('lifecycle-diagram').evaluate((figure) => {
    const svg = figure.querySelector('svg');
    if (!svg) throw new Error('no svg');
    const boxes: Box[] = [];
    const texts: Measured['texts'] = [];
    const rect = (el: Element) => el.getBoundingClientRect();
    const add = (el: Element, what: string, owner: string) => {
      const r = rect(el);
      if (r.width > 0 && r.height > 0) boxes.push({ what, owner, x: r.x, y: r.y, width: r.width, height: r.height });
    };
    const px = (el: SVGTextElement) => parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 1);
    for (const node of svg.querySelectorAll('g[data-state]')) {
      const state = node.getAttribute('data-state') ?? '';
      const outline = node.querySelectorAll('path');
      add(outline[outline.length - 1]!, `node ${state}`, `node ${state}`);
      for (const role of ['state-name', 'state-gloss'] as const) {
        const text = node.querySelector<SVGTextElement>(`text[data-role=${role}]`);
        if (!text) continue;
        add(text, `${role} of ${state} "${text.textContent}"`, `node ${state}`);
        texts.push({
          what: `${role} of ${state}`,
          text: text.textContent ?? '',
          px: px(text),
          state: role === 'state-name',
        });
      }
    }
    for (const chip of svg.querySelectorAll('g[data-chip]')) {
      const edge = chip.closest('[data-edge-id]')?.getAttribute('data-edge-id') ?? '';
      const text = chip.querySelector('text') as SVGTextElement;
      const what = `chip "${text.textContent}" on ${edge}`;
      add(chip.querySelector('rect')!, what, what);
      texts.push({ what, text: text.textContent ?? '', px: px(text), state: false });
    }
    for (const token of svg.querySelectorAll('[data-token]:not([display=none])')) {
      const name = token.getAttribute('data-token') ?? '';
      add(token.querySelector('rect')!, `token ${name}`, `token ${name}`);
      for (const text of token.querySelectorAll<SVGTextElement>('text')) {
        if (!text.textContent || getComputedStyle(text).opacity === '0' || text.getAttribute('opacity') === '0')
          continue;
        add(text, `text "${text.textContent}" of token ${name}`, `token ${name}`);
        texts.push({ what: `token ${name}`, text: text.textContent, px: px(text), state: false });
      }
    }
    for (const more of svg.querySelectorAll('[data-more]')) {
      const what = `"+N" of ${more.getAttribute('data-more')}`;
      add(more, what, what);
      const text = more.querySelector('text') as SVGTextElement;
      texts.push({ what, text: text.textContent ?? '', px: px(text), state: false });
    }
    return { boxes, texts };
  });
}

/** Every two boxes of different owners that overlap by more than half a pixel, named. */
function collisions(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.owner === b.owner) continue;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const hh = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && hh > 0.5) out.push(`${a.what} overlaps ${b.what} (${w.toFixed(1)}×${hh.toFixed(1)} px)`);
    }
  return out;
}

/** Containers in five states: two running, one each created, paused and exited. */
const FIVE = script([
  'docker create --name box busybox',
  'docker run -d --name web nginx',
  'docker run -d --name api nginx',
  'docker run -d --name db nginx',
  'docker pause db',
  'docker run -d --name job busybox true',
]);

async function openAt(width: number, height: number, query: string): Promise<Page> {
  const page = await h.open(query);
  await page.setViewportSize({ width, height });
  // The diagram re-lays itself out for the new width (wide or tall) and its tokens settle.
  await page.waitForTimeout(300);
  await expect.poll(() => page.locator('[data-token][data-moving]').count()).toBe(0);
  return page;
}

const SIZES = [
  { width: 1440, height: 900, name: 'desktop' },
  { width: 1024, height: 768, name: 'projector' },
  { width: 700, height: 500, name: 'column' },
] as const;

describe('nothing in the diagram overlaps', () => {
  for (const size of SIZES)
    for (const lang of ['en', 'ko'] as const)
      it(`at ${size.width} px in ${lang}, at both levels`, async () => {
        const page = await openAt(size.width, size.height, `${FIVE}&lang=${lang}`);
        for (const level of ['lifecycle', 'all'] as const) {
          if (level === 'all')
            await page.getByRole('button', { name: lang === 'en' ? 'All of Docker' : '도커 전체' }).click();
          await expect.poll(() => page.getByTestId('lifecycle-diagram').getAttribute('data-level')).toBe(level);
          await expect.poll(() => page.locator('[data-token][data-moving]').count()).toBe(0);
          const { boxes } = await measure(page);
          // The measurement saw what it should: 6 or 8 nodes, their chips and the five tokens.
          expect(boxes.filter((b) => b.what.startsWith('node ')).length).toBe(level === 'all' ? 8 : 6);
          expect(boxes.filter((b) => b.what.startsWith('token ')).length).toBe(5);
          expect(boxes.filter((b) => b.what.startsWith('chip ')).length).toBeGreaterThan(12);
          expect(collisions(boxes), `${size.width} px, ${lang}, ${level}`).toEqual([]);
        }
      });

  it('the check itself names the two boxes when a chip is moved onto a node', async () => {
    const page = await openAt(1440, 900, FIVE);
    await page.evaluate(() => {
      const chip = document.querySelector('[data-edge-id="running->paused"] g[data-chip]')!;
      const rect = chip.querySelector('rect')!;
      const node = document.querySelector('g[data-state=exited] path')!.getBoundingClientRect();
      const svg = chip.closest('svg')!;
      const at = new DOMPoint(node.x + node.width / 2, node.y + node.height / 2).matrixTransform(
        svg.getScreenCTM()!.inverse(),
      );
      const copy = chip.cloneNode(true) as SVGGElement;
      copy.setAttribute(
        'transform',
        `translate(${at.x - Number(rect.getAttribute('x'))},${at.y - Number(rect.getAttribute('y'))})`,
      );
      chip.parentElement!.append(copy);
    });
    const found = collisions((await measure(page)).boxes);
    expect(found.filter((c) => c.includes('node exited'))).toEqual([
      expect.stringMatching(/chip "pause" on running->paused overlaps node exited|node exited .*chip "pause"/),
    ]);
  });
});

describe('the diagram is legible as rendered', () => {
  const cases = [
    { width: 1024, height: 768, state: 18, other: 14, where: 'on a 1024×768 projector' },
    { width: 700, height: 500, state: 12, other: 12, where: 'in a 700 px column' },
  ];
  for (const c of cases)
    for (const lang of ['en', 'ko'] as const)
      it(`${c.where} in ${lang}: states ≥ ${c.state} px, every other text ≥ ${c.other} px`, async () => {
        const page = await openAt(c.width, c.height, `${FIVE}&lang=${lang}`);
        for (const level of ['lifecycle', 'all'] as const) {
          if (level === 'all')
            await page.getByRole('button', { name: lang === 'en' ? 'All of Docker' : '도커 전체' }).click();
          await expect.poll(() => page.getByTestId('lifecycle-diagram').getAttribute('data-level')).toBe(level);
          const { texts } = await measure(page);
          expect(texts.length).toBeGreaterThan(20);
          const small = texts
            .filter((t) => t.px < (t.state ? c.state : c.other) - 0.05)
            .map((t) => `${t.what} "${t.text}" at ${t.px.toFixed(1)} px`);
          expect(small, `${lang} ${level}`).toEqual([]);
        }
      });
});

describe("each state's name fits its node", () => {
  // The overlap check above compares different owners; this one looks inside a node, where the
  // longest name (restarting) meets the mark before it and the rounded end after it.
  for (const [width, height] of [
    [1440, 900],
    [1024, 768],
    [700, 500],
    [390, 844],
  ] as const)
    it(`at ${width} px, at both levels: inside its outline and clear of its mark`, async () => {
      const page = await openAt(width, height, FIVE);
      for (const level of ['lifecycle', 'all'] as const) {
        if (level === 'all') await page.getByRole('button', { name: 'All of Docker' }).click();
        await expect.poll(() => page.getByTestId('lifecycle-diagram').getAttribute('data-level')).toBe(level);
        const problems = await page.getByTestId('lifecycle-diagram').evaluate((figure) => {
          const out: string[] = [];
          for (const node of figure.querySelectorAll('svg g[data-state]')) {
            const outline = [...node.querySelectorAll('path')].at(-1)!.getBoundingClientRect();
            const mark = node.querySelector('text[aria-hidden=true]')!.getBoundingClientRect();
            const name = node.querySelector('text[data-role=state-name]')!;
            const r = name.getBoundingClientRect();
            // A rounded end takes a few pixels at the height of the letters.
            const inset = Math.max(2, outline.height * 0.06);
            if (r.left < mark.right + 1)
              out.push(`${name.textContent} reaches its mark (${r.left.toFixed(1)} < ${mark.right.toFixed(1)})`);
            if (r.right > outline.right - inset)
              out.push(
                `${name.textContent} reaches its node's end (${r.right.toFixed(1)} > ${(outline.right - inset).toFixed(1)})`,
              );
          }
          return out;
        });
        expect(problems, `${width} px, ${level}`).toEqual([]);
      }
    });
});

describe('the page around the diagram', () => {
  for (const lang of ['en', 'ko'] as const)
    it(`at 1024×768 in ${lang}, the diagram and all eight action buttons are on screen together`, async () => {
      const page = await openAt(1024, 768, `${script(['docker run -d --name web nginx'])}&lang=${lang}`);
      const inView = async (selector: ReturnType<Page['locator']>) => {
        const b = await selector.boundingBox();
        return b !== null && b.y >= 0 && b.y + b.height <= 768 && b.x >= 0 && b.x + b.width <= 1024;
      };
      expect(await inView(page.getByTestId('lifecycle-diagram').locator('svg'))).toBe(true);
      for (const verb of ['create', 'start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm'])
        expect(await inView(action(page, verb)), verb).toBe(true);
      // A click does not scroll the page away from the move.
      await action(page, 'pause').click();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await screenshot(page, `projector-1024x768-${lang}`);
    });

  it('on a phone, the diagram is readable and the actions stay reachable without losing it', async () => {
    const page = await openAt(390, 844, script(['docker run -d --name web nginx']));
    expect(await page.getByTestId('lifecycle-diagram').getAttribute('data-orientation')).toBe('tall');
    const { texts } = await measure(page);
    const smallest = Math.min(...texts.map((t) => t.px));
    expect(smallest).toBeGreaterThanOrEqual(9);
    // The action bar stays at the bottom of the screen while the diagram is in view.
    await page.getByTestId('lifecycle-diagram').scrollIntoViewIfNeeded();
    const bar = await action(page, 'stop').boundingBox();
    expect(bar).not.toBeNull();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(844);
    const svg = await page.getByTestId('lifecycle-diagram').locator('svg').boundingBox();
    expect(svg!.y).toBeLessThan(bar!.y);
    await screenshot(page, 'phone-390');
  });

  it.each([
    [390, ''],
    [320, 'embed.html'],
  ])('at %i px (%s), no verb breaks mid-word and a long command never widens the page', async (width, file) => {
    const context = await h.browser().newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    h.watch(page);
    await page.goto(h.url(`${file}?speed=instant`));
    await page.locator('[data-token=web]').waitFor();
    const input = page.getByTestId('terminal-input');
    if (await input.count()) {
      await input.fill('docker run -d --name a-rather-long-container-name-for-the-history busybox sleep 3000');
      await input.press('Enter');
      await page.locator('[data-token="a-rather-long-container-name-for-the-history"]').waitFor();
    }
    const found = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      // A verb on two lines has two line boxes; one cut short is wider than its box.
      broken: [...document.querySelectorAll('[data-verdict] button > span:first-child')]
        .filter((e) => e.getClientRects().length > 1 || e.scrollWidth > e.clientWidth + 0.5)
        .map((e) => e.textContent),
      verbs: document.querySelectorAll('[data-verdict] button').length,
    }));
    expect(found.verbs).toBe(8);
    expect(found.broken).toEqual([]);
    expect(found.width).toBe(width);
    await context.close();
  });

  it('the create options: ticking --rm puts it in the command create runs, its box beside the flag', async () => {
    const page = await openAt(1280, 900, script([]));
    const box = page.getByRole('checkbox', { name: '--rm' });
    await box.check();
    // The box is its own size, right beside its flag (it once took a text field's 5rem).
    const gap = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, gap: el.nextElementSibling!.getBoundingClientRect().left - r.right };
    });
    expect(gap.width).toBeLessThan(24);
    expect(gap.gap).toBeLessThan(8);
    await action(page, 'create').click();
    await expect
      .poll(() => page.getByTestId('terminal-output').locator('[data-seq]').last().innerText())
      .toMatch(/^\$ docker create --rm busybox sleep 300/);
  });

  it('a card keeps its height whatever its verdict says, and quotes the name as typed', async () => {
    const page = await openAt(1024, 768, script(['docker run -d --name web nginx']));
    const heights = () =>
      page
        .locator('[data-verdict]')
        .evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().height)));
    const before = await heights();
    expect(new Set(before).size).toBe(1);
    await action(page, 'unpause').click();
    const card = page.locator('[data-verdict]').filter({ has: page.locator('[data-last]') });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('web');
    expect(await card.textContent()).not.toMatch(/[0-9a-f]{64}/);
    expect(await heights()).toEqual(before);
  });

  it('the button just used says what happened, not that Docker now refuses it', async () => {
    const page = await openAt(1440, 900, script(['docker create --name web nginx']));
    await action(page, 'start').click();
    const card = page.locator('[data-last]');
    await expect.poll(() => card.count()).toBe(1);
    // What happened first, then what the same click would do now.
    await expect.poll(() => card.textContent()).toBe('✓ done: web is running. Again: no change.');
    expect(await card.getAttribute('data-kind')).toBe('done');
  });

  it('emphasises the moves Docker would accept for the selected container, and recedes the rest', async () => {
    const page = await openAt(1440, 900, script(['docker run -d --name web nginx']));
    const next = () =>
      page
        .locator('[data-edge-id][data-emphasis=next]')
        .evaluateAll((es) => es.map((e) => e.getAttribute('data-edge-id')));
    // Running: pause, stop/kill (to exited), restart, rm -f; not unpause, not start.
    await expect.poll(next).toEqual(expect.arrayContaining(['running->paused', 'running->exited']));
    expect(await next()).not.toContain('paused->running');
    expect(await next()).not.toContain('created->running');
    expect(await page.locator('[data-edge-id][data-emphasis=other]').count()).toBeGreaterThan(3);
    await action(page, 'pause').click();
    await expect.poll(next).toContain('paused->running');
    expect(await next()).not.toContain('running->paused');
  });

  it('past eight containers in one state, a "+N" chip lists the rest on focus', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `c${i + 1}`);
    const page = await openAt(1440, 900, script(names.map((n) => `docker create --name ${n} busybox`)));
    const tokens = page.locator('[data-token-state=created]:not([display=none])');
    const more = page.locator('[data-more=created]');
    await expect.poll(() => more.count()).toBe(1);
    const shown = await tokens.count();
    expect(shown).toBeLessThanOrEqual(8);
    expect(await more.textContent()).toContain(`+${11 - shown}`);
    await more.focus();
    const label = (await more.getAttribute('aria-label')) ?? '';
    for (const n of names.slice(shown)) expect(label).toContain(n);
    const { boxes } = await measure(page);
    expect(collisions(boxes)).toEqual([]);
  });

  it('at 0.25× a --rm container’s kill and removal take four times as long as at 1×', async () => {
    const vanish = async (speed: string) => {
      const page = await h.open(script(['docker run -d --rm --name tmp busybox sleep 1000'], `speed=${speed}`));
      await expect.poll(() => page.locator('[data-token=tmp][data-moving]').count()).toBe(0);
      const t0 = Date.now();
      await action(page, 'kill').click();
      await page.locator('[data-token=tmp]').waitFor({ state: 'detached', timeout: 20_000 });
      return Date.now() - t0;
    };
    const normal = await vanish('1');
    const slow = await vanish('0.25');
    expect(slow / normal).toBeGreaterThan(3);
    expect(slow / normal).toBeLessThan(5);
  }, 40_000);

  it('dark theme has no light frame around the page', async () => {
    const page = await openAt(1440, 900, `${script(['docker run -d --name web nginx'])}&theme=dark`);
    const colors = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    for (const c of colors) {
      const [r, g, b] = (c.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      expect(r! + g! + b!, c).toBeLessThan(150);
    }
  });

  it('downloads the picture as it is now, as a standalone SVG', async () => {
    const page = await openAt(1440, 900, script(['docker run -d --name web nginx']));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const svg = readFileSync(path, 'utf8');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('data-token="web"');
    expect(svg).not.toMatch(/<script|@import|url\(http/);
  });
});

describe('screenshots for the record', () => {
  for (const size of SIZES)
    for (const lang of ['en', 'ko'] as const)
      for (const theme of ['light', 'dark'] as const)
        it(`${size.width}×${size.height} ${lang} ${theme}`, async () => {
          const page = await openAt(size.width, size.height, `${FIVE}&lang=${lang}&theme=${theme}`);
          await page.screenshot({
            path: `test-results/screenshots/diagram-${size.width}x${size.height}-${lang}-${theme}.png`,
          });
          expect(await page.locator('[data-token]').count()).toBe(5);
        });
});
