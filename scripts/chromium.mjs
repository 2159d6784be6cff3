// Finds a Chromium for the browser tests: CHROMIUM_PATH, then the system's. When none exists and
// we run as root on Debian, installs Debian's `chromium` with apt; otherwise stops with a clear
// message. (Playwright's own browser download cannot work on these machines.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function systemChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const c of CANDIDATES) if (existsSync(c)) return c;
  for (const n of ['chromium', 'chromium-browser', 'google-chrome']) {
    const p = onPath(n);
    if (p) return p;
  }
  return null;
}

function isDebian() {
  try {
    return /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChromium({ install = true } = {}) {
  const found = systemChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && isDebian()) {
    console.log("No Chromium found: installing Debian's chromium package with apt (about a minute)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = systemChromium();
    if (after) return after;
  }
  throw new Error(
    'The browser tests need Chromium and none was found.\n' +
      '  - set CHROMIUM_PATH=/path/to/chromium, or\n' +
      '  - install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium).',
  );
}

/**
 * A font with Hangul, so the Korean pages and screenshots show text rather than empty boxes (and
 * the overlap tests measure real glyphs). As root on Debian without one, installs fonts-nanum
 * (about 30 MB); anywhere else it only says what is missing. Never fails the run.
 */
export function ensureKoreanFont() {
  let has;
  try {
    has = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    has = false;
  }
  if (has) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebian()) {
    try {
      console.log('No Korean font found: installing fonts-nanum with apt…');
      execFileSync('apt-get', ['install', '-y', '-qq', 'fonts-nanum'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return true;
    } catch {
      try {
        execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
        execFileSync('apt-get', ['install', '-y', '-qq', 'fonts-nanum'], {
          stdio: 'inherit',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
        return true;
      } catch {
        // fall through
      }
    }
  }
  console.log('No Korean font: Korean screenshots will show empty boxes (install fonts-nanum or fonts-noto-cjk).');
  return false;
}

/** Flags that keep Chromium quiet and working on a closed network, as root, without a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
