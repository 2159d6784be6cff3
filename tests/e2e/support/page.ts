/**
 * The built page served by `vite preview`, and Chromium driven by playwright-core: one server and
 * one browser per test file, a fresh context per test, and any console error fails the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with the test runner (no types needed).
import { CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

export interface Harness {
  url: (query?: string) => string;
  open: (query?: string, options?: { reducedMotion?: boolean }) => Promise<Page>;
}

/** Call once at the top of a test file. */
export function useBrowser(): Harness {
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  let base = '';
  const contexts: BrowserContext[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    // The vite binary itself, so that killing it stops the server (toolchain trap 4).
    server = spawn(
      'node_modules/.bin/vite',
      ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      {
        stdio: 'ignore',
      },
    );
    base = `http://127.0.0.1:${port}/`;
    await waitForServer(base);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS as string[],
    });
  });

  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
    const seen = errors;
    errors = [];
    expect(seen, 'console errors').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  return {
    url: (query = '') => `${base}${query}`,
    async open(query = '', options = {}) {
      if (!browser) throw new Error('no browser');
      // A context per test: @axe-core/playwright needs one (toolchain trap 6).
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${base}${query}`);
      await page.getByTestId('lifecycle-diagram').waitFor();
      // The engine has loaded once the create button is enabled.
      await action(page, 'create').and(page.locator(':enabled')).waitFor();
      return page;
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** `?script=` from docker command lines. */
export function script(lines: readonly string[], extra = 'speed=instant'): string {
  return `?${extra}&script=${encodeURIComponent(lines.join(';;'))}`;
}

/** The action button of a docker verb (its accessible name holds the verb as a word). */
export function action(page: Page, verb: string) {
  return page.getByRole('button', { name: new RegExp(`^${verb}\\b`) });
}
