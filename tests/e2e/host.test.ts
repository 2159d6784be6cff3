/**
 * The simulator in a docs page, as a docs author would put it there (issue 13): a 700 px content
 * column of another origin, an iframe of embed.html sized by the auto-height snippet, two web
 * components, and host CSS that would break a careless widget.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './support/page';
import { hostPage, strangerPage } from './support/host';
import { serveStatic, SUB_PATH, type StaticServer } from './support/server';

const h = useBrowser();
let host: StaticServer;
let stranger: StaticServer;

beforeAll(async () => {
  host = await serveStatic({});
  stranger = await serveStatic({});
});
afterAll(async () => {
  await host.close();
  await stranger.close();
});

const sim = () => `${h.server().origin}${SUB_PATH}`;

function docsPage(): string {
  const embed = `${sim()}embed.html?script=${encodeURIComponent('docker run -d --name web nginx')}&lang=en&theme=light`;
  return hostPage({
    sim: sim(),
    body: `
      <h1>The container lifecycle</h1>
      <p>A paragraph of the host, in the host's serif, before the simulator.</p>
      <button id="host-button" type="button">A host button</button>
      <iframe data-container-lifecycle src="${embed}" title="Docker container lifecycle simulator" style="width:100%;border:0;height:300px"></iframe>
      <container-lifecycle id="one" script="docker run -d --name web nginx" panels="diagram,controls" lang="en" theme="light"></container-lifecycle>
      <container-lifecycle id="two" script="docker run -d --name db redis" panels="diagram,ps" controls="0" lang="ko" theme="dark"></container-lifecycle>
      <p>The host's text goes on after the simulators.</p>
      <iframe id="stranger" src="${stranger.origin}/stranger.html" title="another site" style="width:10px;height:10px;border:0"></iframe>`,
    script: `
      window.received = [];
      window.domEvents = [];
      window.sent = false;
      window.addEventListener('message', function (e) {
        if (e.data === 'sent') window.sent = true;
        else if (e.source === document.querySelector('iframe[data-container-lifecycle]').contentWindow) window.received.push(e.data);
      });
      document.addEventListener('docker-event', function (e) { window.domEvents.push([e.target.id, 'docker-event', e.detail.Action, e.detail.Actor.Attributes.name]); });
      document.addEventListener('move', function (e) { window.domEvents.push([e.target.id, 'move', e.detail.from + '>' + e.detail.to, e.detail.name]); });`,
  });
}

interface Opened {
  page: Page;
  frame: Frame;
  one: Locator;
  two: Locator;
}

async function openDocsPage(): Promise<Opened> {
  host.page('/guide/lifecycle.html', docsPage());
  stranger.page('/stranger.html', strangerPage({ type: 'container-lifecycle:exec', line: 'docker rm -f web' }));
  const context = await h.browser().newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  h.watch(page);
  await page.goto(`${host.origin}/guide/lifecycle.html`);
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  if (!frame) throw new Error('no embed frame');
  const one = page.locator('#one');
  const two = page.locator('#two');
  // Everything has booted: each has its container's token.
  await frame.locator('[data-token=web]').waitFor();
  await one.locator('[data-token=web]').waitFor();
  await two.locator('[data-token=db]').waitFor();
  return { page, frame, one, two };
}

const tokenState = (where: Page | Frame | Locator, name: string) =>
  where.locator(`[data-token=${name}]`).getAttribute('data-token-state');

describe('a docs page hosting an iframe embed and two web components', () => {
  it('renders each, fitting the 700 px column with no horizontal overflow, the frame sized to its content', async () => {
    const { page, frame, one, two } = await openDocsPage();
    for (const el of [one, two]) {
      const box = await el.boundingBox();
      expect(box?.width).toBe(700);
      // Nothing inside is wider than the component.
      const overflow = await el.evaluate((e) => {
        const root = e.shadowRoot?.querySelector('[data-simulator]');
        return root ? root.scrollWidth - root.clientWidth : -1;
      });
      expect(overflow).toBe(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1000);
    expect(
      await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    // The auto-height snippet sized the frame to the embed's content: no scrollbar, nothing cut.
    const iframe = page.locator('iframe[data-container-lifecycle]');
    await expect
      .poll(async () => {
        const [outer, inner] = await Promise.all([
          iframe.evaluate((f) => f.getBoundingClientRect().height),
          frame.evaluate(() => document.getElementById('root')?.getBoundingClientRect().height ?? 0),
        ]);
        return Math.abs(outer - Math.ceil(inner));
      })
      .toBe(0);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(600);
    // The dark Korean one is dark and Korean.
    expect(await two.locator('[data-simulator]').getAttribute('data-theme')).toBe('dark');
    await expect
      .poll(() => two.locator('[data-testid=lifecycle-diagram] figcaption').textContent())
      .toContain('docker 명령');
    await screenshot(page, 'docs-page-host');
  });

  it('keeps its own look under the host CSS, and leaves the host its own', async () => {
    const { page, one, frame } = await openDocsPage();
    const look = (b: Locator) =>
      b.evaluate((el) => {
        const s = getComputedStyle(el);
        return { color: s.color, fontSize: s.fontSize, boxSizing: s.boxSizing, paddingTop: s.paddingTop };
      });
    const inComponent = await look(one.getByRole('button', { name: /^pause\b/ }));
    const inEmbed = await look(frame.getByRole('button', { name: /^pause\b/ }));
    expect(inComponent.color).not.toBe('rgb(255, 0, 0)');
    expect(inComponent.boxSizing).toBe('border-box');
    // The same button looks the same in the component as in the embed's own page (16 px base).
    expect(inComponent).toEqual(inEmbed);
    expect(await one.locator('[data-simulator]').evaluate((e) => getComputedStyle(e).fontFamily)).not.toContain(
      'Georgia',
    );
    // The host: its button is still red and big, its boxes content-box, its head untouched.
    const hostButton = await look(page.locator('#host-button'));
    expect(hostButton).toMatchObject({ color: 'rgb(255, 0, 0)', fontSize: '30px', boxSizing: 'content-box' });
    const head = await page.evaluate(() => [...document.head.children].map((e) => e.tagName));
    expect(head).toEqual(['META', 'LINK', 'TITLE', 'STYLE', 'SCRIPT']);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');
  });

  it('takes no focus and scrolls nothing on load; the keyboard can leave each', async () => {
    const { page, one } = await openDocsPage();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Tab from the host button goes into the embed and on, through the component, out to the page.
    await page.locator('#host-button').focus();
    let reachedComponent = false;
    let leftComponent = false;
    for (let i = 0; i < 80 && !leftComponent; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
      if (where === 'one') reachedComponent = true;
      else if (reachedComponent) leftComponent = true;
    }
    expect(reachedComponent && leftComponent).toBe(true);
    expect(await one.evaluate((e) => e === document.activeElement)).toBe(false);
  });

  it('runs a docker line the host sends, moves the diagram, and tells the host every event and move', async () => {
    const { page, frame } = await openDocsPage();
    await page.evaluate(() =>
      document
        .querySelector('iframe[data-container-lifecycle]')
        // @ts-expect-error: a frame's window
        ?.contentWindow.postMessage({ type: 'container-lifecycle:exec', line: 'docker pause web' }, '*'),
    );
    await expect.poll(() => tokenState(frame, 'web')).toBe('paused');
    const received = () => page.evaluate(() => (window as unknown as { received: Array<{ type: string }> }).received);
    await expect
      .poll(async () =>
        (await received())
          .filter((m) => m.type !== 'container-lifecycle:resize')
          .map((m) => {
            const x = m as unknown as { type: string; event?: { Action: string }; move?: { from: string; to: string } };
            return x.event ? `event ${x.event.Action}` : x.move ? `move ${x.move.from}>${x.move.to}` : x.type;
          }),
      )
      .toEqual([
        'container-lifecycle:ready',
        'event create',
        'move none>created',
        'event start',
        'move created>running',
        'event pause',
        'move running>paused',
      ]);
  });

  it('ignores a message from a window that is not its parent (another origin)', async () => {
    const { page, frame } = await openDocsPage();
    await page.evaluate(() =>
      (document.getElementById('stranger') as HTMLIFrameElement).contentWindow?.postMessage('go', '*'),
    );
    await expect.poll(() => page.evaluate(() => (window as unknown as { sent: boolean }).sent)).toBe(true);
    // A message the parent sends after it: once it has run, the stranger's would have too.
    await page.evaluate(() =>
      (document.querySelector('iframe[data-container-lifecycle]') as HTMLIFrameElement).contentWindow?.postMessage(
        { type: 'container-lifecycle:exec', line: 'docker run -d --name after nginx' },
        '*',
      ),
    );
    await frame.locator('[data-token=after]').waitFor();
    expect(await tokenState(frame, 'web')).toBe('running');
  });

  it('keeps the two web components independent, and each tells the host its own events', async () => {
    const { page, one, two } = await openDocsPage();
    await one.getByRole('button', { name: /^stop\b/ }).click();
    await expect.poll(() => tokenState(one, 'web')).toBe('exited');
    expect(await tokenState(two, 'db')).toBe('running');
    await two.evaluate((e) => (e as unknown as { exec(line: string): void }).exec('docker pause db'));
    await expect.poll(() => tokenState(two, 'db')).toBe('paused');
    expect(await tokenState(one, 'web')).toBe('exited');
    const seen = await page.evaluate(() => (window as unknown as { domEvents: string[][] }).domEvents);
    expect(seen.filter((e) => e[0] === 'one' && e[1] === 'docker-event').map((e) => e[2])).toEqual([
      'create',
      'start',
      'kill',
      'die',
      'stop',
    ]);
    expect(seen.filter((e) => e[0] === 'two' && e[1] === 'move').map((e) => e[2])).toEqual([
      'none>created',
      'created>running',
      'running>paused',
    ]);
  });

  it('is axe clean inside each component and inside the embed', async () => {
    const { page } = await openDocsPage();
    for (const id of ['#one', '#two']) {
      const result = await new AxeBuilder({ page }).include(id).analyze();
      expect(
        result.violations.map((v) => `${id} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
    const embed = await new AxeBuilder({ page }).include('iframe[data-container-lifecycle]').analyze();
    expect(embed.violations.map((v) => v.id)).toEqual([]);
  });
});
