// `npm run bench`: the engine benchmark (scripts/bench.ts, with global.gc exposed for the heap
// figures), then the page benchmark in headless Chromium (scripts/bench-page.ts).
// `npm run bench -- engine` or `-- page` runs one of them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const which = process.argv[2];
const steps = [
  ['engine', 'bench.ts', ['--expose-gc']],
  ['page', 'bench-page.ts', []],
].filter(([name]) => !which || which === name);

let status = 0;
for (const [, file, flags] of steps) {
  const script = fileURLToPath(new URL(`./${file}`, import.meta.url));
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', script], { stdio: 'inherit' });
  if (r.error) console.error(r.error.message);
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
