/**
 * Helpers for the consumer checks (`npm run test:docs`): the project used from outside, as a docs
 * author would, in throwaway folders with their own `npm install` from the registry. Slow (an
 * install and a build each), so not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs module shared with the test runner (no types needed).
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

/** Runs a command to its end (its output shown only if it fails). */
export function run(cmd: string, args: readonly string[], cwd = process.cwd()): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`, {
      cause: e,
    });
  }
}

/** The version of a package this project has installed, to install the same one elsewhere. */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A fresh folder under the system's temporary one, and a way to remove it. */
export function tempFolder(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `npm install` there, as a user would (the registry, or the local cache when it has the files). */
export function npmInstall(dir: string, specs: readonly string[]): void {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], dir);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS as string[],
  });
}

/** Console errors and uncaught exceptions of a page, as they happen. */
export function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}
