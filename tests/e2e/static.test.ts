/**
 * Static hosting (issue 13): the build works from a deep sub-path, and the first view is in the
 * HTML itself, which the app takes over without a flash or a layout shift.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser } from './support/page';
import { SUB_PATH } from './support/server';

const h = useBrowser();

/** Collects layout shifts from the start of the page's life (before any of its scripts run). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Array<{ value: number; sources: string[] }> };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<{
        value: number;
        sources?: Array<{ node?: Node }>;
      }>)
        w.__shifts.push({
          value: e.value,
          sources: (e.sources ?? []).map((s) =>
            s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
          ),
        });
    }).observe({ type: 'layout-shift', buffered: true });
    // The diagram as the HTML brought it, to see whether the app kept it (hydration) or replaced it.
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __firstDiagram: Element | null }).__firstDiagram = document.querySelector(
        '[data-testid=lifecycle-diagram]',
      );
    });
  });
}

async function shifts(page: Page): Promise<Array<{ value: number; sources: string[] }>> {
  return page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);
}

describe('the build served from a sub-path', () => {
  it(`loads and runs under ${SUB_PATH}, every file it asks for is there, under that path`, async () => {
    const context = await h.browser().newContext();
    const page = await context.newPage();
    h.watch(page);
    const asked: Array<{ url: string; status: number }> = [];
    page.on('response', (r) => asked.push({ url: r.url(), status: r.status() }));
    await page.goto(h.url('?speed=instant'));
    await page.locator('[data-token=web]').waitFor();
    await page.getByRole('button', { name: /^pause\b/ }).click();
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    expect(asked.length).toBeGreaterThan(3);
    for (const a of asked) {
      expect(new URL(a.url).pathname.startsWith(SUB_PATH), a.url).toBe(true);
      expect(a.status, a.url).toBe(200);
    }
    await context.close();
  });
});

describe('the first view, pre-rendered', () => {
  it('is in the HTML: the diagram with its states and the lifecycle buttons, with no JavaScript at all', async () => {
    const html = await (await fetch(h.url())).text();
    expect(html).toContain('data-testid="lifecycle-diagram"');
    for (const state of ['created', 'running', 'paused', 'restarting', 'exited', 'removed'])
      expect(html).toContain(`data-state="${state}"`);
    const context = await h.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(h.url());
    const diagram = page.locator('[data-testid=lifecycle-diagram] svg:visible');
    await expect.poll(() => diagram.count()).toBe(1);
    const box = await diagram.boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(box?.height).toBeGreaterThan(250);
    await expect.poll(() => page.getByRole('button', { name: /^stop\b/ }).isVisible()).toBe(true);
    await screenshot(page, 'prerendered-no-js');
    await context.close();
  });

  it.each([
    [1280, 'wide'],
    [420, 'tall'],
  ])(
    'at %i px, is taken over by the app in place: same elements, no layout shift, the %s layout',
    async (width, layout) => {
      const context = await h.browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      h.watch(page);
      await watchLayoutShifts(page);
      await page.goto(h.url());
      // Live: the engine booted, the default script's container is drawn and answers a click.
      await page.locator('[data-token=web]').waitFor();
      await page
        .getByRole('button', { name: /^pause\b/ })
        .and(page.locator(':enabled'))
        .waitFor();
      // Taken over with nothing moved (what a click moves afterwards is the learner's doing).
      const before = await shifts(page);
      await page.getByRole('button', { name: /^pause\b/ }).click();
      await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
      const kept = await page.evaluate(() => {
        const first = (window as unknown as { __firstDiagram: Element | null }).__firstDiagram;
        return first !== null && first === document.querySelector('[data-testid=lifecycle-diagram]');
      });
      expect(kept, 'the pre-rendered diagram element is the live one (hydrated, not replaced)').toBe(true);
      expect(await page.getByTestId('lifecycle-diagram').getAttribute('data-orientation')).toBe(layout);
      expect(before).toEqual([]);
      await screenshot(page, `prerendered-taken-over-${width}`);
      await context.close();
    },
  );

  it("is painted before the app is fetched: the app's script is requested after the first contentful paint", async () => {
    const context = await h.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    h.watch(page);
    await page.goto(h.url());
    await page.locator('[data-token=web]').waitFor();
    const { fcp, app } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const script = performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/index-[^/]*\.js$/.test(e.name))
        .map((e) => e.startTime);
      return { fcp: paint?.startTime ?? NaN, app: script };
    });
    expect(app.length, "the app's entry script was loaded").toBe(1);
    expect(fcp).toBeGreaterThan(0);
    // Fetched, compiled and run after the first view is on screen, not in competition with it.
    expect(app[0]).toBeGreaterThanOrEqual(fcp);
    await context.close();
  });

  it('draws its text in few faces and sizes: each costs the first paint a font lookup and its glyphs', async () => {
    const context = await h.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(h.url());
    const strikes = await page.evaluate(() => {
      const seen = new Map<string, string>();
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.getClientRects().length === 0) continue;
        const cs = getComputedStyle(el);
        // Text in the diagram is drawn at its font size times the picture's scale.
        const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        const px = (parseFloat(cs.fontSize) * scale).toFixed(1);
        const key = `${cs.fontFamily.split(',')[0]} ${px}px ${cs.fontWeight} ${cs.fontStyle}`;
        if (!seen.has(key)) seen.set(key, n.textContent.trim().slice(0, 30));
      }
      return [...seen].map(([k, v]) => `${k}: ${v}`);
    });
    // 32 before the type scale (0.8, 0.85, 1 and 1.25rem); the first paint came about 15 % sooner.
    expect(strikes.length, strikes.join('\n')).toBeLessThanOrEqual(16);
    await context.close();
  });

  it('is not shown in the wrong language or colours: a Korean dark page waits for the app', async () => {
    const context = await h.browser().newContext({ colorScheme: 'dark', locale: 'ko-KR' });
    const page = await context.newPage();
    h.watch(page);
    await page.goto(h.url('?lang=ko'));
    await page.locator('[data-token=web]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('도커 컨테이너 생명주기');
    expect(await page.locator('[data-simulator]').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('html').getAttribute('data-wait')).toBeNull();
    await context.close();
  });
});
