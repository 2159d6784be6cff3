/**
 * A real `docker events` log replayed on the diagram (contract §5 `import-events`), and a run
 * exported as a shell script. The logs are the real engine's (tests/machines/replay/real-events.*,
 * recorded on these machines).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { containerTimelines, finalStates, parseEventsLog } from '../../machines/replay/index';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();
const realLog = (ext: 'jsonl' | 'txt') =>
  readFileSync(new URL(`../machines/replay/real-events.${ext}`, import.meta.url), 'utf8');

/** Where the log leaves each container, by the model's own reading. */
const finals = (log: string) => finalStates(containerTimelines(parseEventsLog(log).events));

async function tokens(page: Page): Promise<Map<string, string>> {
  const list = await page
    .locator('[data-token]')
    .evaluateAll((ts) => ts.map((t) => [t.getAttribute('data-token') ?? '', t.getAttribute('data-token-state') ?? '']));
  return new Map(list as [string, string][]);
}

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'replay-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('replaying a real docker events log', () => {
  for (const ext of ['jsonl', 'txt'] as const)
    it(`opens a real ${ext === 'jsonl' ? "--format '{{json .}}'" : 'plain text'} log and ends with each container where the log leaves it`, async () => {
      const page = await h.open('?speed=instant');
      await page.getByTestId('import-events').setInputFiles(file(`events.${ext}`, realLog(ext)));
      await expect.poll(() => page.getByTestId('replay-position').getAttribute('data-end')).toBe('true');
      const expected = finals(realLog(ext));
      expect(expected.size).toBeGreaterThan(0);
      await expect.poll(() => tokens(page)).toEqual(expected);
      // The network events of the log are skipped and counted.
      expect(await page.getByTestId('replay').textContent()).toMatch(/Skipped \(not container events\): network \d+/);
      await screenshot(page, `replay-${ext}`);
    });

  it('plays at the page’s speed with the same controls: pause, next event, from the start', async () => {
    const page = await h.open('?speed=1');
    await page.getByTestId('import-events').setInputFiles(file('events.jsonl', realLog('jsonl')));
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'From the start' }).click();
    await expect.poll(() => page.locator('[data-token]').count()).toBe(0);
    expect(await page.getByTestId('replay-position').textContent()).toMatch(/^event 0 of \d+ · 0\.0 s/);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect.poll(() => page.getByTestId('replay-position').textContent()).toMatch(/^event 1 of \d+/);
    await expect.poll(() => page.locator('[data-token]').count()).toBe(1);
    expect(await page.locator('[data-token]').getAttribute('data-token-state')).toBe('created');
    // Back to the live run: the simulator's own containers again, and the action buttons.
    await page.getByRole('button', { name: 'Back to the simulator' }).click();
    await expect.poll(() => action(page, 'create').count()).toBe(1);
  });

  it('replays a pasted log, reports an unreadable line by its number, and never renders the log as markup', async () => {
    const lines = realLog('jsonl').trim().split('\n');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const log = [lines[0], hostile, ...lines.slice(1)].join('\n');
    const page = await h.open('?speed=instant');
    await page.getByTestId('import-events-paste').fill(log);
    await page.getByRole('button', { name: 'Replay the pasted log' }).click();
    await expect.poll(() => page.getByTestId('replay-position').getAttribute('data-end')).toBe('true');
    await page.getByTestId('replay-unreadable').locator('summary').click();
    expect(await page.getByTestId('replay-unreadable').textContent()).toContain('line 2:');
    expect(await page.getByTestId('replay-unreadable').textContent()).toContain('<img src=x');
    expect(await page.locator('img[src=x], [data-testid=replay] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect.poll(() => tokens(page)).toEqual(finals(log));
  });

  it('says so when a file holds no container events, and keeps the live run', async () => {
    const page = await h.open(`${script(['docker run -d --name web nginx'])}`);
    await page.getByTestId('import-events').setInputFiles(file('notes.txt', 'hello\nworld\n'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('notes.txt has no container events');
    expect(await tokens(page)).toEqual(new Map([['web', 'running']]));
  });

  it('loads a 10 MB log without freezing the page, and says how long reading took', async () => {
    const base = realLog('jsonl').trim().split('\n');
    const out: string[] = [];
    let bytes = 0;
    for (let copy = 0; bytes < 10 * 1024 * 1024; copy++) {
      for (const l of base) {
        // Each copy its own containers: a new ID and name, times moved on by a minute.
        const line = l
          .replace(/"([0-9a-f]{64})"/g, (_, id: string) => `"${id.slice(0, 56)}${copy.toString(16).padStart(8, '0')}"`)
          .replace(/"name":"log-([a-z]+)"/g, `"name":"log-$1-${copy}"`)
          .replace(/"timeNano":(\d+)/, (_, t: string) => `"timeNano":${BigInt(t) + BigInt(copy) * 60_000_000_000n}`);
        out.push(line);
        bytes += line.length + 1;
      }
    }
    const page = await h.open('?speed=instant');
    // Long tasks while the log is read: none may hold the page for a whole second.
    await page.evaluate(() => {
      (window as unknown as { __longest: number }).__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { __longest: number }).__longest = Math.max(
            (window as unknown as { __longest: number }).__longest,
            e.duration,
          );
      }).observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    await page.getByTestId('import-events').setInputFiles(file('big.jsonl', out.join('\n')));
    await expect
      .poll(() => page.getByTestId('replay-position').getAttribute('data-end'), { timeout: 30_000 })
      .toBe('true');
    const wall = Date.now() - t0;
    const summary = (await page.getByTestId('replay').textContent()) ?? '';
    const readMs = Number(/read in (\d+) ms/.exec(summary)?.[1]);
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    console.log(
      `10 MB log (${out.length} lines): read in ${readMs} ms, on the diagram in ${wall} ms, longest task ${Math.round(longest)} ms`,
    );
    expect(readMs).toBeGreaterThan(0);
    // The diagram still answers: the page responds to a click.
    await page.getByRole('button', { name: 'Back to the simulator' }).click();
    await expect.poll(() => action(page, 'create').count()).toBe(1);
  }, 60_000);
});

describe('exporting a run', () => {
  it('saves the run, clicks and typed lines in order, as a POSIX shell script', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await action(page, 'pause').click();
    await page.getByTestId('terminal-input').fill('docker unpause web');
    await page.getByTestId('terminal-input').press('Enter');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-script').click()]);
    expect(download.suggestedFilename()).toBe('docker-lifecycle-run.sh');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toMatch(/^set -u$/m);
    const commands = text.split('\n').filter((l) => l.startsWith('docker '));
    expect(commands).toEqual(['docker run -d --name web nginx', 'docker pause web', 'docker unpause web']);
  });
});
