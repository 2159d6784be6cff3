/**
 * A real docs site (issue 13): a small VitePress site, built in a temporary folder with the
 * simulator's build copied into its public folder (served under the site's own sub-path), with
 * one page that uses the web component and one that frames the embed with the auto-height
 * snippet of docs/embedding.md. Its build is served and both pages are checked in Chromium.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_HEIGHT_SCRIPT } from '../e2e/support/host';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import { errorsOf, launch, npmInstall, run, tempFolder } from './support';

/** VitePress's version, as docs/embedding.md's recipe was tried with. */
const VITEPRESS = '1.6.4';
const BASE = '/handbook/';

const tmp = tempFolder('sim-vitepress-');
const site = join(tmp.dir, 'site');
let server: StaticServer;
let browser: Browser;

const CONFIG = `export default {
  title: 'A docs site',
  base: '${BASE}',
  head: [
    ['link', { rel: 'icon', href: 'data:,' }],
    ['script', { type: 'module', src: '${BASE}sim/container-lifecycle.js' }],
    ['script', {}, ${JSON.stringify(AUTO_HEIGHT_SCRIPT)}],
  ],
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'container-lifecycle' } } },
};
`;

beforeAll(async () => {
  mkdirSync(join(site, 'docs', '.vitepress'), { recursive: true });
  writeFileSync(
    join(site, 'package.json'),
    JSON.stringify({ name: 'docs-site', private: true, type: 'module', version: '0.0.0' }, null, 2),
  );
  writeFileSync(join(site, 'docs', '.vitepress', 'config.mjs'), CONFIG);
  writeFileSync(
    join(site, 'docs', 'index.md'),
    '# A docs site\n\n- [The web component](./component)\n- [The iframe](./frame)\n',
  );
  writeFileSync(
    join(site, 'docs', 'component.md'),
    `# The container lifecycle\n\nA paragraph before it.\n\n<container-lifecycle script="docker run -d --name web nginx" panels="diagram,controls" lang="en" theme="light"></container-lifecycle>\n\nA paragraph after it.\n`,
  );
  writeFileSync(
    join(site, 'docs', 'frame.md'),
    `# In a frame\n\n<iframe data-container-lifecycle src="${BASE}sim/embed.html?script=docker%20run%20-d%20--name%20web%20nginx&amp;lang=en&amp;theme=light" title="Docker container lifecycle simulator" style="width:100%;border:0;height:300px" loading="lazy"></iframe>\n`,
  );
  cpSync(resolve('dist'), join(site, 'docs', 'public', 'sim'), { recursive: true });
  npmInstall(site, [`vitepress@${VITEPRESS}`]);
  run(join(site, 'node_modules', '.bin', 'vitepress'), ['build', 'docs'], site);
  server = await serveStatic({ [BASE]: join(site, 'docs', '.vitepress', 'dist') });
  browser = await launch();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  tmp.remove();
});

describe('a VitePress site', () => {
  it('shows the web component on a Markdown page, live: a click moves the diagram', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto(`${server.origin}${BASE}component.html`);
    const token = page.locator('container-lifecycle [data-token=web]');
    await token.waitFor();
    await expect.poll(() => token.getAttribute('data-token-state')).toBe('running');
    await page
      .locator('container-lifecycle')
      .getByRole('button', { name: /^stop\b/ })
      .click();
    await expect.poll(() => token.getAttribute('data-token-state'), { timeout: 20_000 }).toBe('exited');
    // VitePress's content column holds it without a horizontal scrollbar.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('frames the embed from its own sub-path, and the frame grows to its content', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto(`${server.origin}${BASE}frame.html`);
    const frame = page.frameLocator('iframe[data-container-lifecycle]');
    await frame.locator('[data-token=web]').waitFor();
    const iframe = page.locator('iframe[data-container-lifecycle]');
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(400);
    const inner = await frame.locator('body').evaluate((b) => b.scrollHeight);
    const outer = (await iframe.boundingBox())?.height ?? 0;
    expect(Math.abs(inner - outer)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
