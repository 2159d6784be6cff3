// `npm run bench`: runs scripts/bench.ts through tsx with global.gc exposed (for the heap figures)
// and exits with its exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./bench.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (r.error) console.error(r.error.message);
process.exit(r.status ?? 1);
