/**
 * Where the team's shared folder is: `SHARED_DIR`, else `../shared` beside the repository (as in
 * CI), else beside the repository this one was cloned from (a local fresh clone in /tmp).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function originSibling(): string | null {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    return url.startsWith('/') ? join(dirname(resolve(url)), 'shared') : null;
  } catch {
    return null;
  }
}

export function sharedDir(): string {
  const candidates = [process.env.SHARED_DIR, join(repoRoot, '..', 'shared'), originSibling()];
  for (const c of candidates) if (c && existsSync(join(c, 'spec'))) return c;
  throw new Error(
    `The shared folder (spec/) was not found: set SHARED_DIR. Looked in ${candidates.filter(Boolean).join(', ')}`,
  );
}

export function sharedFile(...parts: string[]): string {
  return join(sharedDir(), ...parts);
}
