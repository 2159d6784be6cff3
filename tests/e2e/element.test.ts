/**
 * <container-lifecycle> in a plain page (issue 13, "The web component"): attributes that change
 * live, a removal that leaves nothing running, the classic-script build, and the contract's hooks
 * inside the shadow root.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './support/page';
import { SUB_PATH } from './support/server';

const h = useBrowser();

function plainPage(body: string, build: 'module' | 'classic' = 'module'): string {
  const sim = SUB_PATH;
  const tag =
    build === 'module'
      ? `<script type="module" src="${sim}container-lifecycle.js"></script>`
      : `<script src="${sim}container-lifecycle.iife.js"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>plain</title>${tag}</head><body>${body}</body></html>`;
}

async function openPlain(path: string, html: string): Promise<Page> {
  h.server().page(path, html);
  const context = await h.browser().newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  h.watch(page);
  await page.goto(`${h.server().origin}${path}`);
  return page;
}

const state = (el: Locator, name: string) => el.locator(`[data-token=${name}]`).getAttribute('data-token-state');

describe('<container-lifecycle>', () => {
  it('renders into an open shadow root with the page hooks inside, and dispatches docker-event and move', async () => {
    const page = await openPlain(
      '/plain.html',
      plainPage(
        `<container-lifecycle id="sim" script="docker run -d --name web nginx" speed="instant"></container-lifecycle>
         <script>window.seen=[];document.addEventListener('move',function(e){window.seen.push(e.detail.name+':'+e.detail.to)});</script>`,
      ),
    );
    const el = page.locator('#sim');
    await el.locator('[data-token=web]').waitFor();
    expect(await el.evaluate((e) => e.shadowRoot?.mode)).toBe('open');
    await el.getByRole('button', { name: /^pause\b/ }).click();
    await expect.poll(() => state(el, 'web')).toBe('paused');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen))
      .toEqual(['web:created', 'web:running', 'web:paused']);
    await el.getByTestId('terminal-input').fill('docker unpause web');
    await el.getByTestId('terminal-input').press('Enter');
    await expect.poll(() => state(el, 'web')).toBe('running');
    await screenshot(page, 'element-plain');
  });

  it('takes attribute changes live: language, theme, panels and a new script', async () => {
    const page = await openPlain(
      '/live.html',
      plainPage(
        `<container-lifecycle id="sim" script="docker run -d --name web nginx" lang="en" theme="light"></container-lifecycle>`,
      ),
    );
    const el = page.locator('#sim');
    await el.locator('[data-token=web]').waitFor();
    await el.evaluate((e) => e.setAttribute('theme', 'dark'));
    await expect.poll(() => el.locator('[data-simulator]').getAttribute('data-theme')).toBe('dark');
    await el.evaluate((e) => e.setAttribute('lang', 'ko'));
    await expect.poll(() => el.getByTestId('terminal-input').getAttribute('aria-label')).toMatch(/[가-힣]/);
    await el.evaluate((e) => e.setAttribute('panels', 'diagram,ps'));
    await expect.poll(() => el.getByTestId('terminal-input').count()).toBe(0);
    await el.locator('[data-container=web]').waitFor();
    await el.evaluate((e) => e.setAttribute('script', 'docker create --name db redis'));
    await el.locator('[data-token=db]').waitFor();
    expect(await el.locator('[data-token=web]').count()).toBe(0);
  });

  it('removed from the page, leaves no timer, frame callback or listener running', async () => {
    const page = await openPlain(
      '/remove.html',
      plainPage(
        `<script>
          // Counts what is live: timers, animation frames and listeners added on window or document.
          window.live = { timers: new Set(), frames: new Set(), listeners: 0 };
          var st = window.setTimeout, ct = window.clearTimeout, si = window.setInterval, ci = window.clearInterval;
          window.setTimeout = function (f, ms) { var id = st.call(window, function () { window.live.timers.delete(id); typeof f === 'function' && f(); }, ms); window.live.timers.add(id); return id; };
          window.clearTimeout = function (id) { window.live.timers.delete(id); return ct.call(window, id); };
          window.setInterval = function (f, ms) { var id = si.call(window, f, ms); window.live.timers.add(id); return id; };
          window.clearInterval = function (id) { window.live.timers.delete(id); return ci.call(window, id); };
          var raf = window.requestAnimationFrame, caf = window.cancelAnimationFrame;
          window.requestAnimationFrame = function (f) { var id = raf.call(window, function (t) { window.live.frames.delete(id); f(t); }); window.live.frames.add(id); return id; };
          window.cancelAnimationFrame = function (id) { window.live.frames.delete(id); return caf.call(window, id); };
          [window, document].forEach(function (target) {
            var add = target.addEventListener, remove = target.removeEventListener;
            target.addEventListener = function () { window.live.listeners++; return add.apply(this, arguments); };
            target.removeEventListener = function () { window.live.listeners--; return remove.apply(this, arguments); };
          });
        </script>`,
      ),
    );
    const el = page.locator('#sim');
    await page.waitForFunction(() => customElements.get('container-lifecycle') !== undefined);
    const counts = () =>
      page.evaluate(() => {
        const live = (window as unknown as { live: { timers: Set<number>; frames: Set<number>; listeners: number } })
          .live;
        return { timers: live.timers.size, frames: live.frames.size, listeners: live.listeners };
      });
    const mountAndRemove = async () => {
      await page.evaluate(() => {
        const el = document.createElement('container-lifecycle');
        el.id = 'sim';
        el.setAttribute('play', 'docker run -d --name web nginx;;docker stop web');
        el.setAttribute('speed', '4');
        document.body.append(el);
      });
      await el.locator('[data-token=web]').waitFor({ timeout: 15_000 });
      expect((await counts()).timers + (await counts()).frames).toBeGreaterThan(0);
      await el.evaluate((e) => e.remove());
    };
    // The first one may leave what React sets up once per document; a second must leave nothing more.
    await mountAndRemove();
    await expect.poll(async () => (await counts()).timers + (await counts()).frames).toBe(0);
    const before = await counts();
    await mountAndRemove();
    await expect.poll(counts).toEqual(before);
  });

  it('works as a classic script too (container-lifecycle.iife.js)', async () => {
    const page = await openPlain(
      '/classic.html',
      plainPage(
        `<container-lifecycle id="sim" script="docker run -d --name web nginx" speed="instant"></container-lifecycle>`,
        'classic',
      ),
    );
    const el = page.locator('#sim');
    await el.locator('[data-token=web]').waitFor();
    await el.getByRole('button', { name: /^stop\b/ }).click();
    await expect.poll(() => state(el, 'web')).toBe('exited');
  });
});
