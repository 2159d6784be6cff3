/**
 * The classroom (issue "The classroom"): a history that undoes and redoes exactly, links that
 * replay a run in a fresh browser, and a session kept across reloads.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

async function type(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal-input').fill(line);
  await page.getByTestId('terminal-input').press('Enter');
}

/** Everything a learner reads: ps, events, inspect, the terminal, and where the history is. */
async function seen(page: Page): Promise<Record<string, string>> {
  const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';
  return {
    terminal: await text('[data-testid=terminal-output]'),
    ps: await page.getByRole('region', { name: /Containers/ }).innerText(),
    events: await page.getByRole('region', { name: /Events/ }).innerText(),
    inspect: await page.getByRole('region', { name: /State of the selected container/ }).innerText(),
    position: await text('[data-testid=history-position]'),
  };
}

/** A short lesson's worth of steps, with the clock running between them, then time paused. */
async function someSteps(page: Page): Promise<void> {
  await action(page, 'pause').click();
  await page.waitForTimeout(300);
  await type(page, 'docker run -d --name db busybox sleep 1000');
  await page.waitForTimeout(300);
  await action(page, 'unpause').click();
  await page.waitForTimeout(200);
  await type(page, 'docker ps -a');
  await page.waitForTimeout(200);
  await page.getByRole('button', { name: 'Pause time' }).click();
  await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 4 of 4/);
}

describe('the history', () => {
  it('after undo then redo, ps, events, inspect and the terminal are byte-identical', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'));
    await someSteps(page);
    const before = await seen(page);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 3 of 4/);
    expect((await seen(page)).terminal).not.toBe(before.terminal);
    await expect.poll(() => page.getByTestId('terminal-history').textContent()).toContain('step 3 of 4');
    await page.getByTestId('redo').click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 4 of 4/);
    await expect.poll(() => seen(page)).toEqual(before);
    await screenshot(page, 'history-after-redo');
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z outside text fields, not inside them', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await action(page, 'pause').click();
    await action(page, 'unpause').click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 2 of 2/);
    // In the terminal's field, Ctrl+Z is the field's.
    await page.getByTestId('terminal-input').focus();
    await page.keyboard.press('Control+z');
    expect(await page.getByTestId('history-position').textContent()).toMatch(/^step 2 of 2/);
    await page.getByTestId('undo').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 1 of 2/);
    expect(await page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 2 of 2/);
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
  });

  it('jumps to any step with the timeline, and a new step after an undo drops the redo branch and says so', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    for (const verb of ['pause', 'unpause', 'stop', 'start']) await action(page, verb).click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 4 of 4/);
    await page.getByTestId('history-timeline').fill('1');
    await expect
      .poll(() => page.getByTestId('history-position').textContent())
      .toMatch(/^step 1 of 4 docker pause web/);
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    await action(page, 'kill').click();
    await expect
      .poll(() => page.getByTestId('history-notice').textContent())
      .toBe('A new step after an undo: 3 later steps were dropped.');
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 2 of 2/);
    expect(await page.getByTestId('redo').isDisabled()).toBe(true);
  });

  it('reset brings back the starting picture', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await action(page, 'stop').click();
    await type(page, 'docker run -d --name db nginx');
    await expect.poll(() => page.locator('[data-token]').count()).toBe(2);
    await page.getByTestId('reset').click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 0 of 0/);
    expect(await page.locator('[data-token]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
  });
});

describe('links that replay a run', () => {
  async function linkOf(page: Page): Promise<string> {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('share-link').click();
    await expect.poll(() => page.getByTestId('share-link').getAttribute('data-href')).toMatch(/#run=1\./);
    const href = (await page.getByTestId('share-link').getAttribute('data-href')) ?? '';
    return href.slice(href.indexOf('?') >= 0 ? href.indexOf('?') : href.indexOf('#'));
  }

  it('opened in a fresh browser, reproduces the same transcript, events and picture at the same step', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1&lang=ko'));
    await page.getByRole('button', { name: 'English' }).click();
    await someSteps(page);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 3 of 4/);
    const before = await seen(page);
    const link = await linkOf(page);
    expect(link).not.toContain('script=');
    const fresh = await h.open(link.replace('speed=1', 'speed=1'));
    await expect.poll(() => fresh.getByTestId('history-position').textContent()).toMatch(/^step 3 of 4/);
    await fresh.getByRole('button', { name: 'Pause time' }).click();
    await expect.poll(() => seen(fresh)).toEqual(before);
    expect(await fresh.locator('html').getAttribute('lang')).toBe('en');
    // The redo branch came with it.
    await fresh.getByTestId('redo').click();
    await expect.poll(() => fresh.getByTestId('history-position').textContent()).toMatch(/^step 4 of 4/);
  });

  it('a tampered or truncated link says what it could not use and opens with the longest valid part', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    for (let i = 0; i < 12; i++) await action(page, i % 2 === 0 ? 'pause' : 'unpause').click();
    for (let i = 0; i < 12; i++) await action(page, i % 2 === 0 ? 'pause' : 'unpause').click();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 24 of 24/);
    const link = await linkOf(page);
    // Cut inside the second part of the steps: the first part's 20 steps are still there.
    const parts = link.split('.');
    const cut = `${parts.slice(0, 3).join('.')}.${(parts[3] ?? '').slice(0, 5)}`;
    const truncated = await h.open(cut);
    await expect
      .poll(() => truncated.getByTestId('restore-notice').textContent())
      .toContain('This link could not be used in full');
    // It opened at the end of what it kept: the steps of the parts before the cut.
    await expect.poll(() => truncated.getByTestId('history-position').textContent()).toMatch(/^step (\d+) of \1 /);
    const kept = Number(/^step (\d+)/.exec((await truncated.getByTestId('history-position').textContent()) ?? '')?.[1]);
    expect(kept).toBeGreaterThanOrEqual(15);
    expect(kept).toBeLessThan(24);
    // Pause and unpause alternate, starting with pause: the picture is that of step `kept`.
    await expect
      .poll(() => truncated.locator('[data-token=web]').getAttribute('data-token-state'))
      .toBe(kept % 2 === 1 ? 'paused' : 'running');

    const tampered = await h.open(link.replace(/#run=1\.[A-Za-z0-9+$-]{6}/, '#run=1.AAAAAA'));
    await expect
      .poll(() => tampered.getByTestId('restore-notice').textContent())
      .toContain('This link could not be opened');
    await expect.poll(() => tampered.locator('[data-token]').count()).toBeGreaterThan(0);

    const future = await h.open('#run=7.abc');
    await expect
      .poll(() => future.getByTestId('restore-notice').textContent())
      .toContain('made by a newer version (7)');
  });
});

describe('the session is kept across reloads', () => {
  it('restores the session after a reload, and starts clean with a message from damaged storage', async () => {
    const page = await h.open('');
    await action(page, 'pause').click();
    await type(page, 'docker run -d --name db nginx');
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 2 of 2/);
    await page.waitForTimeout(500);
    await page.reload();
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 2 of 2/);
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    expect(await page.locator('[data-token=db]').count()).toBe(1);

    // Damaged before the page reads it (the page itself saves when it is left).
    await page.addInitScript(() => localStorage.setItem('container-lifecycle:session:v1', '{"header":{"v":1,"seed":'));
    await page.reload();
    await expect
      .poll(() => page.getByTestId('restore-notice').textContent())
      .toContain('Your saved session could not be opened (the saved session is damaged)');
    await expect.poll(() => page.getByTestId('history-position').textContent()).toMatch(/^step 0 of 0/);
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
  });
});
