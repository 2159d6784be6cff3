/**
 * The page tells only what the model did (issue "One flow"): each of these once told something
 * the model had not done, because the view worked it out again from the event log.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

const explanation = (page: Page) => page.getByRole('region', { name: 'What just happened' }).textContent();
const currentState = (page: Page) =>
  page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state');

async function type(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal-input').fill(line);
  await page.getByTestId('terminal-input').press('Enter');
}

/** Steps the paused clock by whole seconds with the toolbar's step button. */
async function step(page: Page, seconds: number): Promise<void> {
  for (let i = 0; i < seconds; i++) await page.getByRole('button', { name: 'Step 1 s' }).click();
}

describe('the page explains what the model did', () => {
  it('a kill 3 s into a docker stop is explained as docker kill’s SIGKILL, not the grace period ending', async () => {
    const page = await h.open(script(['docker run -d --name web busybox sleep 1000'], 'speed=1'));
    await page.getByRole('button', { name: 'Pause time' }).click();
    await action(page, 'stop').click();
    await expect.poll(() => explanation(page)).toContain('docker stop sent SIGTERM (15)');
    await step(page, 3);
    await action(page, 'kill').click();
    await expect.poll(() => currentState(page)).toBe('exited');
    const text = await explanation(page);
    expect(text).toContain('the default signal of docker kill');
    expect(text).not.toContain('grace period ended');
    expect(text).toContain('exit code 137 = 128 + 9: the main process was killed by SIGKILL');
    expect(text).not.toContain('waited out the whole grace period');
  });

  it('after a start that changes nothing, a pause clears the “No change” note and is explained', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'));
    await action(page, 'start').click();
    await expect.poll(() => page.locator('[data-testid=lifecycle-diagram] [data-kind=no-op]').count()).toBe(1);
    await expect.poll(() => explanation(page)).toContain('web is already');
    await action(page, 'pause').click();
    await expect.poll(() => currentState(page)).toBe('paused');
    await expect.poll(() => page.locator('[data-testid=lifecycle-diagram] [data-kind=no-op]').count()).toBe(0);
    await expect.poll(() => explanation(page)).toContain('web: paused. The cgroup freezer froze');
  });

  it('docker ps leaves the explanation and the live region as they were; a refused command is explained', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'));
    await action(page, 'pause').click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('web: running → paused.');
    const spoken = await page.getByRole('status').locator('span').elementHandle();
    const before = await explanation(page);
    await type(page, 'docker ps');
    await expect.poll(() => page.getByTestId('terminal-output').textContent()).toContain('(Paused)');
    expect(await explanation(page)).toBe(before);
    // The same text node: nothing was said again.
    expect(await spoken?.evaluate((n) => n.isConnected)).toBe(true);
    await type(page, 'docker pause web');
    await expect.poll(() => explanation(page)).toContain('Docker refused docker pause web and changed nothing');
    await expect.poll(() => explanation(page)).toContain('is already paused');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('is already paused');
  });

  it('with on-failure:2, the explanation of an injected exit stays, and goes on with the policy’s restart', async () => {
    const page = await h.open(
      script(['docker run -d --name web --restart on-failure:2 busybox sleep 1000'], 'speed=0.5'),
    );
    await page.getByRole('button', { name: /process exits/ }).click();
    await expect.poll(() => explanation(page)).toContain('exited with code 1');
    // The back-off (100 ms) is over and the policy has started it again: still the same story.
    await expect.poll(() => page.locator('[data-container=web]').textContent(), { timeout: 5000 }).toMatch(/Up /);
    const text = await explanation(page);
    expect(text).toContain('exited with code 1');
    expect(text).toContain('started again by its restart policy (on-failure:2)');
    expect(text).toContain('web is now running');
  });

  it('a --rm container’s token travels running → exited → removed, never straight to removed', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'));
    await page.evaluate(() => {
      const w = window as unknown as { samples: string[] };
      w.samples = [];
      const sample = () => {
        const t = document.querySelector('[data-token=job], g.token-leaving');
        if (t) w.samples.push(t.getAttribute('transform') ?? '');
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await type(page, 'docker run -d --rm --name job busybox sleep 2');
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 8000 })
      .toBe('job: running → exited → removed.');
    await expect.poll(() => page.locator('[data-token=job], g.token-leaving').count(), { timeout: 6000 }).toBe(0);
    const samples = await page.evaluate(() => (window as unknown as { samples: string[] }).samples);
    const points = samples
      .map((s) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(s))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    // The exited node sits at (290, 340) in the diagram's coordinates; its token slot just below.
    const nearest = Math.min(...points.map((p) => Math.hypot(p.x - 290, p.y - 406)));
    expect(nearest).toBeLessThan(30);
  });

  it('docker stop -t 9 ghost bounces no token, even when 9 starts a container’s ID', async () => {
    const lines = ['docker run -d --name aa nginx', 'docker run -d --name bb nginx', 'docker run -d --name cc nginx'];
    const page = await h.open(script([...lines, 'docker run -d --name dd nginx'], 'speed=1'));
    const transforms = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-token]')].map((t) => t.getAttribute('transform')));
    await page.locator('[data-token]:not([data-moving])').first().waitFor();
    const at = await transforms();
    await page.evaluate(() => {
      const w = window as unknown as { moved: boolean };
      w.moved = false;
      const observer = new MutationObserver(() => (w.moved = true));
      for (const t of document.querySelectorAll('[data-token]'))
        observer.observe(t, { attributeFilter: ['transform'] });
    });
    await type(page, 'docker stop -t 9 ghost');
    await expect.poll(() => page.getByTestId('lifecycle-diagram').textContent()).toContain('No such container: ghost');
    await screenshot(page, 'oneflow-ghost');
    expect(await page.evaluate(() => (window as unknown as { moved: boolean }).moved)).toBe(false);
    expect(await transforms()).toEqual(at);
  });
});
