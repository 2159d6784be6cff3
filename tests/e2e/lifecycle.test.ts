/**
 * From every state, click every action, as a learner would, on the built page. The container runs
 * `sleep 300`, which as PID 1 ignores SIGTERM, so a stop ends with SIGKILL (137). `?speed=instant`
 * makes commands finish at once; `removing` needs real time, so it runs at 1×.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { action, screenshot, script, useBrowser } from './support/page';

const h = useBrowser();

type State = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead' | 'removing';
type Verb = 'start' | 'pause' | 'unpause' | 'stop' | 'kill' | 'restart' | 'rm';

/** §4 of the spec for this process: where the container ends, and whether Docker refused. */
const TABLE: Record<State, Record<Verb, [string, 'ok' | 'no-op' | 'refused']>> = {
  created: {
    start: ['running', 'ok'],
    pause: ['created', 'refused'],
    unpause: ['created', 'refused'],
    stop: ['created', 'no-op'],
    kill: ['created', 'refused'],
    restart: ['running', 'ok'],
    rm: ['removed', 'ok'],
  },
  running: {
    start: ['running', 'no-op'],
    pause: ['paused', 'ok'],
    unpause: ['running', 'refused'],
    stop: ['exited', 'ok'],
    kill: ['exited', 'ok'],
    restart: ['running', 'ok'],
    rm: ['running', 'refused'],
  },
  paused: {
    start: ['paused', 'refused'],
    pause: ['paused', 'refused'],
    unpause: ['running', 'ok'],
    stop: ['exited', 'ok'],
    kill: ['exited', 'ok'],
    restart: ['running', 'ok'],
    rm: ['paused', 'refused'],
  },
  restarting: {
    start: ['restarting', 'no-op'],
    pause: ['restarting', 'refused'],
    unpause: ['restarting', 'refused'],
    stop: ['exited', 'ok'],
    kill: ['exited', 'ok'],
    restart: ['restarting', 'ok'],
    rm: ['restarting', 'refused'],
  },
  exited: {
    start: ['running', 'ok'],
    pause: ['exited', 'refused'],
    unpause: ['exited', 'refused'],
    stop: ['exited', 'no-op'],
    kill: ['exited', 'refused'],
    restart: ['running', 'ok'],
    rm: ['removed', 'ok'],
  },
  dead: {
    start: ['dead', 'refused'],
    pause: ['dead', 'refused'],
    unpause: ['dead', 'refused'],
    stop: ['dead', 'no-op'],
    kill: ['dead', 'refused'],
    restart: ['dead', 'refused'],
    rm: ['removed', 'ok'],
  },
  removing: {
    start: ['removing', 'refused'],
    pause: ['removing', 'refused'],
    unpause: ['removing', 'refused'],
    stop: ['removing', 'no-op'],
    kill: ['removing', 'refused'],
    restart: ['removing', 'refused'],
    rm: ['removing', 'refused'],
  },
};

/** What the `docker ps -a` row says in each state. */
const STATUS: Record<string, RegExp> = {
  created: /\bCreated\b/,
  running: /\bUp \w/,
  paused: /\(Paused\)/,
  restarting: /\bRestarting \(1\)/,
  exited: /\bExited \(\d+\)/,
  dead: /\bDead\b/,
  removing: /Removal In Progress/,
};

const SLEEPER = 'busybox sleep 300';

/** The `docker events` action each accepted command ends with. */
const LAST_EVENT: Record<Verb, string> = {
  start: 'start',
  pause: 'pause',
  unpause: 'unpause',
  stop: 'stop',
  kill: 'die',
  restart: 'restart',
  rm: 'destroy',
};

async function arrange(state: State): Promise<Page> {
  switch (state) {
    case 'created':
      return h.open(script([`docker create --name web ${SLEEPER}`]));
    case 'running':
      return h.open(script([`docker run -d --name web ${SLEEPER}`]));
    case 'paused':
      return h.open(script([`docker run -d --name web ${SLEEPER}`, 'docker pause web']));
    case 'restarting':
      return h.open(script(['docker run -d --name web --restart always busybox false']));
    case 'exited':
      return h.open(script([`docker run -d --name web ${SLEEPER}`, 'docker kill web']));
    case 'dead': {
      const page = await h.open(script([`docker create --name web ${SLEEPER}`]));
      await page.getByRole('button', { name: /Next removal fails/ }).click();
      await action(page, 'rm').click();
      return page;
    }
    case 'removing': {
      const page = await h.open(script([`docker create --name web ${SLEEPER}`], 'speed=1'));
      await page.getByRole('button', { name: /Next removal is slow/ }).click();
      await action(page, 'rm').click();
      return page;
    }
  }
}

const current = (page: Page) =>
  page.locator('[data-testid=lifecycle-diagram] [aria-current=true]').getAttribute('data-state');

describe.each(Object.keys(TABLE) as State[])('from %s', (state) => {
  it('the page shows the container in that state, and keeps a screenshot of it', async () => {
    const page = await arrange(state);
    await expect.poll(() => current(page)).toBe(state);
    await expect.poll(() => page.locator('[data-container=web]').textContent()).toMatch(STATUS[state]!);
    await screenshot(page, `state-${state}`);
  });

  it.each(Object.keys(TABLE[state]) as Verb[])('clicking %s does what Docker does', async (verb) => {
    const page = await arrange(state);
    await expect.poll(() => current(page)).toBe(state);
    const [to, outcome] = TABLE[state][verb];
    await action(page, verb).click();

    // The click is echoed as the docker command, with what the CLI printed.
    const log = page.getByTestId('terminal-output');
    await expect.poll(() => log.textContent()).toContain(`$ docker ${verb} web`);
    await expect.poll(() => current(page)).toBe(to);

    const events = page.getByRole('log', { name: 'docker events' });
    if (outcome === 'ok') {
      await expect
        .poll(() => events.textContent())
        .toMatch(new RegExp(`container ${LAST_EVENT[verb]} [0-9a-f]{64} \\(`));
    }
    if (outcome === 'refused') {
      await expect.poll(() => log.textContent()).toMatch(/Error response from daemon: /);
      await expect
        .poll(() => page.getByTestId('lifecycle-diagram').textContent())
        .toMatch(/Error response from daemon: /);
    } else if (outcome === 'no-op') {
      await expect.poll(() => page.getByTestId('lifecycle-diagram').textContent()).toMatch(/No change/);
    }

    if (to === 'removed') {
      await expect.poll(() => page.locator('[data-container=web]').count()).toBe(0);
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/web: removed/);
    } else {
      await expect.poll(() => page.locator('[data-container=web]').textContent()).toMatch(STATUS[to]!);
      // Every state it went through is said, in order: a stop thaws a paused container first.
      if (to !== state)
        await expect
          .poll(() => page.getByRole('status').textContent())
          .toMatch(new RegExp(`web: ${state} → (\\w+ → )*${to}\\.`));
    }
  });
});
