/** The page as a whole: languages, accessibility, keyboard, reduced motion, a malformed address. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

describe('languages', () => {
  it('opens in Korean with ?lang=ko, keeping docker verbs, commands and output in English', async () => {
    const page = await h.open(`${script(['docker run -d --name web nginx'])}&lang=ko`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('도커 컨테이너 생명주기');
    await expect.poll(() => action(page, 'stop').textContent()).toContain('stop');
    await expect.poll(() => action(page, 'stop').textContent()).toContain('정지');
    await action(page, 'unpause').click();
    await expect
      .poll(() => page.getByTestId('lifecycle-diagram').textContent())
      .toMatch(/Error response from daemon: Container [0-9a-f]{64} is not paused/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    // The token names its state as the announcements do.
    expect(await page.locator('[data-token=web]').getAttribute('aria-label')).toBe('web: running · 실행 중');
    await screenshot(page, 'korean');
  });

  it('switches language without a reload and keeps ?lang= in the address', async () => {
    const page = await h.open(`${script(['docker run -d --name web nginx'])}&lang=en`);
    await page.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('도커 컨테이너 생명주기');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Docker container lifecycle');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // The container is still there: switching language did not restart the simulator.
    await expect.poll(() => page.locator('[data-container=web]').count()).toBe(1);
  });

  it('loads only the catalog of the language shown', async () => {
    const page = await h.open('?lang=en');
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(urls.some((u) => /\/assets\/en-[\w-]+\.js$/.test(u))).toBe(true);
    expect(urls.some((u) => /\/assets\/ko-[\w-]+\.js$/.test(u))).toBe(false);
  });
});

describe('accessibility', () => {
  it.each([
    ['en', 'light'],
    ['ko', 'light'],
    ['en', 'dark'],
    ['ko', 'dark'],
  ])('axe finds no violations in %s, %s theme', async (lang, theme) => {
    const page = await h.open(
      `${script(['docker run -d --name web nginx', 'docker create --name db redis'])}&lang=${lang}&theme=${theme}`,
    );
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('reaches the action buttons and the diagram nodes with Tab, and selects a ps row with Enter', async () => {
    const page = await h.open(script(['docker run -d --name web nginx', 'docker create --name db redis']));
    const focused = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('data-state')
          ? `node:${el.getAttribute('data-state')}`
          : ((el?.textContent ?? '').trim().split(/\s+/)[0] ?? '');
      });
      focused.add(what);
    }
    expect(focused).toContain('node:running');
    expect(focused).toContain('stop');
    expect(focused).toContain('rm');
    // The newest container (db) is selected; Enter on web's row selects web.
    await page.locator('[data-container=web]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state'))
      .toBe('running');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Container web/ }).count()).toBe(1);
  });

  it('announces every transition in a live region, naming the container and its new state', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await action(page, 'pause').click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('web: running → paused.');
  });

  it('announces each state a docker restart passes through, though it happens within one frame', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await action(page, 'restart').click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('web: running → exited → running.');
  });

  it('speaks the same announcement again when the same change happens again', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await action(page, 'restart').click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('web: running → exited → running.');
    const spoken = await page.getByRole('status').locator('span').elementHandle();
    await action(page, 'restart').click();
    // A new text node in the live region, so that assistive technology reads it again.
    await expect.poll(() => spoken?.evaluate((n) => n.isConnected)).toBe(false);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('web: running → exited → running.');
  });

  it('names each action button with exactly one docker verb as a word, in both languages', async () => {
    for (const lang of ['en', 'ko']) {
      const page = await h.open(`${script(['docker run -d --name web nginx'])}&lang=${lang}`);
      for (const verb of ['create', 'start', 'pause', 'unpause', 'stop', 'kill', 'restart', 'rm']) {
        expect(await page.getByRole('button', { name: new RegExp(`\\b${verb}\\b`) }).count(), `${lang} ${verb}`).toBe(
          1,
        );
      }
    }
  });

  it('axe finds no violations once the terminal overflows its box', async () => {
    const lines = ['docker run -d --name web nginx', ...Array.from({ length: 30 }, () => 'docker ps -a')];
    const page = await h.open(script(lines));
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('motion', () => {
  it('at normal speed, each token travels to the node of its new state and stays there', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'));
    await action(page, 'pause').click();
    // Wait on the token itself: in its new state, and done travelling.
    await page.locator('[data-token=web][data-token-state=paused]:not([data-moving])').waitFor();
    const token = await page.locator('[data-token=web]').boundingBox();
    const node = await page.locator('[data-testid=lifecycle-diagram] [data-state=paused]').boundingBox();
    expect(token && node).toBeTruthy();
    const tx = token!.x + token!.width / 2;
    const ty = token!.y + token!.height / 2;
    // Under its node, horizontally aligned with it.
    expect(Math.abs(tx - (node!.x + node!.width / 2))).toBeLessThan(node!.width);
    expect(ty).toBeGreaterThan(node!.y + node!.height / 2);
    expect(ty - (node!.y + node!.height)).toBeLessThan(node!.height);
  });

  it('under reduced motion, a change shows at once with a text cue, not an animation', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'), { reducedMotion: true });
    await action(page, 'pause').click();
    await expect.poll(() => page.getByTestId('lifecycle-diagram').textContent()).toContain('→ paused');
    await expect
      .poll(() => page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state'))
      .toBe('paused');
    await screenshot(page, 'reduced-motion');
  });

  it('a removed container leaves no token behind: nothing to focus, click or hear', async () => {
    const page = await h.open(script(['docker run -d --name web nginx', 'docker run -d --name db redis'], 'speed=1'));
    await page.getByTestId('terminal-input').fill('docker rm -f web');
    await page.getByTestId('terminal-input').press('Enter');
    await expect.poll(() => page.locator('[data-token=web]').count(), { timeout: 6000 }).toBe(0);
    // Its fade is over (the leaving token is gone from the DOM), and it has not come back.
    await expect.poll(() => page.locator('g.token-leaving').count(), { timeout: 6000 }).toBe(0);
    expect(await page.locator('[data-token=web]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^web:/ }).count()).toBe(0);
  });

  it('under reduced motion, a change that logs no event (a failed removal) still gets its text cue', async () => {
    const page = await h.open(script(['docker create --name web nginx'], 'speed=1'), { reducedMotion: true });
    await page.getByRole('button', { name: /Next removal fails/ }).click();
    await action(page, 'rm').click();
    await expect
      .poll(() => page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state'))
      .toBe('dead');
    await expect.poll(() => page.locator('[data-token=web]').textContent()).toContain('→ dead');
    await expect
      .poll(() => page.getByRole('region', { name: 'What just happened' }).textContent())
      .toContain('web is now dead: its removal could not finish');
  });

  it('with time paused, a change that logs no event still shows at once', async () => {
    const page = await h.open(script(['docker run -d --name web --restart always busybox false'], 'speed=1'));
    await page.getByRole('button', { name: 'Pause time' }).click();
    await expect.poll(() => page.locator('[data-container=web]').textContent()).toMatch(/Restarting \(\d+\)/);
    await action(page, 'kill').click();
    await expect
      .poll(() => page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state'))
      .toBe('exited');
    await expect.poll(() => page.locator('[data-container=web]').textContent()).toMatch(/Exited \(1\)/);
    // No event, yet the explanation says where it is now.
    await expect
      .poll(() => page.getByRole('region', { name: 'What just happened' }).textContent())
      .toContain('web is now exited, with exit code 1');
  });

  it('a docker stop on a process that ignores SIGTERM holds for the grace period and counts down to SIGKILL', async () => {
    const page = await h.open(script(['docker run -d --name web busybox sleep 300'], 'speed=4'));
    await action(page, 'stop').click();
    await expect.poll(() => page.getByTestId('lifecycle-diagram').textContent()).toMatch(/SIGKILL in \d/);
    await expect.poll(() => page.getByTestId('terminal-output').textContent()).toContain('running…');
    // 10 s of grace at 4× is 2.5 s of real time.
    await expect
      .poll(() => page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state'), {
        timeout: 8000,
      })
      .toBe('exited');
    await expect.poll(() => page.locator('[data-container=web]').textContent()).toMatch(/Exited \(137\)/);
  });
});

describe('the address', () => {
  it('says what it did not understand in a malformed address, and starts cleanly', async () => {
    const page = await h.open('?lang=xx&speed=9');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('lang=xx, speed=9');
    await action(page, 'pause').click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('web: running → paused.');
  });

  it('runs the good lines of a script with a bad one, and names the bad line with its own error', async () => {
    const page = await h.open(script(['rm -rf /', 'docker run -d --name web nginx']));
    await expect
      .poll(() => page.getByTestId('script-problems').textContent())
      .toContain('line 1: bash: rm: command not found');
    await expect.poll(() => page.locator('[data-container=web]').count()).toBe(1);
  });
});
