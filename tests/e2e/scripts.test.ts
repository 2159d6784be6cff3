/** Scripts in the address (issue 13, "Scripts that wait"): a line that waits, a line that is wrong. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

const output = (page: Page) => page.getByTestId('terminal-output');
const token = (page: Page, name: string) => page.locator(`[data-token=${name}]`).getAttribute('data-token-state');

describe('a script line that waits', () => {
  it('holds its place as in a terminal: the page is live, its container runs, the rest waits for Ctrl+C', async () => {
    const page = await h.open(script(['docker run --name fg nginx', 'docker run -d --name web nginx'], 'speed=1'));
    await expect.poll(() => token(page, 'fg')).toBe('running');
    await expect.poll(() => output(page).textContent()).toContain('docker run -d --name web nginx queued');
    expect(await page.locator('[data-container=web]').count()).toBe(0);
    await screenshot(page, 'script-waits');
    // The page is fully alive meanwhile: a click works and is echoed.
    await action(page, 'pause').click();
    await expect.poll(() => token(page, 'fg')).toBe('paused');
    await action(page, 'unpause').click();
    await expect.poll(() => token(page, 'fg')).toBe('running');
    // Ctrl+C in the terminal reaches the foreground run: nginx exits on SIGINT, and the rest runs.
    await page.getByTestId('terminal-input').press('Control+c');
    await expect.poll(() => page.locator('[data-container=fg]').textContent()).toMatch(/Exited \(0\)/);
    await expect.poll(() => token(page, 'web')).toBe('running');
  });

  it('holds on docker run -it until Ctrl+D ends the shell, and on docker events until Ctrl+C', async () => {
    const page = await h.open(script(['docker run -it --name box ubuntu bash', 'docker events'], 'speed=1'));
    await expect.poll(() => token(page, 'box')).toBe('running');
    await page.getByTestId('terminal-input').press('Control+d');
    await expect.poll(() => token(page, 'box')).toBe('exited');
    // docker events now follows: a click shows up in it.
    await action(page, 'start').click();
    await expect
      .poll(() => output(page).textContent())
      .toMatch(/container start [0-9a-f]{64} \(image=ubuntu, name=box\)/);
    await page.getByTestId('terminal-input').press('Control+c');
    await expect
      .poll(() => page.getByTestId('terminal-input').getAttribute('placeholder'))
      .toMatch(/^Type a docker command/);
  });
});

describe('a script line that is wrong', () => {
  it('is named with its number and its own error, and the lines after it still run', async () => {
    const page = await h.open(
      script(['docker run -d --name web nginx', 'docker paws web', 'docker pause nope', 'docker pause web']),
    );
    const notice = page.getByTestId('script-problems');
    await expect
      .poll(() => notice.locator('li').allTextContents())
      .toEqual([
        "line 2: docker: unknown command: docker paws\n\nRun 'docker --help' for more information",
        'line 3: Error response from daemon: No such container: nope',
      ]);
    await expect.poll(() => token(page, 'web')).toBe('paused');
    expect(await notice.getAttribute('role')).toBe('alert');
  });
});
