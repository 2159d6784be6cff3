/** The terminal: a typed session through the same engine as the buttons (issue 4). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

const input = (page: Page) => page.getByTestId('terminal-input');
const output = (page: Page) => page.getByTestId('terminal-output');
const current = (page: Page) =>
  page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state');

/** Types a line and presses Enter, as a person would. */
async function type(page: Page, line: string): Promise<void> {
  await input(page).click();
  await input(page).pressSequentially(line, { delay: 0 });
  await input(page).press('Enter');
}

/** Pastes text into the terminal's input, as the clipboard would deliver it. */
async function paste(page: Page, text: string): Promise<void> {
  await input(page).focus();
  await page.evaluate((t) => {
    const el = document.querySelector('[data-testid=terminal-input]');
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The command lines shown in the terminal, in order. */
const commandLines = (page: Page) => output(page).locator('[data-seq] > div:first-child').allInnerTexts();

/** The text of the last entry in the terminal. */
const lastEntry = async (page: Page) => (await output(page).locator('[data-seq]').last().innerText()).trimEnd();

describe('a typed session', () => {
  it('runs, lists, pauses, stops with a grace period, removes, and shows errors, with the diagram following', async () => {
    const page = await h.open('?speed=4&script=');
    await type(page, 'docker run -d --name web busybox sleep 300');
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/^\$ docker run -d --name web busybox sleep 300\n[0-9a-f]{64}\n?$/);
    await expect.poll(() => current(page)).toBe('running');

    await type(page, 'docker ps');
    await expect.poll(() => lastEntry(page)).toMatch(/CONTAINER ID +IMAGE +COMMAND +CREATED +STATUS +PORTS +NAMES/);
    await expect.poll(() => lastEntry(page)).toMatch(/busybox +"sleep 300" .* Up .* web/);

    await type(page, 'docker pause web');
    await expect.poll(() => current(page)).toBe('paused');
    await expect.poll(() => lastEntry(page)).toBe('$ docker pause web\nweb');

    // busybox sleep as PID 1 ignores SIGTERM: the prompt is held through the grace period.
    await type(page, 'docker stop -t 4 web');
    await expect.poll(() => page.getByTestId('lifecycle-diagram').textContent()).toMatch(/SIGKILL in \d/);
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Waiting for the command to finish/);
    await expect.poll(() => lastEntry(page)).toBe('$ docker stop -t 4 web');
    await expect.poll(() => lastEntry(page), { timeout: 8000 }).toBe('$ docker stop -t 4 web\nweb');
    await expect.poll(() => current(page)).toBe('exited');
    await type(page, 'echo $?');
    await expect.poll(() => lastEntry(page)).toBe('$ echo $?\n0');

    await type(page, 'docker unpause web');
    await expect
      .poll(async () =>
        (await output(page).locator('[data-seq]').last().locator('[data-stream=stderr]').innerText()).trimEnd(),
      )
      .toMatch(/^Error response from daemon: Container [0-9a-f]{64} is not paused$/);
    await expect.poll(() => lastEntry(page)).toMatch(/exit code 1$/);
    // The diagram shows the refusal too, as for a refused click.
    await expect
      .poll(() => page.getByTestId('lifecycle-diagram').textContent())
      .toMatch(/Error response from daemon: Container [0-9a-f]{64} is not paused/);
    await type(page, 'echo $?');
    await expect.poll(() => lastEntry(page)).toBe('$ echo $?\n1');

    await type(page, 'docker rm web');
    await expect.poll(() => lastEntry(page)).toBe('$ docker rm web\nweb');
    await expect.poll(() => page.locator('[data-container=web]').count()).toBe(0);

    await type(page, 'docker frobnicate');
    await expect.poll(() => lastEntry(page)).toContain('docker: unknown command: docker frobnicate');
    await type(page, 'docker stop --bogus web');
    await expect.poll(() => lastEntry(page)).toContain('unknown flag: --bogus');
    await screenshot(page, 'terminal-session');
  });
});

describe('the line editor', () => {
  it('completes verbs, container names and images with Tab, and lists the candidates when there are several', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await input(page).fill('docker run -d --name db red');
    await input(page).press('Tab');
    await expect.poll(() => input(page).inputValue()).toBe('docker run -d --name db redis ');
    await input(page).press('Enter');
    await expect.poll(() => page.locator('[data-container=db]').count()).toBe(1);
    await input(page).fill('docker pa');
    await input(page).press('Tab');
    await expect.poll(() => input(page).inputValue()).toBe('docker pause ');
    await input(page).pressSequentially('w');
    await input(page).press('Tab');
    await expect.poll(() => input(page).inputValue()).toBe('docker pause web ');
    await input(page).fill('docker st');
    await input(page).press('Tab');
    await expect.poll(() => lastEntry(page)).toBe('$ docker st\nstart  stop');
    await expect.poll(() => input(page).inputValue()).toBe('docker st');
    await input(page).fill('docker stop --t');
    await input(page).press('Tab');
    await expect.poll(() => input(page).inputValue()).toBe('docker stop --timeout ');
  });

  it('walks back and forth through earlier lines with ↑ and ↓, keeping the line being typed', async () => {
    const page = await h.open('?speed=instant&script=');
    await type(page, 'docker ps');
    await type(page, 'docker ps -a');
    await input(page).fill('docker in');
    await input(page).press('ArrowUp');
    await expect.poll(() => input(page).inputValue()).toBe('docker ps -a');
    await input(page).press('ArrowUp');
    await expect.poll(() => input(page).inputValue()).toBe('docker ps');
    await input(page).press('ArrowUp');
    await expect.poll(() => input(page).inputValue()).toBe('docker ps');
    await input(page).press('ArrowDown');
    await expect.poll(() => input(page).inputValue()).toBe('docker ps -a');
    await input(page).press('ArrowDown');
    await expect.poll(() => input(page).inputValue()).toBe('docker in');
    await input(page).fill('history');
    await input(page).press('Enter');
    await expect.poll(() => lastEntry(page)).toBe('$ history\n    1  docker ps\n    2  docker ps -a\n    3  history');
  });

  it('clears the screen with clear and with Ctrl+L, and keeps the session', async () => {
    const page = await h.open(script(['docker run -d --name web nginx']));
    await type(page, 'docker ps');
    await type(page, 'clear');
    await expect.poll(() => output(page).locator('[data-seq]').count()).toBe(0);
    await type(page, 'docker ps -q');
    await expect.poll(() => output(page).locator('[data-seq]').count()).toBe(1);
    await input(page).press('Control+l');
    await expect.poll(() => output(page).locator('[data-seq]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-container=web]').count()).toBe(1);
  });

  it('runs pasted lines one after another, in order, and keeps the unfinished last line for editing', async () => {
    const page = await h.open('?speed=instant&script=');
    await paste(
      page,
      'docker create --name app nginx\ndocker start app\r\ndocker pause app\ndocker ps --format "{{.Names}} {{.Status}}"\ndocker rm',
    );
    await expect
      .poll(() => commandLines(page))
      .toEqual([
        '$ docker create --name app nginx',
        '$ docker start app',
        '$ docker pause app',
        '$ docker ps --format "{{.Names}} {{.Status}}"',
      ]);
    await expect.poll(() => lastEntry(page)).toMatch(/^\$ docker ps --format .*\napp Up .* \(Paused\)$/);
    await expect.poll(() => input(page).inputValue()).toBe('docker rm');
  });
});

describe('commands that take time', () => {
  it('holds the prompt for a foreground run until Ctrl+C, which docker forwards as SIGINT', async () => {
    const page = await h.open('?speed=1&script=');
    await type(page, 'docker run --name fg busybox top');
    await expect.poll(() => current(page)).toBe('running');
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Waiting/);
    await type(page, 'docker ps -q');
    // Typed ahead: it waits for the foreground command.
    await expect.poll(() => output(page).getByText('queued').count()).toBe(1);
    // The focus moves to the ps row; Ctrl+C still reaches the command that holds the prompt.
    await page.locator('[data-container=fg]').click();
    await page.keyboard.press('Control+c');
    await expect.poll(() => current(page)).toBe('exited');
    // top dies of SIGINT: 128 + 2. Ctrl+C also drops the line typed ahead.
    await expect.poll(() => page.locator('[data-container=fg]').textContent()).toMatch(/Exited \(130\)/);
    await expect.poll(() => lastEntry(page)).toBe('$ docker run --name fg busybox top\n^C\nexit code 130');
    await expect.poll(() => output(page).getByText('queued').count()).toBe(0);
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Type a docker command/);
  });

  it('says how to get out when PID 1 ignores SIGINT, and gives up at the third Ctrl+C as docker does', async () => {
    const page = await h.open('?speed=1&script=');
    await type(page, 'docker run --name sleeper busybox sleep 300');
    await expect.poll(() => current(page)).toBe('running');
    await input(page).press('Control+c');
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/\^C\nThe container ignored SIGINT: its main process runs as PID 1/);
    await input(page).press('Control+c');
    await expect.poll(() => lastEntry(page)).toMatch(/Press Ctrl\+C once more/);
    await input(page).press('Control+c');
    await expect.poll(() => lastEntry(page)).toMatch(/\^C\n\ngot 3 SIGTERM\/SIGINTs, forcefully exiting\nexit code 1$/);
    // The CLI gave up; the container did not.
    await expect.poll(() => page.locator('[data-container=sleeper]').textContent()).toMatch(/Up /);
    await type(page, 'echo $?');
    await expect.poll(() => lastEntry(page)).toBe('$ echo $?\n1');
  });

  it('follows docker events live, including what the buttons do, until Ctrl+C', async () => {
    const page = await h.open(script(['docker run -d --name web nginx'], 'speed=1'));
    await type(page, 'docker events');
    await action(page, 'pause').click();
    await expect
      .poll(() => output(page).locator('[data-source=typed]').last().innerText())
      .toMatch(/container pause [0-9a-f]{64} \(image=nginx, name=web\)/);
    // The click is echoed after the running docker events, in order.
    await expect
      .poll(() => commandLines(page))
      .toEqual(['$ docker run -d --name web nginx', '$ docker events', '$ docker pause webclicked']);
    await input(page).press('Control+c');
    await expect
      .poll(() => output(page).locator('[data-source=typed]').last().innerText())
      .toMatch(/\^C\nexit code 130\n?$/);
  });
});

describe('buttons and terminal share one session', () => {
  it('echoes every click as its command line, in order with the typed ones, and a typed container can be clicked', async () => {
    const page = await h.open('?speed=instant&script=');
    await type(page, 'docker run -d --name typed nginx');
    await expect.poll(() => current(page)).toBe('running');
    await action(page, 'pause').click();
    await type(page, 'docker unpause typed');
    await action(page, 'stop').click();
    await expect.poll(() => current(page)).toBe('exited');
    await expect
      .poll(() => commandLines(page))
      .toEqual([
        '$ docker run -d --name typed nginx',
        '$ docker pause typedclicked',
        '$ docker unpause typed',
        '$ docker stop typedclicked',
      ]);
    await expect.poll(() => output(page).locator('[data-source=click]').last().innerText()).toMatch(/typed\n?$/);
    // Copying a clicked line copies the command alone, not its "clicked" label.
    // (Triple-clicked on the command's words, as a person would; the label beside it is not selectable.)
    await output(page)
      .locator('[data-source=click]')
      .last()
      .getByText('docker stop typed', { exact: true })
      .click({ clickCount: 3 });
    expect((await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim()).toBe('$ docker stop typed');
  });
});

describe('bad input', () => {
  it('answers unbalanced quotes, unknown commands, huge lines and control characters, and the page carries on', async () => {
    const page = await h.open('?speed=instant&script=');
    // An open quote continues the line, as bash does with its > prompt; Ctrl+D ends it with bash's error.
    await type(page, 'docker run --name "web nginx');
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/open quote/);
    await expect.poll(() => output(page).innerText()).toContain('$ docker run --name "web nginx');
    await input(page).press('Control+d');
    await expect
      .poll(() => lastEntry(page))
      .toBe('$ docker run --name "web nginx\nbash: unexpected EOF while looking for matching `"\'\nexit code 2');
    // Ctrl+C drops a continued line.
    await type(page, "echo 'open");
    await type(page, 'more');
    await input(page).press('Control+c');
    await expect.poll(() => lastEntry(page)).toBe("$ echo 'open\n> more\n> ^C");
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Type a docker command/);
    await type(page, 'ls -la');
    await expect.poll(() => lastEntry(page)).toBe('$ ls -la\nbash: ls: command not found\nexit code 127');
    const huge = `docker ${'x'.repeat(10_000)}`;
    await input(page).fill(huge);
    await input(page).press('Enter');
    await expect.poll(() => lastEntry(page)).toContain(`docker: unknown command: docker ${'x'.repeat(100)}`);
    // Control characters in pasted text are dropped; nothing invisible reaches the engine.
    await paste(page, 'docker run -d --name \u0007bell\u001b\u0000 nginx\n');
    await expect.poll(() => page.locator('[data-container=bell]').count()).toBe(1);
    await type(page, 'docker ps -q');
    await expect.poll(() => lastEntry(page)).toMatch(/^\$ docker ps -q\n[0-9a-f]{12}$/);
  });

  it('never interprets a name as markup, anywhere in the page', async () => {
    const page = await h.open('?speed=instant&script=');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    await type(page, `docker run -d --name '${name}' nginx`);
    await expect
      .poll(() => lastEntry(page))
      .toContain(
        `docker: Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      );
    await type(page, `docker stop '${name}'`);
    await expect.poll(() => lastEntry(page)).toContain(`No such container: ${name}`);
    await type(page, `echo '<script>alert(2)</script>'`);
    await expect.poll(() => lastEntry(page)).toContain('<script>alert(2)</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[data-testid=terminal-output] script').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});

describe('access', () => {
  it('is labelled, readable as a log, axe-clean in both languages, and never traps the focus', async () => {
    for (const lang of ['en', 'ko']) {
      const page = await h.open(`${script(['docker run -d --name web nginx', 'docker pause nope'])}&lang=${lang}`);
      await type(page, 'docker ps');
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await output(page).getAttribute('role')).toBe('log');
      await expect
        .poll(() =>
          page.getByRole('textbox', { name: lang === 'en' ? 'docker command line' : 'docker 명령 입력' }).count(),
        )
        .toBe(1);
      // docker's output stays in English in Korean too.
      await expect
        .poll(() => output(page).textContent())
        .toContain('Error response from daemon: No such container: nope');
      if (lang === 'ko') await screenshot(page, 'terminal-korean');

      // Tab on an empty line moves on; with text, Esc then Tab leaves too.
      await input(page).fill('');
      await input(page).press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('terminal-input');
      await input(page).fill('docker ps');
      await input(page).press('Escape');
      await input(page).press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('terminal-input');
      await input(page).focus();
      await input(page).press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('terminal-input');
    }
  });
});

describe('keys for an attached container', () => {
  it('-it: says which keys do what, Ctrl+C never makes docker give up, Ctrl+D ends the shell', async () => {
    const page = await h.open('?speed=1&script=');
    await type(page, 'docker run -it --name box busybox sh');
    await expect.poll(() => lastEntry(page)).toMatch(/Attached to the container’s own terminal \(-it\)/);
    for (let i = 0; i < 4; i++) await input(page).press('Control+c');
    await expect.poll(() => lastEntry(page)).toMatch(/(\^C\n){3}\^C$/);
    await expect.poll(() => page.locator('[data-container=box]').textContent()).toMatch(/Up /);
    await input(page).press('Control+d');
    await expect.poll(() => page.locator('[data-container=box]').textContent()).toMatch(/Exited \(0\)/);
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Type a docker command/);
  });

  it('-it: Ctrl+P Ctrl+Q detaches and leaves the container running', async () => {
    const page = await h.open('?speed=1&script=');
    await type(page, 'docker run -it --name box busybox sh');
    await expect.poll(() => current(page)).toBe('running');
    await input(page).press('Control+p');
    await input(page).press('Control+q');
    await expect.poll(() => input(page).getAttribute('placeholder')).toMatch(/Type a docker command/);
    await expect
      .poll(() => page.getByRole('log', { name: 'docker events' }).textContent())
      .toMatch(/container detach [0-9a-f]{64}/);
    await expect.poll(() => page.locator('[data-container=box]').textContent()).toMatch(/Up /);
  });

  it('--sig-proxy=false: says Ctrl+C was not passed on, and gives up at the third press', async () => {
    const page = await h.open('?speed=1&script=');
    await type(page, 'docker run --sig-proxy=false --name np busybox top');
    await expect.poll(() => current(page)).toBe('running');
    await input(page).press('Control+c');
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/docker does not pass Ctrl\+C on to the container \(--sig-proxy=false\)/);
    await input(page).press('Control+c');
    await input(page).press('Control+c');
    await expect.poll(() => lastEntry(page)).toMatch(/got 3 SIGTERM\/SIGINTs, forcefully exiting\nexit code 1$/);
    await expect.poll(() => page.locator('[data-container=np]').textContent()).toMatch(/Up /);
  });
});

describe('output that is not streamed', () => {
  it("shows docker inspect's error line for a missing container, and a long name never widens the page", async () => {
    const page = await h.open('?speed=instant&script=');
    await type(page, 'docker inspect nope');
    await expect
      .poll(() => lastEntry(page))
      .toBe('$ docker inspect nope\n[]\nerror: no such object: nope\nexit code 1');
    await input(page).fill(`docker run -d --name ${'n'.repeat(3000)} nginx`);
    await input(page).press('Enter');
    await expect.poll(() => page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

describe('a line as bash reads it', () => {
  it('runs lists with ; && ||, substitutes $(docker …), continues open quotes, and says what it does not simulate', async () => {
    const page = await h.open('?speed=instant&script=');
    await type(page, 'docker run -d --name one nginx; docker run -d --name two redis && echo both');
    await expect.poll(() => lastEntry(page)).toBe('$ echo both\nboth');
    await type(page, 'docker pause nope || echo "no such: $?"');
    await expect.poll(() => lastEntry(page)).toBe('$ echo "no such: $?"\nno such: 1');
    await type(page, 'docker rm -f $(docker ps -aq)');
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/^\$ docker rm -f \$\(docker ps -aq\)\n[0-9a-f]{12}\n[0-9a-f]{12}$/);
    await expect.poll(() => page.locator('[data-container]').count()).toBe(0);
    await type(page, "echo 'a");
    await type(page, "b'");
    await expect.poll(() => lastEntry(page)).toBe("$ echo 'a\n> b'\na\nb");
    await type(page, 'docker ps -a | grep web');
    await expect
      .poll(() => lastEntry(page))
      .toMatch(/not pipes, redirections or background jobs: “\|” is not simulated\.\nexit code 2$/);
  });
});
