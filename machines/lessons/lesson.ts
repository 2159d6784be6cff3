/**
 * Lessons as data: each a file (src/lessons/<id>.json) with its text in English and Korean side by
 * side, and steps whose goals are checked against the model. Reading a lesson never throws: a file
 * that is not a lesson is reported with what is wrong with it. The goal checker reads the
 * simulator's public API only (its containers, inspect and events). Pure.
 *
 * A goal is one of:
 *   { "container": "web", "state": "paused" }        the container is in that state ("removed": gone)
 *   { "container": "web", "exitCode": 143 }          it has exited with that code (exited or dead)
 *   { "container": "web", "restartCount": 3 }        its policy restarted it at least that many times
 *   { "container": "web", "oomKilled": true }        the kernel's OOM killer ended its process
 *   { "event": "die", "container": "web", "attributes": { "exitCode": "137" } }
 *                                                   such an event happened since the step began
 *   { "all": [goal, …] } / { "any": [goal, …] }
 * `container` may be left out of an event goal (any container).
 */
import type { Simulator } from '../types';
import { LIFECYCLE_STATES, type LifecycleState } from '../vocabulary';

export interface Text {
  en: string;
  ko: string;
}

export type Goal =
  | { container: string; state: LifecycleState }
  | { container: string; exitCode: number }
  | { container: string; restartCount: number }
  | { container: string; oomKilled: true }
  | { event: string; container?: string; attributes?: Record<string, string> }
  | { all: Goal[] }
  | { any: Goal[] };

export interface LessonStep {
  instruction: Text;
  goal: Goal;
  hints: Text[];
  /** Said when the goal is reached: why Docker did what it did. */
  explanation: Text;
  /** Lines that reach the goal (a learner's "show me", and the tests' scripted learner). */
  solution: string[];
}

export interface Lesson {
  id: string;
  /** Where it comes in the list (1 first). */
  order: number;
  title: Text;
  summary: Text;
  /** Docker lines run before the first step (the lesson's starting picture). */
  script: string[];
  steps: LessonStep[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, where: string, problems: string[]): Text {
  if (isObject(v) && typeof v.en === 'string' && typeof v.ko === 'string' && v.en.trim() && v.ko.trim())
    return { en: v.en, ko: v.ko };
  problems.push(`${where}: needs an English and a Korean text`);
  return { en: '', ko: '' };
}

function lines(v: unknown, where: string, problems: string[]): string[] {
  if (Array.isArray(v) && v.every((l) => typeof l === 'string')) return v as string[];
  problems.push(`${where}: needs a list of docker lines`);
  return [];
}

/** A goal read from data, or null (with the problem said) when it is not one. */
export function readGoal(v: unknown, where: string, problems: string[]): Goal | null {
  if (!isObject(v)) {
    problems.push(`${where}: not a goal`);
    return null;
  }
  if (Array.isArray(v.all) || Array.isArray(v.any)) {
    const list = (v.all ?? v.any) as unknown[];
    const goals = list.map((g, i) => readGoal(g, `${where}.${v.all ? 'all' : 'any'}[${i}]`, problems));
    if (goals.length === 0 || goals.some((g) => g === null)) return null;
    return v.all ? { all: goals as Goal[] } : { any: goals as Goal[] };
  }
  if (typeof v.event === 'string') {
    const attributes = isObject(v.attributes) ? v.attributes : undefined;
    if (attributes && !Object.values(attributes).every((a) => typeof a === 'string')) {
      problems.push(`${where}: event attributes are strings`);
      return null;
    }
    return {
      event: v.event,
      ...(typeof v.container === 'string' ? { container: v.container } : {}),
      ...(attributes ? { attributes: attributes as Record<string, string> } : {}),
    };
  }
  if (typeof v.container !== 'string' || v.container === '') {
    problems.push(`${where}: names no container`);
    return null;
  }
  const container = v.container;
  if (typeof v.state === 'string') {
    const state = LIFECYCLE_STATES.find((s) => s === v.state);
    if (!state) {
      problems.push(`${where}: ${v.state} is not a state`);
      return null;
    }
    return { container, state };
  }
  if (typeof v.exitCode === 'number' && Number.isInteger(v.exitCode)) return { container, exitCode: v.exitCode };
  if (typeof v.restartCount === 'number' && Number.isInteger(v.restartCount) && v.restartCount > 0)
    return { container, restartCount: v.restartCount };
  if (v.oomKilled === true) return { container, oomKilled: true };
  problems.push(`${where}: says nothing to check`);
  return null;
}

/** A lesson read from data, with every problem it has (a lesson with problems is not offered). */
export function readLesson(v: unknown): { lesson: Lesson | null; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(v)) return { lesson: null, problems: ['not a lesson'] };
  const id = typeof v.id === 'string' && /^[a-z0-9-]{1,40}$/.test(v.id) ? v.id : '';
  if (!id) problems.push('id: lowercase letters, digits and dashes');
  const order = typeof v.order === 'number' && Number.isFinite(v.order) ? v.order : 0;
  if (!order) problems.push('order: a number');
  const title = text(v.title, 'title', problems);
  const summary = text(v.summary, 'summary', problems);
  const script = lines(v.script ?? [], 'script', problems);
  const steps: LessonStep[] = [];
  if (!Array.isArray(v.steps) || v.steps.length === 0) problems.push('steps: at least one');
  else
    v.steps.forEach((s: unknown, i) => {
      const where = `steps[${i}]`;
      if (!isObject(s)) {
        problems.push(`${where}: not a step`);
        return;
      }
      const goal = readGoal(s.goal, `${where}.goal`, problems);
      const hints = Array.isArray(s.hints) ? s.hints.map((h, j) => text(h, `${where}.hints[${j}]`, problems)) : [];
      const step = {
        instruction: text(s.instruction, `${where}.instruction`, problems),
        hints,
        explanation: text(s.explanation, `${where}.explanation`, problems),
        solution: lines(s.solution, `${where}.solution`, problems),
      };
      if (goal) steps.push({ ...step, goal });
    });
  if (problems.length > 0) return { lesson: null, problems };
  return { lesson: { id, order, title, summary, script, steps }, problems };
}

/** Finds a container by name, removed or not (removed: undefined inspect). */
function inspectOf(sim: Simulator, name: string) {
  return sim.inspect(name);
}

/**
 * Whether a goal holds now. `since` is the number of events there were when the step began: event
 * goals look only at events after it.
 */
export function goalMet(goal: Goal, sim: Simulator, since = 0): boolean {
  if ('all' in goal) return goal.all.every((g) => goalMet(g, sim, since));
  if ('any' in goal) return goal.any.some((g) => goalMet(g, sim, since));
  if ('event' in goal) {
    return sim
      .events()
      .slice(since)
      .some(
        (e) =>
          e.Action === goal.event &&
          (goal.container === undefined || e.Actor.Attributes.name === goal.container) &&
          Object.entries(goal.attributes ?? {}).every(([k, v]) => e.Actor.Attributes[k] === v),
      );
  }
  const c = inspectOf(sim, goal.container);
  if ('state' in goal) return goal.state === 'removed' ? c === undefined : c?.State.Status === goal.state;
  if (!c) return false;
  if ('exitCode' in goal)
    return (c.State.Status === 'exited' || c.State.Status === 'dead') && c.State.ExitCode === goal.exitCode;
  if ('restartCount' in goal) return c.RestartCount >= goal.restartCount;
  return c.State.OOMKilled;
}
