/**
 * The classroom in front of a class (issue "The classroom"): the first visit's offer, presenter mode
 * at 1024×768 with every key, a prepared demo, every lesson done by a scripted learner in both
 * languages, predict-the-next-state, and axe in each of those modes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

interface Text {
  en: string;
  ko: string;
}
interface LessonFile {
  id: string;
  order: number;
  title: Text;
  script: string[];
  steps: { instruction: Text; explanation: Text; solution: string[] }[];
}
const LESSONS: LessonFile[] = readdirSync('src/lessons')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`src/lessons/${f}`, 'utf8')) as LessonFile)
  .sort((a, b) => a.order - b.order);

async function type(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal-input').fill(line);
  await page.getByTestId('terminal-input').press('Enter');
}

async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function fontPx(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((n) => parseFloat(getComputedStyle(n).fontSize));
}

async function onScreen(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const vp = page.viewportSize();
  return !!box && !!vp && box.y >= 0 && box.y + box.height <= vp.height && box.x >= 0 && box.x + box.width <= vp.width;
}

describe('a first visit', () => {
  it('offers the first lesson in the learner’s language, and once dismissed never again', async () => {
    const page = await h.open('?lang=ko');
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    expect(await welcome.innerText()).toContain(LESSONS[0]!.title.ko.split(':')[0]);
    await page.setViewportSize({ width: 1024, height: 768 });
    // The offer costs the teacher nothing: the diagram and the eight verbs are still on screen.
    expect(await onScreen(page, 'lifecycle-diagram')).toBe(true);
    for (const verb of ['create', 'rm']) {
      const box = await action(page, verb).boundingBox();
      expect(box && box.y + box.height <= 768, `${verb} on screen`).toBe(true);
    }
    await screenshot(page, 'welcome-1024x768-ko');
    await page.getByTestId('welcome-dismiss').click();
    expect(await welcome.count()).toBe(0);
    await page.reload();
    await page.getByTestId('lifecycle-diagram').waitFor();
    await action(page, 'create').and(page.locator(':enabled')).waitFor();
    expect(await page.getByTestId('welcome').count()).toBe(0);
  });

  it('opens the first lesson from the offer, and reset brings back the starting picture', async () => {
    const page = await h.open('?lang=en');
    await page.getByTestId('welcome-start').click();
    await expect
      .poll(() => page.getByTestId('lesson-instruction').textContent())
      .toBe(LESSONS[0]!.steps[0]!.instruction.en);
    expect(await page.locator('[data-token]').count()).toBe(0);
    await type(page, 'docker create --name web nginx');
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('created');
    await page.getByTestId('reset').click();
    await expect.poll(() => page.locator('[data-token]').count()).toBe(0);
  });

  it('is not offered to a link that asks for something', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    expect(await page.getByTestId('welcome').count()).toBe(0);
  });
});

describe('presenter mode', () => {
  const SCRIPT = ['docker run -d --name web nginx', 'docker run -d --name db busybox sleep 1000'];

  for (const theme of ['light', 'dark', 'contrast']) {
    it(`at 1024×768 in the ${theme} theme, the diagram fills the screen and the command is ≥ 40 px`, async () => {
      const page = await h.open(`${script(SCRIPT)}&present&theme=${theme}`);
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.getByTestId('presenter').waitFor();
      // Select a container (Tab) and pause it with its key (3), as a teacher would.
      await page.keyboard.press('Tab');
      await page.keyboard.press('3');
      await expect.poll(() => page.getByTestId('presenter-command').textContent()).toMatch(/^docker pause /);
      const command = page.getByTestId('presenter-command');
      expect(await fontPx(page, 'presenter-command')).toBeGreaterThanOrEqual(40);
      expect(await onScreen(page, 'presenter-command')).toBe(true);
      const diagram = await page.getByTestId('lifecycle-diagram').boundingBox();
      expect(diagram!.width * diagram!.height).toBeGreaterThan(1024 * 768 * 0.4);
      expect(await onScreen(page, 'lifecycle-diagram')).toBe(true);
      // No page chrome: the panels are collapsed but one key away.
      expect(await page.getByTestId('terminal-input').count()).toBe(0);
      await page.keyboard.press('p');
      await page.getByTestId('presenter-panels').waitFor();
      expect(await page.getByTestId('terminal-input').count()).toBe(1);
      await page.keyboard.press('p');
      await page.getByTestId('presenter-panels').waitFor({ state: 'detached' });
      expect(await command.textContent()).toMatch(/docker pause/);
      expect(await page.getByTestId('presenter-explain').textContent()).not.toBe('');
      await screenshot(page, `presenter-1024x768-${theme}`);
    });
  }

  it('every key does what the key list says, and the keys are listed in the page', async () => {
    const page = await h.open(`${script(SCRIPT)}&present`);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('presenter').waitFor();
    const state = (name: string) => page.locator(`[data-token=${name}]`).getAttribute('data-token-state');
    const command = () => page.getByTestId('presenter-command').textContent();

    // Tab selects a container; 1–8 run the eight verbs on it.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByText(/^Selected: /).textContent()).toMatch(/Selected: (web|db)/);
    const first = (await page.getByText(/^Selected: /).textContent())!.match(/Selected: (\w+)/)![1]!;
    await page.keyboard.press('3'); // pause
    await expect.poll(() => state(first)).toBe('paused');
    expect(await command()).toBe(`docker pause ${first}`);
    expect(await page.getByTestId('presenter-explain').textContent()).toMatch(/freez|cgroup|paus/i);
    await page.keyboard.press('4'); // unpause
    await expect.poll(() => state(first)).toBe('running');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.getByText(/^Selected: /).textContent()).not.toContain(`Selected: ${first} `);

    // ← and → step back and forward through the history.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => state(first)).toBe('paused');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => state(first)).toBe('running');

    // Space holds and runs the clock.
    const clock = page.getByRole('button', { name: /the clock$/ });
    expect(await clock.textContent()).toContain('hold the clock');
    await page.keyboard.press('Space');
    await expect.poll(() => clock.textContent()).toContain('run the clock');
    await page.keyboard.press('Space');
    await expect.poll(() => clock.textContent()).toContain('hold the clock');

    // ? shows the keys, listed in the page for everyone (and a screen reader reaches them).
    await page.keyboard.press('?');
    const help = page.getByTestId('presenter-keys');
    await help.waitFor();
    const listed = await help.innerText();
    for (const key of ['→', '←', 'Space', 'Tab', 'R', 'P', '?', 'Esc', '1–8']) expect(listed).toContain(key);
    expect(await page.getByRole('navigation', { name: 'Keys' }).getByRole('button').count()).toBe(8);
    await page.keyboard.press('?');
    await help.waitFor({ state: 'detached' });

    // R resets to the starting picture.
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('[data-token]').count()).toBe(2);
    await expect.poll(() => state(first)).toBe('running');

    // Esc leaves presenter mode.
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    await page.getByTestId('present').waitFor();
  });

  it('the present button opens it, and axe is clean there in the high-contrast theme', async () => {
    const page = await h.open(`${script(SCRIPT)}&theme=contrast`);
    await page.getByTestId('present').click();
    await page.getByTestId('presenter').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('?');
    await page.getByTestId('presenter-keys').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a prepared demo', () => {
  const DEMO = [
    '# First we start a web server.',
    'docker run -d --name web nginx',
    'sleep 2',
    '# Docker refuses to unpause what is not paused; the demo goes on.',
    'docker unpause web',
    '# Now freeze it.',
    'docker pause web',
  ].join('\n');

  it('from the address, stepped through with → in presenter mode: captions, a refusal’s real error, and on', async () => {
    const page = await h.open(`?speed=instant&present&demo=${encodeURIComponent(DEMO)}`);
    await page.getByTestId('presenter').waitFor();
    const caption = page.getByTestId('presenter-caption');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toBe('First we start a web server.');
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
    await page.keyboard.press('ArrowRight'); // sleep 2
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption.textContent()).toMatch(/refuses to unpause/);
    await expect
      .poll(() => page.getByTestId('presenter').innerText())
      .toContain('Error response from daemon: Container');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    expect(await page.getByTestId('presenter-command').textContent()).toBe('docker pause web');
    // ← takes the line back, and → runs it again.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    expect(await caption.textContent()).toBe('Now freeze it.');
    await screenshot(page, 'demo-presenter-1280');
  });

  it('from a file, stepped through with its button, with the lines it cannot use listed', async () => {
    const page = await h.open(script([]));
    await page.getByTestId('demo-file').setInputFiles({
      name: 'lesson.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${DEMO}\nrm -rf /\n`),
    });
    await expect.poll(() => page.getByTestId('demo').innerText()).toContain('lesson.txt');
    expect(await page.getByTestId('demo').innerText()).toMatch(/1 lines? (was|were) left out/);
    const progress = () => page.getByTestId('demo-progress').textContent();
    expect(await progress()).toMatch(/^line 0 of 4/);
    for (let i = 0; i < 4; i++) await page.getByTestId('demo-next').click();
    await expect.poll(progress).toMatch(/^line 4 of 4/);
    expect(await page.getByTestId('demo-caption').textContent()).toBe('Now freeze it.');
    await expect.poll(() => page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    expect(await page.getByTestId('terminal-output').textContent()).toContain('is not paused');
    expect(await page.getByTestId('demo-next').isDisabled()).toBe(true);
  });

  it('goes with a copied link, at the line it is at', async () => {
    const page = await h.open(script([]));
    await page.getByTestId('demo-file').setInputFiles({
      name: 'lesson.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(DEMO),
    });
    await page.getByTestId('demo-next').click();
    await page.getByTestId('demo-next').click();
    await expect.poll(() => page.getByTestId('demo-progress').textContent()).toMatch(/^line 2 of 4/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('share-link').click();
    await expect.poll(() => page.getByTestId('share-link').getAttribute('data-href')).toMatch(/demoAt=2/);
    const href = (await page.getByTestId('share-link').getAttribute('data-href')) ?? '';
    const fresh = await h.open(href.slice(href.indexOf('?')));
    await expect.poll(() => fresh.getByTestId('demo-progress').textContent()).toMatch(/^line 2 of 4/);
    await expect.poll(() => fresh.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
    await fresh.getByTestId('demo-next').click();
    await fresh.getByTestId('demo-next').click();
    await expect.poll(() => fresh.locator('[data-token=web]').getAttribute('data-token-state')).toBe('paused');
    expect(await fresh.locator('[data-token]').count()).toBe(1);
  });
});

describe('every lesson, done by a scripted learner', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`in ${lang}: each step's goal is met by doing what it asks, and the lesson ends done`, async () => {
      const page = await h.open(`?speed=instant&lang=${lang}&script=${encodeURIComponent('docker ps')}`);
      for (const lesson of LESSONS) {
        await page.locator(`[data-lesson="${lesson.id}"]`).click();
        const active = page.getByTestId('lesson');
        await active.waitFor();
        expect(await active.getByRole('heading').textContent()).toBe(lesson.title[lang]);
        for (const [i, step] of lesson.steps.entries()) {
          const where = `${lesson.id} step ${i + 1}`;
          expect(await page.getByTestId('lesson-instruction').textContent(), where).toBe(step.instruction[lang]);
          expect(await page.getByTestId('lesson-status').getAttribute('data-met'), where).toBe('false');
          for (const line of step.solution) await type(page, line);
          await expect
            .poll(() => page.getByTestId('lesson-status').getAttribute('data-met'), { timeout: 15_000 })
            .toBe('true');
          expect(await page.getByTestId('lesson-status').textContent(), where).toContain(step.explanation[lang]);
          if (lesson.id === LESSONS[2]!.id && i === 0) await screenshot(page, `lesson-${lang}`);
          await page.getByTestId('lesson-next').click();
        }
        await active.waitFor({ state: 'detached' });
        await expect
          .poll(() => page.locator(`[data-lesson="${lesson.id}"]`).textContent())
          .toContain(lang === 'en' ? 'done ✓' : '완료');
      }
    });
  }

  it('a lesson opens by link; an unknown one says so; axe is clean in a lesson', async () => {
    const page = await h.open(`?lesson=${LESSONS[1]!.id}&lang=ko`);
    await expect
      .poll(() => page.getByTestId('lesson-instruction').textContent())
      .toBe(LESSONS[1]!.steps[0]!.instruction.ko);
    expect(await axeViolations(page)).toEqual([]);
    const missing = await h.open('?lesson=no-such-lesson');
    await expect.poll(() => missing.getByTestId('lesson-missing').textContent()).toContain('no-such-lesson');
    expect(await missing.getByTestId('lessons').isVisible()).toBe(true);
  });
});

describe('predict the next state', () => {
  it('asks before a click runs, hides the answer meanwhile, and scores right and wrong', async () => {
    const page = await h.open(
      script(['docker run -d --name web nginx', 'docker run -d --name napper busybox sleep 1000']),
    );
    await page.locator('[data-container=web]').click();
    await page.getByTestId('predict-mode').click();
    expect(await page.getByTestId('predict-mode').getAttribute('aria-pressed')).toBe('true');

    await action(page, 'pause').click();
    const dialog = page.getByTestId('predict');
    await dialog.waitFor();
    // Nothing gives the answer away: no emphasised next moves, no verdicts on the buttons.
    expect(await page.locator('[data-next="true"], [data-emphasis="next"]').count()).toBe(0);
    expect(await page.locator('[data-emphasis="other"]').count()).toBe(0);
    expect(await action(page, 'stop').innerText()).not.toMatch(/accepts|no change|refuses/);
    expect(await page.locator('[data-token=web]').getAttribute('data-token-state')).toBe('running');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel('paused').check();
    await page.getByTestId('predict-run').click();
    const result = page.getByTestId('predict-result');
    await expect.poll(() => result.getAttribute('data-right')).toBe('true');
    expect(await result.textContent()).toMatch(/Right!.*paused/);
    expect(await page.getByTestId('predict-score').textContent()).toBe('Score: 1 of 1');

    // A wrong guess: stop on a paused container lands in exited, not removed.
    await action(page, 'stop').click();
    await dialog.waitFor();
    await dialog.getByLabel('removed').check();
    await page.getByTestId('predict-run').click();
    await expect.poll(() => result.getAttribute('data-right')).toBe('false');
    expect(await result.textContent()).toMatch(/Not quite\..*exited/);
    expect(await page.getByTestId('predict-score').textContent()).toBe('Score: 1 of 2');

    // With an exit code, by keyboard alone: kill napper → exited, 137.
    await page.locator('[data-container=napper]').click();
    await action(page, 'kill').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByLabel('exited').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('predict-exit-code').fill('137');
    await page.getByTestId('predict-exit-code').press('Enter');
    await expect.poll(() => page.getByTestId('predict-score').textContent()).toBe('Score: 2 of 3');
    expect(await result.textContent()).toMatch(/exit code 137/);
    await screenshot(page, 'predict-result');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('a refusal can be predicted too', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await page.locator('[data-container=web]').click();
    await page.getByTestId('predict-mode').click();
    await action(page, 'unpause').click();
    await page
      .getByTestId('predict')
      .getByLabel(/Docker refuses/)
      .check();
    await page.getByTestId('predict-run').click();
    await expect.poll(() => page.getByTestId('predict-result').getAttribute('data-right')).toBe('true');
    expect(await page.getByTestId('predict-result').textContent()).toContain('Docker refused it.');
  });
});
