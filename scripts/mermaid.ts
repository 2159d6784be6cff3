/**
 * `npx tsx scripts/mermaid.ts`: the lifecycle as Mermaid `stateDiagram-v2` text, generated from the
 * model (machines/export/mermaid.ts), one file per level: docs/diagram/lifecycle-<level>.mmd. GitHub
 * renders a ```mermaid block of it; tests/machines/export/mermaid.test.ts checks the files are current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEVELS, mermaidDiagram, type Level } from '../machines/index';

/** The file a level's diagram is written to, relative to the repository's root (with `/`). */
export function mermaidFile(level: Level): string {
  return `docs/diagram/lifecycle-${level}.mmd`;
}

function main(): void {
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  mkdirSync(join(root, 'docs', 'diagram'), { recursive: true });
  for (const level of LEVELS) writeFileSync(join(root, mermaidFile(level)), mermaidDiagram({ level }));
  console.log(`wrote ${LEVELS.length} Mermaid files to docs/diagram/`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
