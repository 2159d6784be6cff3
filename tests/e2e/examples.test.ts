/**
 * examples.html (issue 13, "Docs"): every way to embed, live in the build, from its sub-path: the
 * iframe grows to its content, the web component and the React component run, and the static SVG
 * and the Mermaid text are there.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './support/page';

const h = useBrowser();

describe('the examples page', () => {
  it('shows each way to embed, each live, with no console error', async () => {
    const context = await h.browser().newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    h.watch(page);
    await page.goto(h.url('examples.html'));

    const frame = page.frameLocator('#iframe iframe');
    await frame.locator('[data-token=web]').waitFor();
    const iframe = page.locator('#iframe iframe');
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(500);

    const element = page.locator('#element container-lifecycle');
    await element.locator('[data-token=db]').waitFor();
    await element.getByRole('button', { name: /^pause\b/ }).click();
    await expect.poll(() => element.locator('[data-token=db]').getAttribute('data-token-state')).toBe('paused');

    const react = page.locator('#react');
    await react.locator('[data-token=api]').waitFor();
    await react.getByTestId('terminal-input').fill('docker stop api');
    await react.getByTestId('terminal-input').press('Enter');
    await expect
      .poll(() => react.locator('[data-token=api]').getAttribute('data-token-state'), { timeout: 20_000 })
      .toBe('exited');

    const img = page.locator('#static img');
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('#mermaid').textContent()).toMatch(/^stateDiagram-v2/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1000);
    await screenshot(page, 'examples');
    await context.close();
  });
});
