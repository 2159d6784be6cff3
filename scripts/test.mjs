// `npm test`: typecheck, lint, the unit/model/conformance/property tests, and (when present) the
// browser tests against the built page. Prints one summary and writes test-results/summary.json,
// whose counts .ci/run turns into the closing `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const results = [];
let passed = 0;
let failed = 0;

function stage(name, cmd, args, env = {}) {
  console.log(`\n== ${name}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok });
  return ok;
}

const failures = [];

function countVitest(file, label) {
  if (!existsSync(file)) {
    failed += 1;
    console.log(`${label}: no report was written`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A test file that failed to load has no tests in it but is a failure all the same.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  failed += brokenFiles;
  // Named again at the very end, where a CI log that shows only its tail still shows them.
  for (const f of report.testResults ?? []) {
    const where = f.name.replace(process.cwd() + '/', '');
    if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) {
      failures.push(`${label}: ${where}: ${(f.message ?? '').split('\n')[0].slice(0, 300)}`);
    }
    for (const t of f.assertionResults ?? []) {
      if (t.status !== 'failed') continue;
      const why = (t.failureMessages ?? [])[0] ?? '';
      failures.push(
        `${label}: ${where} > ${t.fullName ?? t.title}\n    ${why.split('\n').slice(0, 3).join('\n    ').slice(0, 600)}`,
      );
    }
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

if (stage('typecheck', bin('tsc'), ['--noEmit', '-p', '.'])) passed += 1;
else failed += 1;
if (stage('lint', bin('eslint'), ['.', '--max-warnings=0'])) passed += 1;
else failed += 1;

stage('unit, model, conformance and property tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
countVitest('test-results/vitest.json', 'vitest');

const e2eDir = 'tests/e2e';
const hasBrowserTests = existsSync(e2eDir) && readdirSync(e2eDir).some((f) => /\.(spec|test)\.ts$/.test(f));
if (hasBrowserTests) {
  const { ensureKoreanFont, findChromium } = await import('./chromium.mjs');
  let chromium = null;
  try {
    chromium = findChromium();
  } catch (e) {
    console.error(`\n${e.message}`);
    failed += 1;
  }
  if (chromium) ensureKoreanFont();
  if (chromium) {
    if (stage('build', bin('vite'), ['build', '--logLevel', 'warn'])) {
      stage(
        'browser tests',
        bin('vitest'),
        [
          'run',
          '--config',
          'vitest.e2e.config.ts',
          '--reporter=default',
          '--reporter=json',
          '--outputFile=test-results/e2e.json',
        ],
        {
          CHROMIUM_PATH: chromium,
        },
      );
      countVitest('test-results/e2e.json', 'browser');
    } else {
      failed += 1;
    }
  }
}

writeFileSync('test-results/summary.json', JSON.stringify({ passed, failed, stages: results }, null, 2));
if (failures.length > 0) console.log(`\nFailed:\n${failures.join('\n')}`);
console.log(`\n${results.map((r) => `${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
