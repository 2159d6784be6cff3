/**
 * The built page served from a deep sub-path by a plain static server (support/server.ts), and
 * Chromium driven by playwright-core: one server and one browser per test file, a fresh context
 * per test, and any console error fails the test.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with the test runner (no types needed).
import { CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';
import { serveStatic, SUB_PATH, type StaticServer } from './server';

export interface Harness {
  /** The built site's address of `path` (`?query` for the page itself, `embed.html?…`). */
  url: (query?: string) => string;
  /** The static server (for host pages a test makes). */
  server: () => StaticServer;
  /** The browser, for a test that opens its own contexts. */
  browser: () => Browser;
  /** Console errors of `page` fail the test, as they do for pages from `open`. */
  watch: (page: Page) => void;
  open: (query?: string, options?: { reducedMotion?: boolean }) => Promise<Page>;
}

/** Call once at the top of a test file. */
export function useBrowser(): Harness {
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  let base = '';
  const contexts: BrowserContext[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic();
    base = `${server.origin}${SUB_PATH}`;
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
    await server?.close();
  });

  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
  };

  return {
    url: (query = '') => `${base}${query}`,
    server: () => {
      if (!server) throw new Error('no server');
      return server;
    },
    browser: () => {
      if (!browser) throw new Error('no browser');
      return browser;
    },
    watch,
    async open(query = '', options = {}) {
      if (!browser) throw new Error('no browser');
      // A context per test: @axe-core/playwright needs one (toolchain trap 6).
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      });
      contexts.push(context);
      const page = await context.newPage();
      watch(page);
      await page.goto(`${base}${query}`);
      await page.getByTestId('lifecycle-diagram').waitFor();
      // The engine has loaded once the create button is enabled.
      // (In presenter mode the verbs carry their key: "1 create".)
      await action(page, 'create')
        .or(page.getByRole('button', { name: '1 create' }))
        .and(page.locator(':enabled'))
        .waitFor();
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
