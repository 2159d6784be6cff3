/**
 * embed.html on its own (issue 13, "The embed"): its parameters, its sizes from 320 to 1400 px,
 * the play, and the notice for what it did not understand. Hosting it in a docs page is
 * host.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { action, screenshot, useBrowser } from './support/page';

const h = useBrowser();

interface Options {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  locale?: string;
}

async function openEmbed(query: string, options: Options = {}): Promise<Page> {
  const context = await h.browser().newContext({
    viewport: { width: options.width ?? 700, height: options.height ?? 500 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  h.watch(page);
  await page.goto(h.url(`embed.html${query}`));
  await page.getByTestId('lifecycle-diagram').waitFor();
  return page;
}

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const token = (page: Page, name: string) => page.locator(`[data-token=${name}]`).getAttribute('data-token-state');
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('embed.html, sized to its frame', () => {
  it.each([320, 700, 1400])(
    'at %i px wide shows the diagram, the buttons and the terminal with no horizontal overflow and no page title',
    async (width) => {
      const page = await openEmbed(q({ speed: 'instant' }), { width, height: 900 });
      await page.locator('[data-token=web]').waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      expect(await page.locator('[data-simulator] h1').count()).toBe(0);
      const diagram = await page.getByTestId('lifecycle-diagram').boundingBox();
      expect(diagram?.width).toBeGreaterThan(width * 0.8);
      expect(await page.getByTestId('terminal-input').isVisible()).toBe(true);
      await action(page, 'pause').click();
      await expect.poll(() => token(page, 'web')).toBe('paused');
      await screenshot(page, `embed-${width}`);
    },
  );

  it('in a 700×500 frame the diagram starts within the first 100 px: no title and toolbar eating the frame', async () => {
    const page = await openEmbed('');
    const box = await page.getByTestId('lifecycle-diagram').boundingBox();
    expect(box?.y).toBeLessThan(100);
  });
});

describe('embed.html parameters', () => {
  it('panels shows those panels, in that order, and no other', async () => {
    const page = await openEmbed(q({ panels: 'ps,diagram,events', speed: 'instant' }));
    await page.locator('[data-container=web]').waitFor();
    const order = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')));
    expect(order).toEqual(['ps', 'diagram', 'events']);
    expect(await page.getByTestId('terminal-input').count()).toBe(0);
    expect(await action(page, 'pause').count()).toBe(0);
  });

  it('script runs its lines before the first paint: a bad line is named, the rest ran', async () => {
    const page = await openEmbed(
      q({ script: 'docker run -d --name one nginx;;docker frobnicate;;docker create --name two redis' }),
    );
    await page.locator('[data-token=two]').waitFor();
    expect(await token(page, 'one')).toBe('running');
    expect(await token(page, 'two')).toBe('created');
    await expect.poll(() => page.getByTestId('script-problems').textContent()).toContain('line 2:');
  });

  it('controls=0 is a picture that only plays: no control of any kind, only the tokens to read', async () => {
    const page = await openEmbed(q({ controls: '0', script: 'docker run -d --name web nginx' }));
    await page.locator('[data-token=web]').waitFor();
    // A token can still be focused and read out (it selects, which changes nothing in the model).
    expect(await page.locator('button').count()).toBe(0);
    expect(await page.locator('input, select, textarea').count()).toBe(0);
  });

  it('play runs its lines one at a time, with pauses, and can be held', async () => {
    const page = await openEmbed(
      q({ play: 'docker run -d --name web nginx;;docker pause web;;docker stop web', speed: '4' }),
    );
    const status = page.locator('[data-play-line]');
    await expect.poll(() => status.getAttribute('data-play-line'), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => token(page, 'web'), { timeout: 15_000 }).toBe('running');
    await expect.poll(() => token(page, 'web'), { timeout: 15_000 }).toBe('paused');
    await page.getByRole('button', { name: 'Hold the demo' }).click();
    const held = await status.getAttribute('data-play-line');
    await page.waitForTimeout(2500);
    expect(await status.getAttribute('data-play-line')).toBe(held);
    await page.getByRole('button', { name: 'Next line' }).click();
    await expect.poll(() => token(page, 'web'), { timeout: 15_000 }).toBe('exited');
  });

  it('lang=ko is in Korean; without lang it follows the browser', async () => {
    const ko = await openEmbed(q({ lang: 'ko' }));
    await expect.poll(() => ko.getByTestId('terminal-input').getAttribute('aria-label')).toMatch(/[가-힣]/);
    expect(await ko.locator('html').getAttribute('lang')).toBe('ko');
    const browser = await openEmbed('', { locale: 'ko-KR' });
    await expect.poll(() => browser.locator('html').getAttribute('lang')).toBe('ko');
  });

  it('theme=auto follows the reader’s colour scheme; light and dark are fixed', async () => {
    const theme = (page: Page) => page.locator('[data-simulator]').getAttribute('data-theme');
    expect(await theme(await openEmbed(q({ theme: 'auto' }), { colorScheme: 'dark' }))).toBe('dark');
    expect(await theme(await openEmbed(q({ theme: 'auto' }), { colorScheme: 'light' }))).toBe('light');
    expect(await theme(await openEmbed(q({ theme: 'light' }), { colorScheme: 'dark' }))).toBe('light');
    expect(await theme(await openEmbed(q({ theme: 'dark' }), { colorScheme: 'light' }))).toBe('dark');
  });

  it('level=all draws every state; select follows the named container', async () => {
    const page = await openEmbed(
      q({
        level: 'all',
        select: 'one',
        script: 'docker run -d --name one nginx;;docker create --name two redis',
        speed: 'instant',
      }),
    );
    await page.locator('[data-token=two]').waitFor();
    expect(await page.locator('[data-state=dead]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[aria-current=true]').getAttribute('data-state')).toBe('running');
  });

  it('lists unknown and malformed parameters in a small notice, ignores them, and still draws', async () => {
    const page = await openEmbed(q({ theme: 'purple', speed: 'fast', panels: 'diagram,nope', colour: 'red' }));
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('theme=purple');
    const text = (await notice.textContent()) ?? '';
    for (const bit of ['speed=fast', 'panels=nope', 'colour']) expect(text).toContain(bit);
    expect(await page.locator('[data-panel=diagram]').count()).toBe(1);
    await screenshot(page, 'embed-bad-params');
  });

  it('never renders anything from the address as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const page = await openEmbed(
      q({ select: evil, script: `docker run -d --name web nginx;;echo ${evil}`, zap: evil }),
    );
    await page.locator('[data-token=web]').waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'select=' });
    await expect.poll(() => notice.textContent()).toContain('select=<img');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('embed.html history (contract §5)', () => {
  it('has undo, redo and reset under the panels; reset starts again from the script', async () => {
    const page = await openEmbed(q({ speed: 'instant', script: 'docker run -d --name web nginx' }), { height: 900 });
    await page.locator('[data-token=web]').waitFor();
    await page.getByTestId('reset').and(page.locator(':enabled')).waitFor();
    await action(page, 'pause').click();
    await expect.poll(() => token(page, 'web')).toBe('paused');
    await page.getByTestId('undo').click();
    await expect.poll(() => token(page, 'web')).toBe('running');
    await page.getByTestId('redo').click();
    await expect.poll(() => token(page, 'web')).toBe('paused');
    await page.getByTestId('reset').click();
    await expect.poll(() => token(page, 'web')).toBe('running');
    // The diagram still opens the frame: the history is below the panels.
    const diagram = await page.getByTestId('lifecycle-diagram').boundingBox();
    const undo = await page.getByTestId('undo').boundingBox();
    expect(undo!.y).toBeGreaterThan(diagram!.y + diagram!.height);
  });
});
