import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sources(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const p of patterns) for (const m of code.matchAll(p)) if (m[1]) found.push(m[1]);
  return found;
}

/** The code with comments and string contents blanked, so prose about `Date.now` does not count. */
function codeOnly(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const machineFiles = sources('machines');

describe('the model in machines/ stays pure', () => {
  it('has source files to check', () => {
    expect(machineFiles.length).toBeGreaterThan(10);
  });

  it.each(machineFiles)('%s imports only xstate and other files of machines/', (file) => {
    const bad = specifiers(readFileSync(file, 'utf8')).filter(
      (s) => !(s === 'xstate' || s.startsWith('xstate/') || s.startsWith('.')),
    );
    expect(bad).toEqual([]);
    // A relative import must not climb out of machines/.
    for (const s of specifiers(readFileSync(file, 'utf8')).filter((x) => x.startsWith('.'))) {
      const target = relative('machines', join(file, '..', s));
      expect(target.startsWith('..'), `${file} imports ${s}`).toBe(false);
    }
  });

  it.each(machineFiles)('%s uses no real clock, randomness, timers or DOM', (file) => {
    const code = codeOnly(readFileSync(file, 'utf8'));
    const forbidden = [
      /\bDate\.now\s*\(/,
      /\bnew Date\(\s*\)/,
      /\bMath\.random\s*\(/,
      /\bperformance\.now\s*\(/,
      /\b(setTimeout|setInterval|requestAnimationFrame|queueMicrotask)\s*\(/,
      /\b(window|document|navigator|localStorage)\s*\./,
    ];
    expect(forbidden.filter((re) => re.test(code)).map(String)).toEqual([]);
  });
});

describe('the view reaches the model through one door', () => {
  // machines/index.ts is the door; vocabulary.ts (the names of states and verbs, no imports) is the
  // one other module the page may import, because it draws them before the engine chunk arrives.
  it.each(sources('src'))('%s imports machines/ only via machines/index.ts (or its vocabulary)', (file) => {
    const deep = specifiers(readFileSync(file, 'utf8')).filter(
      (s) => /machines\/.+/.test(s) && !/machines\/(index|vocabulary)(\.ts)?$/.test(s),
    );
    expect(deep).toEqual([]);
  });

  it('keeps machines/vocabulary.ts free of imports, so the first paint carries no engine code', () => {
    expect(specifiers(readFileSync('machines/vocabulary.ts', 'utf8'))).toEqual([]);
  });

  it.each(sources('src'))(
    '%s imports only types from machines/index.ts (values come from the loaded engine)',
    (file) => {
      const code = readFileSync(file, 'utf8');
      const valueImports = [
        ...code.matchAll(/import\s+(?!type\b)([^;]*?)from\s+['"][^'"]*machines\/index(?:\.ts)?['"]/g),
      ]
        .map((m) => m[1] ?? '')
        // `import { type A, type B }` imports types only.
        .filter((names) => !/^\{\s*(type\s+\w+\s*,?\s*)+\}\s*$/.test(names));
      expect(valueImports).toEqual([]);
    },
  );
});
