/**
 * Every lesson file reads as a lesson, in both languages, and a scripted learner who types each
 * step's solution reaches each goal, which was not reached before it (so no goal is free).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator, goalMet, readLesson, type Lesson } from '../../machines/index';

const dir = new URL('../../src/lessons/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const lessons = files.map((f) => ({ file: f, ...readLesson(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))) }));

describe('the lessons', () => {
  it('are at least six, each a valid lesson with a unique id and place', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const l of lessons) expect(l.problems, l.file).toEqual([]);
    const ok = lessons.map((l) => l.lesson as Lesson);
    expect(new Set(ok.map((l) => l.id)).size).toBe(ok.length);
    expect(new Set(ok.map((l) => l.order)).size).toBe(ok.length);
  });

  it('never show a template particle such as 은(는) in Korean, nor leave a text untranslated', () => {
    for (const l of lessons) {
      const texts = JSON.stringify(l.lesson);
      expect(texts, l.file).not.toMatch(/[은는이가을를와과]\([은는이가을를와과]\)/);
    }
    for (const l of lessons)
      for (const s of l.lesson?.steps ?? []) expect(s.instruction.ko, l.file).not.toBe(s.instruction.en);
  });

  for (const { file, lesson } of lessons)
    it(`${file}: a learner who types each solution reaches each goal, not before`, async () => {
      if (!lesson) throw new Error(`${file} is not a lesson`);
      const sim = createSimulator({ seed: 1 });
      for (const line of lesson.script) await sim.exec(line);
      for (const [i, step] of lesson.steps.entries()) {
        const since = sim.events().length;
        expect(goalMet(step.goal, sim, since), `${file} step ${i + 1} is reached before it is taken`).toBe(false);
        for (const line of step.solution) await sim.exec(line);
        await sim.advance(100);
        expect(goalMet(step.goal, sim, since), `${file} step ${i + 1}`).toBe(true);
      }
    });
});

describe('the goal checker', () => {
  it('checks states, exit codes, restart counts, OOM kills and events', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.exec('docker run -d --name web busybox sleep 1000');
    expect(goalMet({ container: 'web', state: 'running' }, sim)).toBe(true);
    expect(goalMet({ container: 'web', state: 'paused' }, sim)).toBe(false);
    expect(goalMet({ container: 'nope', state: 'removed' }, sim)).toBe(true);
    const since = sim.events().length;
    await sim.exec('docker stop web');
    expect(goalMet({ container: 'web', exitCode: 137 }, sim)).toBe(true);
    expect(goalMet({ container: 'web', exitCode: 143 }, sim)).toBe(false);
    expect(goalMet({ event: 'kill', container: 'web', attributes: { signal: '9' } }, sim, since)).toBe(true);
    expect(goalMet({ event: 'kill', container: 'web', attributes: { signal: '9' } }, sim, sim.events().length)).toBe(
      false,
    );
    await sim.exec('docker run -d --name job --restart on-failure:3 busybox false');
    await sim.advance(5000);
    expect(goalMet({ container: 'job', restartCount: 3 }, sim)).toBe(true);
    expect(
      goalMet(
        {
          all: [
            { container: 'job', restartCount: 3 },
            { container: 'web', state: 'exited' },
          ],
        },
        sim,
      ),
    ).toBe(true);
    expect(
      goalMet(
        {
          any: [
            { container: 'web', state: 'running' },
            { container: 'web', state: 'paused' },
          ],
        },
        sim,
      ),
    ).toBe(false);
    await sim.exec('docker run -d --name mem busybox sleep 1000');
    await sim.inject('mem', { type: 'oom' });
    expect(goalMet({ container: 'mem', oomKilled: true }, sim)).toBe(true);
  });

  it('reads a bad lesson as problems, never throwing', () => {
    for (const bad of [
      null,
      1,
      'x',
      [],
      {},
      { id: 'Bad Id', steps: [{ goal: { container: 'web', state: 'asleep' } }] },
    ]) {
      const r = readLesson(bad);
      expect(r.lesson).toBeNull();
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });
});
