/**
 * A session's history (machines/history/session.ts): undo, redo and jumps rebuild the session by
 * playing its record again, and what a learner sees afterwards is byte-identical.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordedSession, type SessionBase } from '../../../machines/index';

const BASE: SessionBase = { seed: 7, script: ['docker run -d --name web nginx'], auto: false };

/** What a learner can see: ps, the events, every container's inspect, and the terminal. */
function seen(session: RecordedSession): string {
  const { sim, shell } = session;
  return JSON.stringify({
    ps: sim.query('docker ps -a')?.stdout,
    events: sim.events(),
    inspect: sim.view().containers.map((c) => sim.inspect(c.id)),
    transcript: shell.snapshot(),
    at: session.elapsed(),
  });
}

/** The page's clock: frames of 16 ms, each a macrotask, as requestAnimationFrame gives them. */
async function frames(session: RecordedSession, ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 16) {
    session.advance(Math.min(16, ms - t));
    await new Promise((r) => setImmediate(r));
  }
}

describe('a recorded session', () => {
  it('after undo then redo, ps, events, inspect and the transcript are byte-identical', async () => {
    const s = await RecordedSession.start(BASE);
    s.submit('docker run -d --name db busybox sleep 1000');
    await frames(s, 500);
    s.click('docker pause web');
    await frames(s, 300);
    // A stop that waits out its grace period, with a line typed ahead behind it.
    s.submit('docker stop -t 3 db');
    await frames(s, 400);
    s.submit('docker ps -a');
    await frames(s, 3500);
    s.fault(s.sim.view().containers[0]!.id, { type: 'oom' }, 'web: out of memory');
    await frames(s, 200);
    s.tick(1000);
    await frames(s, 250);
    const before = seen(s);
    expect(s.where()).toEqual({ at: 6, of: 6 });

    await s.undo();
    expect(s.where()).toEqual({ at: 5, of: 6 });
    expect(seen(s)).not.toBe(before);
    await s.redo();
    expect(seen(s)).toBe(before);

    // And all the way back and forth.
    await s.goTo(0);
    expect(s.sim.view().containers.map((c) => c.name)).toEqual(['web']);
    await s.goTo(6);
    expect(seen(s)).toBe(before);
  });

  it('stands, after an undo, just before the undone step: its moment, with the step not taken', async () => {
    const s = await RecordedSession.start(BASE);
    await frames(s, 1000);
    s.click('docker stop web');
    await frames(s, 11_000);
    expect(s.sim.inspect('web')?.State.Status).toBe('exited');
    await s.undo();
    expect(s.sim.inspect('web')?.State.Status).toBe('running');
    // The moment the stop was clicked (the frames before it: 1000 ms, give or take a frame).
    expect(s.elapsed()).toBeGreaterThanOrEqual(1000);
    expect(s.elapsed()).toBeLessThan(1016);
    // The transcript does not show the undone command.
    expect(JSON.stringify(s.shell.snapshot())).not.toContain('docker stop web');
  });

  it('a new step after an undo drops the redo branch, and says how many steps it dropped', async () => {
    const s = await RecordedSession.start(BASE);
    s.click('docker pause web');
    s.click('docker unpause web');
    s.click('docker stop -t 0 web');
    await frames(s, 100);
    await s.undo();
    await s.undo();
    expect(s.where()).toEqual({ at: 1, of: 3 });
    const { dropped } = s.click('docker kill web');
    expect(dropped).toBe(2);
    expect(s.where()).toEqual({ at: 2, of: 2 });
    expect(s.canRedo()).toBe(false);
    await frames(s, 50);
    // The kill the paused container got (Docker thaws it to deliver the signal); no unpause, no stop.
    expect(s.sim.events().map((e) => e.Action)).toEqual(['create', 'start', 'pause', 'kill', 'unpause', 'die']);
  });

  it('a line typed ahead behind a waiting command starts when that command ends, in a replay too', async () => {
    const s = await RecordedSession.start(BASE);
    s.submit('docker stop web');
    await frames(s, 2000);
    s.submit('docker run -d --name after busybox sleep 1000');
    await frames(s, 9000);
    const created = s.sim.events().find((e) => e.Actor.Attributes.name === 'after')?.timeNano;
    expect(created).toBeDefined();
    const before = seen(s);
    const copy = await RecordedSession.restore(BASE, s.record().records, 2, s.record().tipAt);
    expect(copy.sim.events().find((e) => e.Actor.Attributes.name === 'after')?.timeNano).toBe(created);
    expect(seen(copy)).toBe(before);
  });

  it('restores from its record at any step, as the live session was', async () => {
    const s = await RecordedSession.start(BASE);
    const at: string[] = [seen(s)];
    for (const line of ['docker pause web', 'docker unpause web', 'docker restart -t 1 web', 'docker rm -f web']) {
      s.submit(line);
      await frames(s, 1500);
      at.push(seen(s));
    }
    const { records, tipAt } = s.record();
    const copy = await RecordedSession.restore(BASE, records, 4, tipAt);
    expect(seen(copy)).toBe(at[4]);
    expect(copy.where()).toEqual({ at: 4, of: 4 });
  });

  it('reset goes back to the starting picture with an empty history', async () => {
    const s = await RecordedSession.start(BASE);
    const start = seen(s);
    s.click('docker stop -t 0 web');
    await frames(s, 100);
    await s.reset();
    expect(seen(s)).toBe(start);
    expect(s.where()).toEqual({ at: 0, of: 0 });
  });

  it('for random runs with a running clock, a restore of the record is byte-identical to the run', async () => {
    const action = fc.oneof(
      fc.constantFrom(
        'docker pause web',
        'docker unpause web',
        'docker stop -t 1 web',
        'docker start web',
        'docker restart -t 1 web',
        'docker kill web',
        'docker run -d --name job --restart on-failure:2 busybox false',
        'docker rm -f job',
        'docker ps -a',
        'docker run -d --rm --name tmp busybox sleep 1',
      ),
      fc.constant('tick'),
      fc.constant('fault'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ action, typed: fc.boolean(), wait: fc.integer({ min: 0, max: 1500 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (steps) => {
          const s = await RecordedSession.start(BASE);
          for (const { action: a, typed, wait } of steps) {
            if (a === 'tick') s.tick(500);
            else if (a === 'fault') {
              const web = s.sim.view().containers.find((c) => c.name === 'web');
              if (web) s.fault(web.id, { type: 'exit', code: 3 }, 'web: the process exits with code 3');
            } else if (typed) s.submit(a);
            else s.click(a);
            await frames(s, wait);
          }
          // A click's result is written a microtask after the click: what the learner sees next.
          await new Promise((r) => setImmediate(r));
          const live = seen(s);
          const { records, position, tipAt } = s.record();
          const copy = await RecordedSession.restore(BASE, records, position, tipAt);
          expect(seen(copy)).toBe(live);
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);

  it('a prune that asks: the typed answer is a step, and undo, redo and a jump replay it exactly', async () => {
    const s = await RecordedSession.start({ ...BASE, script: [...BASE.script, 'docker create --name spare busybox'] });
    // The page's keys arrive as tasks of their own: what a submit starts runs before the next frame.
    const key = (text: string) => {
      s.submit(text);
      return new Promise((r) => setImmediate(r));
    };
    await frames(s, 200);
    await key('docker container prune');
    await frames(s, 300);
    expect(s.shell.isHolding()).toBe(true);
    await key('y');
    await frames(s, 100);
    await key('docker ps -a --format {{.Names}}');
    await frames(s, 300);
    expect(s.sim.view().containers.map((c) => c.name)).toEqual(['web']);
    const before = seen(s);
    await s.goTo(0);
    await s.goTo(3);
    expect(seen(s)).toBe(before);
    // Back to the question: the prompt waits again, and another answer is another branch.
    await s.goTo(1);
    expect(s.shell.isHolding()).toBe(true);
    expect(s.sim.view().containers.map((c) => c.name)).toEqual(['web', 'spare']);
    await key('n');
    expect(s.shell.isHolding()).toBe(false);
    expect(s.sim.view().containers.map((c) => c.name)).toEqual(['web', 'spare']);
    const declined = seen(s);
    await s.undo();
    await s.redo();
    expect(seen(s)).toBe(declined);
  });
});

describe('a session whose script has a line that waits', () => {
  const WAITS: SessionBase = {
    seed: 1,
    script: ['docker run --name fg nginx', '', 'docker run -d --name web nginx'],
    auto: false,
  };

  it('starts with that line holding the prompt and the rest queued behind it, as typed', async () => {
    const s = await RecordedSession.start(WAITS);
    expect(s.sim.inspect('fg')?.State.Status).toBe('running');
    expect(s.sim.inspect('web')).toBeUndefined();
    expect(s.shell.snapshot()).toMatchObject({ holding: true, queue: ['docker run -d --name web nginx'] });
    // Each entry names its line in the script, blank lines counted.
    expect(s.shell.snapshot().entries.map((e) => e.scriptLine)).toEqual([1]);
  });

  it('runs the queued line once Ctrl+C ends the one that waits', async () => {
    const s = await RecordedSession.start(WAITS);
    s.interrupt('');
    for (let i = 0; i < 200 && s.sim.inspect('web')?.State.Status !== 'running'; i++) {
      s.advance(100);
      await Promise.resolve();
    }
    expect(s.sim.inspect('fg')?.State.Status).toBe('exited');
    expect(s.sim.inspect('web')?.State.Status).toBe('running');
  });
});
