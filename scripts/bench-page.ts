/**
 * Page benchmark (run by `npm run bench`): in headless Chromium, the built simulator beside an
 * empty Vite + React page measured in the same run: time to first render, and animation frame
 * times while 50 containers move at once. Prints figures and ratios; asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs module shared with the test runner.
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const SAMPLE_MS = 5000;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

async function serve(port: number, extra: string[]): Promise<ChildProcess> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...extra],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on ${port}`);
}

interface Figures {
  fcpMs: number;
  readyMs: number;
  frames: number;
  maxMs: number;
  p95Ms: number;
  meanMs: number;
}

async function measure(
  browser: Browser,
  url: string,
  readySelector: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(readySelector);
  await prepare?.(page);
  const readyMs = (await page.evaluate('performance.now()')) as number;
  const fcpMs = (await page.evaluate(
    "performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN",
  )) as number;
  // A string, not a function: tsx would wrap a function with helpers that do not exist in the page.
  const deltas = (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = 0;
    const start = performance.now();
    const tick = (t) => {
      if (last) out.push(t - last);
      last = t;
      if (t - start < ${SAMPLE_MS}) requestAnimationFrame(tick);
      else resolve(out);
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  await context.close();
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    fcpMs,
    readyMs,
    frames: deltas.length,
    maxMs: sorted.at(-1) ?? NaN,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
    meanMs: deltas.reduce((a, b) => a + b, 0) / Math.max(1, deltas.length),
  };
}

/** First contentful paint of a fresh load of `url`, in ms (a new context each time: nothing cached). */
async function firstPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const fcp = (await page.waitForFunction(
    "performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? false",
  )) as { jsonValue(): Promise<number> };
  const ms = await fcp.jsonValue();
  await context.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * First contentful paint of each page, loaded in turn (empty page, simulator, …) `rounds` times,
 * so that a warming browser or a busy moment hits them all alike: the median of each.
 */
async function firstPaints(browser: Browser, urls: string[], rounds = 9): Promise<number[]> {
  const all: number[][] = urls.map(() => []);
  for (let r = 0; r < rounds; r++) for (const [i, url] of urls.entries()) all[i]?.push(await firstPaint(browser, url));
  return all.map(median);
}

/** Median milliseconds from Enter to `docker ps -a`'s output shown in the terminal, over `rounds` tries. */
async function terminalResponse(browser: Browser, url: string, earlier: number, rounds = 15): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const input = page.getByTestId('terminal-input');
  await input.and(page.locator(':enabled')).waitFor();
  if (earlier > 0) {
    // Pasted, as a learner would: the lines run one after another.
    await input.focus();
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'docker ps -q\\n'.repeat(${earlier}));
      document.querySelector('[data-testid=terminal-input]').dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    // Done when the last pasted line has an entry (seq counts every entry, the scrollback shows the newest).
    await page.waitForFunction(
      `Number([...document.querySelectorAll('[data-testid=terminal-output] [data-seq]')].at(-1)?.getAttribute('data-seq') ?? -1) >= ${earlier} - 1`,
      undefined,
      { timeout: 120_000 },
    );
  }
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const before = Number(
      (await page.locator('[data-testid=terminal-output] [data-seq]').last().getAttribute('data-seq')) ?? -1,
    );
    await input.fill('docker ps -a');
    const t0 = performance.now();
    await input.press('Enter');
    await page.waitForFunction(
      `(() => { const e = [...document.querySelectorAll('[data-testid=terminal-output] [data-seq]')].at(-1); return Number(e?.getAttribute('data-seq')) > ${before} && e.textContent.includes('CONTAINER ID'); })()`,
      undefined,
      { polling: 'raf' },
    );
    times.push(performance.now() - t0);
  }
  await context.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** Frame times while `docker events` in the terminal follows what the page is doing. */
async function measureFollowing(browser: Browser, url: string): Promise<Figures> {
  return measure(browser, url, '[data-testid=lifecycle-diagram] [data-state=running]', async (page) => {
    const input = page.getByTestId('terminal-input');
    await input.and(page.locator(':enabled')).waitFor();
    await input.fill('docker events');
    await input.press('Enter');
  });
}

async function main() {
  const chromiumPath = findChromium();
  console.log('page benchmark (headless Chromium; absolute times are noisy, compare the columns)');
  await run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
  await run('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--config', 'bench/empty-page/vite.config.ts']);
  const app = await serve(4411, []);
  const empty = await serve(4412, ['--config', 'bench/empty-page/vite.config.ts']);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS as string[] });
  try {
    // 50 containers in a restart loop: each dies after a second and its policy starts it again,
    // so all their tokens keep moving while the frames are sampled.
    const lines = Array.from(
      { length: 50 },
      (_, i) => `docker run -d --name c${i} --restart always busybox sh -c 'sleep 1; exit 1'`,
    );
    const script = encodeURIComponent(lines.join(';;'));
    const baseline = await measure(browser, 'http://127.0.0.1:4412/', '[data-testid=baseline]');
    const idle = await measure(
      browser,
      'http://127.0.0.1:4411/?speed=1',
      '[data-testid=lifecycle-diagram] [data-state=running]',
    );
    const busy = await measure(
      browser,
      `http://127.0.0.1:4411/?speed=1&script=${script}`,
      '[data-testid=lifecycle-diagram] [data-state=running]',
    );
    const following = await measureFollowing(browser, `http://127.0.0.1:4411/?speed=1&script=${script}`);
    // First contentful paint, alternating loads (the figures above are single loads, for scale).
    const [fcpEmpty = NaN, fcpPage = NaN, fcpEmbed = NaN] = await firstPaints(browser, [
      'http://127.0.0.1:4412/',
      'http://127.0.0.1:4411/',
      'http://127.0.0.1:4411/embed.html',
    ]);
    const rows: Array<[string, Figures]> = [
      ['empty Vite + React page', baseline],
      ['simulator, one container', idle],
      ['simulator, 50 animating', busy],
      ['50 animating + events', following],
    ];
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
    console.log(
      `\n${'page'.padEnd(28)} ${'FCP ms'.padStart(8)} ${'ready ms'.padStart(9)} ${'frames'.padStart(7)} ${'max ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'mean ms'.padStart(8)}`,
    );
    for (const [name, r] of rows) {
      console.log(
        `${name.padEnd(28)} ${f(r.fcpMs).padStart(8)} ${f(r.readyMs).padStart(9)} ${String(r.frames).padStart(7)} ${f(r.maxMs).padStart(8)} ${f(r.p95Ms).padStart(8)} ${f(r.meanMs).padStart(8)}`,
      );
    }
    console.log(
      `\nfirst contentful paint, median of 9 alternating fresh loads: empty Vite + React page ${f(fcpEmpty)} ms, simulator ${f(fcpPage)} ms (×${f(fcpPage / fcpEmpty)}), embed.html ${f(fcpEmbed)} ms (×${f(fcpEmbed / fcpEmpty)}); aim: at or below ×1.0`,
    );
    console.log(
      `ratios to the empty page (single loads): ready ×${f(busy.readyMs / baseline.readyMs)}, p95 frame ×${f(busy.p95Ms / baseline.p95Ms)}`,
    );
    console.log(
      `aim: no frame over 50 ms (max ${f(busy.maxMs)}), p95 under 20 ms (p95 ${f(busy.p95Ms)}) with 50 containers animating`,
    );
    console.log(
      `docker events following the 50 in the terminal: p95 frame ×${f(following.p95Ms / busy.p95Ms)} of the same page without it (max ${f(following.maxMs)} ms)`,
    );

    // The terminal's answer time, with an empty scrollback and with 1,000 earlier commands in it.
    const fresh = await terminalResponse(browser, 'http://127.0.0.1:4411/?speed=1', 0);
    const full = await terminalResponse(browser, 'http://127.0.0.1:4411/?speed=1', 1000);
    console.log(
      `terminal, Enter to docker ps -a shown (median): ${f(fresh)} ms with an empty scrollback, ${f(full)} ms after 1,000 commands (×${f(full / fresh)}; the scrollback shows the newest 500)`,
    );
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/page.json',
      JSON.stringify(
        {
          baseline,
          idle,
          busy,
          following,
          firstContentfulPaint: { emptyMs: fcpEmpty, pageMs: fcpPage, embedMs: fcpEmbed },
          terminal: { freshMs: fresh, after1000Ms: full },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    app.kill();
    empty.kill();
  }
}

await main();
