/**
 * Where the team's shared folder is, if there is one: `SHARED_DIR`, else `../shared` beside the
 * repository (as in CI), else beside the repository this one was cloned from (a local fresh clone
 * in /tmp). A clone of this repository alone has none, and needs none: the spec's cases and the
 * contract live in the repository (tests/conformance/cases.json, docs/contract.md); the shared
 * folder only lets a test check that those copies are still the same.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function originSibling(): string | null {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return url.startsWith('/') ? join(dirname(resolve(url)), 'shared') : null;
  } catch {
    return null;
  }
}

/** The shared folder (one with a spec/ in it), or null when there is none. */
export function sharedDir(): string | null {
  const candidates = [process.env.SHARED_DIR, join(repoRoot, '..', 'shared'), originSibling()];
  for (const c of candidates) if (c && existsSync(join(c, 'spec'))) return c;
  return null;
}

/** A file of the shared folder, or null when there is no shared folder. */
export function sharedFile(...parts: string[]): string | null {
  const dir = sharedDir();
  return dir === null ? null : join(dir, ...parts);
}
