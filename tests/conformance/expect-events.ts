/**
 * Checks an actual event sequence against a case's rules (docker-lifecycle.md §12):
 * `unorderedGroups` may come in any order, `optionalEvents` may be missing, and attribute
 * placeholders (`<seconds>`, `<process>`, `N`) stand for values the process decides.
 */
import type { DockerEvent } from '../../machines/index';

export interface EventRules {
  events: string[];
  eventAttrs?: Array<Record<string, string>>;
  unorderedGroups?: string[][];
  optionalEvents?: string[];
}

/** Sorts the members of each unordered group where they stand next to each other. */
function canonical(actions: string[], groups: string[][]): string[] {
  const out = [...actions];
  for (const group of groups) {
    for (let i = 0; i < out.length; i++) {
      let j = i;
      while (j < out.length && group.includes(out[j] ?? '')) j++;
      if (j - i > 1) {
        const run = out.slice(i, j).sort();
        out.splice(i, j - i, ...run);
      }
      i = Math.max(i, j - 1);
    }
  }
  return out;
}

export function eventProblems(actual: DockerEvent[], rules: EventRules, exitCode: number | null): string[] {
  const problems: string[] = [];
  const optional = new Set(rules.optionalEvents ?? []);
  const groups = rules.unorderedGroups ?? [];
  const keep = (a: string) => !optional.has(a);
  const want = canonical(rules.events.filter(keep), groups);
  const got = canonical(actual.map((e) => e.Action).filter(keep), groups);
  if (JSON.stringify(want) !== JSON.stringify(got))
    problems.push(`events ${JSON.stringify(got)} != ${JSON.stringify(want)}`);

  // Attributes: pair each expected event with the actual one of the same action, in order.
  const attrs = rules.eventAttrs ?? [];
  const used = new Set<number>();
  rules.events.forEach((action, i) => {
    const expected = attrs[i] ?? {};
    const index = actual.findIndex((e, k) => !used.has(k) && e.Action === action);
    if (index < 0) return;
    used.add(index);
    const got = actual[index]?.Actor.Attributes ?? {};
    if (!got.image || !got.name) problems.push(`${action} lacks image/name attributes`);
    for (const [key, value] of Object.entries(expected)) {
      const v = got[key];
      if (v === undefined) problems.push(`${action} lacks ${key}`);
      else if (value === '<seconds>' || value === 'N') {
        if (!/^\d+$/.test(v)) problems.push(`${action}.${key}=${v} is not a whole number`);
      } else if (value === '<process>') {
        if (exitCode !== null && v !== String(exitCode))
          problems.push(`${action}.${key}=${v}, inspect says ${exitCode}`);
      } else if (v !== value) problems.push(`${action}.${key}=${v}, expected ${value}`);
    }
  });
  return problems;
}
