// `npm run bench`: the engine benchmark (scripts/bench.ts, with global.gc exposed for the heap
// figures), then the page benchmark in headless Chromium (scripts/bench-page.ts).
// `npm run bench -- engine` or `-- page` runs one of them; `npm run bench -- engine --against <ref>`
// compares the engine with the model of another commit, in the same run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const which = process.argv[2];
const extra = process.argv.slice(3);
const steps = [
  ['engine', 'bench.ts', ['--expose-gc']],
  ['page', 'bench-page.ts', []],
].filter(([name]) => !which || which === name);

let status = 0;
for (const [, file, flags] of steps) {
  const script = fileURLToPath(new URL(`./${file}`, import.meta.url));
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', script, ...extra], { stdio: 'inherit' });
  if (r.error) console.error(r.error.message);
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
