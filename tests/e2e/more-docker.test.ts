/**
 * The rest of a container's life on the page (issue 11), driven as a learner would: typed commands
 * in the terminal of the built page, and what they notice on the diagram, in the logs view, in
 * the explanation and in `docker ps`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowser } from './support/page';

const h = useBrowser();

const input = (page: Page) => page.getByTestId('terminal-input');
const output = (page: Page) => page.getByTestId('terminal-output');
const token = (page: Page, name: string) => page.locator(`[data-testid=lifecycle-diagram] [data-token="${name}"]`);
const explanation = (page: Page) => page.getByRole('region', { name: /What just happened|방금 일어난 일/ });
const logsView = (page: Page) => page.getByTestId('logs-view');

/** Types a line and presses Enter, as a person would. */
async function type(page: Page, line: string): Promise<void> {
  await input(page).click();
  await input(page).pressSequentially(line, { delay: 0 });
  await input(page).press('Enter');
}

/** The text of the last entry in the terminal. */
const lastEntry = async (page: Page) => (await output(page).locator('[data-seq]').last().innerText()).trimEnd();

/** What the token shows of its health: the badge's status and the words under it. */
const health = async (page: Page, name: string) => ({
  badge: await token(page, name).locator('g.health').getAttribute('data-health'),
  words: await token(page, name).locator('text.health-text').textContent(),
});

const HEALTHY_RUN = 'docker run -d --name hc --health-cmd "curl -fs http://localhost/" --health-interval 2s webapp';

/** Text boxes of the diagram that overlap the token's health words, and their rendered size. */
async function healthWordsLayout(page: Page, name: string) {
  return page.getByTestId('lifecycle-diagram').evaluate((figure, tokenName) => {
    const words = figure.querySelector(`[data-token="${tokenName}"] text.health-text`) as SVGTextElement;
    const r = words.getBoundingClientRect();
    const px = parseFloat(getComputedStyle(words).fontSize) * (words.getScreenCTM()?.a ?? 1);
    const others = [
      ...figure.querySelectorAll(
        'g[data-chip] rect, g[data-state] path, [data-token]:not([data-token="' + tokenName + '"]) rect',
      ),
    ];
    const overlapping = others
      .map((el) => ({ el, b: el.getBoundingClientRect() }))
      .filter(({ b }) => {
        const w = Math.min(r.right, b.right) - Math.max(r.left, b.left);
        const hh = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
        return w > 0.5 && hh > 0.5;
      })
      .map(({ el }) => el.closest('[data-chip], [data-state], [data-token]')?.outerHTML.slice(0, 80) ?? '');
    return { px, overlapping };
  }, name);
}

describe('healthchecks, as docker ps and the diagram show them', () => {
  it('shows (health: starting), then (healthy), in docker ps and on the token; the fault makes it unhealthy, still running', async () => {
    const page = await h.open('?speed=4&script=');
    await page.setViewportSize({ width: 1024, height: 768 });
    await type(page, HEALTHY_RUN);
    await expect.poll(() => token(page, 'hc').getAttribute('data-token-state')).toBe('running');
    expect(await health(page, 'hc')).toEqual({ badge: 'starting', words: '(starting)' });
    await type(page, 'docker ps');
    // (Typed as soon as it runs: less than a second may have passed, as docker ps says it.)
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/Up (?:Less than a second|\d+ seconds?) \(health: starting\) +80\/tcp +hc$/);

    // webapp's HEALTHCHECK probes after its 5 s start interval; curl answers, so it turns healthy.
    await expect.poll(() => health(page, 'hc'), { timeout: 10_000 }).toEqual({ badge: 'healthy', words: '(healthy)' });
    await expect.poll(() => token(page, 'hc').getAttribute('aria-label')).toBe('hc: running (healthy)');
    await expect.poll(() => explanation(page).innerText()).toMatch(/hc is healthy: its health check passed/);
    await expect(page.getByTestId('health-legend').innerText()).resolves.toMatch(
      /health check:.*healthy.*unhealthy.*starting/s,
    );
    await type(page, 'docker ps');
    await expect.poll(() => lastEntry(page)).toMatch(/Up \d+ seconds \(healthy\) +80\/tcp +hc$/);
    const layout = await healthWordsLayout(page, 'hc');
    expect(layout.overlapping).toEqual([]);
    expect(layout.px).toBeGreaterThanOrEqual(14);
    await screenshot(page, 'more-docker-healthy-1024-en');

    // The fault buttons offer the health faults for a container with a healthcheck.
    await page.getByRole('button', { name: 'The health check starts failing' }).click();
    await expect
      .poll(() => health(page, 'hc'), { timeout: 10_000 })
      .toEqual({
        badge: 'unhealthy',
        words: '(unhealthy)',
      });
    expect(await token(page, 'hc').getAttribute('data-token-state')).toBe('running');
    await expect.poll(() => explanation(page).innerText()).toMatch(/hc is unhealthy: its health check failed 3 times/);
    await type(page, 'docker ps --format "{{.Names}} {{.Status}}"');
    await expect.poll(() => lastEntry(page)).toMatch(/\nhc Up \d+ seconds \(unhealthy\)$/);
    await screenshot(page, 'more-docker-unhealthy-1024-en');

    await page.getByRole('button', { name: 'The health check passes again' }).click();
    await expect.poll(() => health(page, 'hc'), { timeout: 10_000 }).toEqual({ badge: 'healthy', words: '(healthy)' });
  });

  it('offers no health fault for a container without a healthcheck', async () => {
    const page = await h.open('?speed=4&script=');
    await type(page, 'docker run -d --name web nginx');
    await expect.poll(() => token(page, 'web').getAttribute('data-token-state')).toBe('running');
    await expect(page.getByRole('button', { name: 'Out of memory (the kernel kills it)' }).isEnabled()).resolves.toBe(
      true,
    );
    expect(await page.getByRole('button', { name: 'The health check starts failing' }).count()).toBe(0);
    expect(await health(page, 'web')).toEqual({ badge: null, words: '' });
    expect(await page.getByTestId('health-legend').count()).toBe(0);
  });

  it('says it in Korean in a 700 px column, keeping Docker’s words as Docker prints them', async () => {
    const page = await h.open('?speed=4&lang=ko&script=');
    await page.setViewportSize({ width: 700, height: 900 });
    await type(page, HEALTHY_RUN);
    await expect.poll(() => health(page, 'hc'), { timeout: 10_000 }).toEqual({ badge: 'healthy', words: '(healthy)' });
    await expect.poll(() => explanation(page).innerText()).toMatch(/hc 컨테이너는 healthy\(정상\)입니다/);
    await expect(page.getByTestId('health-legend').innerText()).resolves.toMatch(/헬스 체크:.*healthy/s);
    const layout = await healthWordsLayout(page, 'hc');
    expect(layout.overlapping).toEqual([]);
    expect(layout.px).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'more-docker-healthy-700-ko');
  });
});

describe('docker logs and the logs view', () => {
  it('prints what the process wrote, and the logs view follows it, keeping earlier runs across a restart', async () => {
    const page = await h.open('?speed=4&script=');
    await page.setViewportSize({ width: 1024, height: 768 });
    await type(
      page,
      `docker run -d --name ticker busybox sh -c 'echo started; while true; do echo tick; sleep 1; done'`,
    );
    await expect.poll(() => logsView(page).innerText()).toMatch(/^started\ntick/);
    await expect(
      page.getByRole('heading', { name: /Logs of the selected container.*docker logs -f ticker/ }).count(),
    ).resolves.toBe(1);
    // The view follows new lines as the clock runs.
    const ticks = async () => (await logsView(page).innerText()).split('\n').filter((l) => l === 'tick').length;
    await expect.poll(ticks).toBeGreaterThanOrEqual(4);

    await type(page, 'docker logs --tail 2 ticker');
    await expect.poll(() => lastEntry(page)).toBe('$ docker logs --tail 2 ticker\ntick\ntick');

    // docker logs -f holds the prompt and prints each new line until Ctrl+C.
    await type(page, 'docker logs -f --tail 1 ticker');
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Waiting for the command to finish/);
    await expect.poll(async () => (await lastEntry(page)).split('\n').length).toBeGreaterThanOrEqual(3);
    await input(page).press('Control+c');
    await expect.poll(() => lastEntry(page)).toMatch(/^\$ docker logs -f --tail 1 ticker\n(tick\n)+.*exit code 130$/s);

    await type(page, 'docker restart -t 1 ticker');
    await expect.poll(() => lastEntry(page), { timeout: 10_000 }).toBe('$ docker restart -t 1 ticker\nticker');
    // Docker kept the first run's output: `started` now appears twice, once per run.
    await expect
      .poll(async () => (await logsView(page).innerText()).split('\n').filter((l) => l === 'started').length)
      .toBe(2);
    await type(page, 'docker logs ticker');
    await expect.poll(() => lastEntry(page)).toMatch(/^\$ docker logs ticker\nstarted\n(tick\n)+started\n/);
    // Reading the logs changed nothing: the explanation still tells the restart.
    expect(await explanation(page).innerText()).toMatch(/ticker: docker restart is done/);
    await screenshot(page, 'more-docker-logs-1024-en');
  });

  it('holds the prompt for docker wait until the container stops, then prints its exit code', async () => {
    const page = await h.open('?speed=4&script=');
    await type(page, 'docker run -d --name job busybox sleep 1000');
    await expect.poll(() => token(page, 'job').getAttribute('data-token-state')).toBe('running');
    await type(page, 'docker wait job');
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Waiting for the command to finish/);
    expect(await lastEntry(page)).toBe('$ docker wait job');
    // The process ends by itself (a fault), with exit code 3: docker wait prints it and returns.
    await page.getByLabel('Exit code').fill('3');
    await page.getByRole('button', { name: 'The process exits by itself' }).click();
    const waitEntry = output(page).locator('[data-seq]').filter({ hasText: '$ docker wait job' });
    await expect.poll(async () => (await waitEntry.innerText()).trimEnd()).toBe('$ docker wait job\n3');
    await expect.poll(() => token(page, 'job').getAttribute('data-token-state')).toBe('exited');
  });
});

describe('rename, exec and prune on the diagram', () => {
  it('relabels the token on docker rename, and explains it', async () => {
    const page = await h.open('?speed=4&script=');
    await type(page, 'docker run -d --name web nginx');
    await expect.poll(() => token(page, 'web').getAttribute('data-token-state')).toBe('running');
    await type(page, 'docker rename web api');
    await expect.poll(() => token(page, 'api').getAttribute('data-token-state')).toBe('running');
    expect(await token(page, 'web').count()).toBe(0);
    expect(await token(page, 'api').locator('text.name').textContent()).toBe('api');
    await expect.poll(() => explanation(page).innerText()).toMatch(/docker rename gave web the name api/);
    await type(page, 'docker ps --format "{{.Names}}"');
    await expect.poll(() => lastEntry(page)).toBe('$ docker ps --format "{{.Names}}"\napi');
  });

  it('prints what docker exec runs, and marks it on the token without moving it', async () => {
    const page = await h.open('?speed=4&script=', { reducedMotion: true });
    await type(page, 'docker run -d --name web nginx');
    await expect.poll(() => token(page, 'web').getAttribute('data-token-state')).toBe('running');
    await type(page, 'docker exec web sh -c "echo hi; exit 3"');
    await expect.poll(() => lastEntry(page)).toBe('$ docker exec web sh -c "echo hi; exit 3"\nhi\nexit code 3');
    // Without motion, the token says what happened in words: the exec, and how it ended.
    await expect.poll(() => token(page, 'web').locator('text.pulse').textContent()).toBe('exec exit 3');
    expect(await token(page, 'web').getAttribute('data-token-state')).toBe('running');
    await expect
      .poll(() => explanation(page).innerText())
      .toMatch(/exited with code 3\. The container goes on running/);
    // A paused container refuses it with Docker's text, and the diagram says so.
    await type(page, 'docker pause web');
    await type(page, 'docker exec web echo hi');
    await expect
      .poll(() => page.getByTestId('lifecycle-diagram').textContent())
      .toMatch(/Container web is paused, unpause the container before exec/);
  });

  it('sweeps every stopped container’s token off the diagram on docker container prune, after its prompt', async () => {
    const page = await h.open('?speed=4&script=');
    await page.setViewportSize({ width: 1024, height: 768 });
    await type(page, 'docker run -d --name web nginx');
    await type(page, 'docker create --name fresh busybox');
    await type(page, 'docker run --name done busybox true');
    await expect.poll(() => token(page, 'done').getAttribute('data-token-state')).toBe('exited');
    await expect.poll(() => token(page, 'fresh').getAttribute('data-token-state')).toBe('created');
    await type(page, 'docker container prune');
    await expect
      .poll(() => lastEntry(page))
      .toBe(
        '$ docker container prune\nWARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N]',
      );
    await type(page, 'y');
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/Deleted Containers:\n[0-9a-f]{64}\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B$/);
    await expect.poll(() => page.locator('[data-testid=lifecycle-diagram] [data-token]').count()).toBe(1);
    expect(await token(page, 'web').getAttribute('data-token-state')).toBe('running');
    const explained = await explanation(page).innerText();
    expect(explained).toMatch(/it removed every stopped container \(2 in all\)/);
    expect(explained).toMatch(/done no longer exists\.\n.*fresh no longer exists\./s);
    // No line for a container without a name (the daemon's prune event has none).
    expect(explained).not.toMatch(/^\s*:|\n\s*: |^ no longer exists/m);
    await screenshot(page, 'more-docker-prune-1024-en');
  });
});
