import { readFileSync } from 'node:fs';

/** The README's figure (KB) in the table row that starts with `row`: the `n`th on that row. */
export function readmeKb(row: string, n = 0): number {
  const line = readFileSync('README.md', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`| ${row}`));
  const figures = [...(line ?? '').matchAll(/(\d+) KB/g)].map((m) => Number(m[1]));
  return figures[n] ?? NaN;
}
