// `npm run test:docs`: the slow consumer checks (tests/consumers/): the packed React package in a
// throwaway Vite + React app, and a VitePress site using the web component and the embed. Each
// installs from the registry and builds, so they are not part of `npm test`; `.ci/run` runs them
// after it. Needs the built site (dist/): builds it when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const { findChromium } = await import('./chromium.mjs');
const chromium = findChromium();
if (!existsSync('dist/container-lifecycle.js')) {
  const b = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(
  bin('vitest'),
  [
    'run',
    '--config',
    'vitest.consumers.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/docs.json',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);
process.exit(r.status ?? 1);
