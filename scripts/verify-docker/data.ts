/** Loads and checks the verifier's data: the scenario catalogue and the version table. */
import { readFileSync } from 'node:fs';
import { refusal, splitLine, verbIndex } from './line';
import type { Catalogue, VersionTable } from './types';

export function loadCatalogue(): Catalogue {
  return JSON.parse(readFileSync(new URL('./catalogue.json', import.meta.url), 'utf8')) as Catalogue;
}

export function loadVersionTable(): VersionTable {
  return JSON.parse(readFileSync(new URL('./versions.json', import.meta.url), 'utf8')) as VersionTable;
}

/** Docker's container name rule (daemon/names.go, names.RestrictedNamePattern). */
const NAME_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Problems with the catalogue: lines the verifier refuses, names it does not declare, duplicate ids. */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const names = new Set(catalogue.names);
  for (const s of catalogue.scenarios) {
    if (ids.has(s.id)) problems.push(`duplicate scenario id ${s.id}`);
    ids.add(s.id);
    if (s.steps.length === 0) problems.push(`${s.id}: no steps`);
    for (const step of s.steps) {
      if (step.run === undefined) {
        if (step.wait === undefined) problems.push(`${s.id}: a step with neither run nor wait`);
        continue;
      }
      const why = refusal(step.run);
      if (why) {
        problems.push(`${s.id}: ${why}`);
        continue;
      }
      const argv = splitLine(step.run);
      const v = verbIndex(argv);
      // Every name a line creates or names must be declared (unless Docker would refuse the name).
      for (let i = v + 1; i < argv.length; i++) {
        const a = argv[i] as string;
        const named = a === '--name' ? argv[i + 1] : a.startsWith('--name=') ? a.slice(7) : undefined;
        if (named !== undefined && NAME_RULE.test(named) && !names.has(named))
          problems.push(`${s.id}: name ${named} is not in the catalogue's names`);
      }
      const verb = argv[v];
      if (
        verb !== 'run' &&
        verb !== 'create' &&
        verb !== 'ps' &&
        verb !== 'ls' &&
        verb !== 'list' &&
        verb !== 'inspect'
      )
        for (const a of argv.slice(v + 1))
          if (!a.startsWith('-') && !names.has(a) && !/^\d+$/.test(a) && !/^[A-Z]+$/.test(a))
            problems.push(`${s.id}: ${verb} names ${a}, which is not in the catalogue's names`);
    }
  }
  return problems;
}
