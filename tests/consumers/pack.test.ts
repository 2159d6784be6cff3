/**
 * The React package as a user gets it (issue 13): `npm run build:lib`, `npm pack`, the tarball
 * installed into a throwaway Vite + React app in a temporary folder, type-checked against the
 * package's declarations, built, and loaded in Chromium.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeKb } from '../e2e/support/readme';
import { serveStatic, type StaticServer } from '../e2e/support/server';
import { errorsOf, installedVersion, launch, npmInstall, run, tempFolder } from './support';

const tmp = tempFolder('sim-pack-');
const app = join(tmp.dir, 'app');
let tarball = '';
let server: StaticServer;
let browser: Browser;

const APP_TSX = `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LifecycleSimulator, type Move } from 'container-lifecycle-react';

function App() {
  const [moves, setMoves] = useState<Move[]>([]);
  return (
    <main style={{ maxWidth: 700, margin: '0 auto' }}>
      <h1>A React docs page</h1>
      <LifecycleSimulator
        layout="embed"
        panels={['diagram', 'controls', 'terminal']}
        initialScript={['docker run -d --name web nginx']}
        speed="instant"
        lang="en"
        onMove={(m) => setMoves((all) => [...all, m])}
      />
      <p data-testid="moves">{moves.map((m) => m.to).join(' ')}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

beforeAll(async () => {
  run('node', ['scripts/build-lib.mjs']);
  const packed = run('npm', ['pack', resolve('build-lib'), '--pack-destination', tmp.dir, '--loglevel=error']);
  tarball = join(tmp.dir, packed.trim().split('\n').at(-1) ?? '');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'docs-app', private: true, type: 'module', version: '0.0.0' }, null, 2),
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>docs</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>`,
  );
  writeFileSync(join(app, 'src', 'main.tsx'), APP_TSX);
  writeFileSync(
    join(app, 'vite.config.js'),
    `import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ base: './', plugins: [react()] });\n`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  npmInstall(app, [
    `react@${installedVersion('react')}`,
    `react-dom@${installedVersion('react-dom')}`,
    `@types/react@${installedVersion('@types/react')}`,
    `@types/react-dom@${installedVersion('@types/react-dom')}`,
    `vite@${installedVersion('vite')}`,
    `@vitejs/plugin-react@${installedVersion('@vitejs/plugin-react')}`,
    tarball,
  ]);
  run(resolve('node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
  server = await serveStatic({ '/app/': join(app, 'dist') });
  browser = await launch();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  tmp.remove();
});

describe('the packed React package', () => {
  it('is an ES module with its types and exports, react and react-dom as peers, the rest as dependencies', () => {
    const pkg = JSON.parse(
      readFileSync(join(app, 'node_modules', 'container-lifecycle-react', 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(pkg.type).toBe('module');
    expect(pkg.exports).toMatchObject({ '.': { types: expect.any(String), import: expect.any(String) } });
    expect(Object.keys(pkg.peerDependencies as object).sort()).toEqual(['react', 'react-dom']);
    const root = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies as object).sort()).toEqual(
      Object.keys(root.dependencies)
        .filter((d) => d !== 'react' && d !== 'react-dom')
        .sort(),
    );
    // The host's React is the only one: no copy of React inside the package.
    const files = readdirSync(join(app, 'node_modules', 'container-lifecycle-react'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    for (const f of files) {
      const code = readFileSync(join(app, 'node_modules', 'container-lifecycle-react', f), 'utf8');
      expect(code, f).not.toContain('__SECRET_INTERNALS');
      expect(code, f).not.toContain('react.production');
    }
    expect(statSync(tarball).size).toBeLessThan(1_000_000);
    // The README states its size (gzipped) within 2 KB.
    const main = gzipSync(readFileSync(join('build-lib', 'index.js')), { level: 9 }).length;
    expect(Math.abs(readmeKb('React package') - main / 1024)).toBeLessThanOrEqual(2);
  });

  it("type-checks a host app's use of it against the package's declarations", () => {
    run(resolve('node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')]);
  });

  it('renders and runs in a Vite + React app: the script ran, a click moves the diagram, the host hears the move', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    const errors = errorsOf(page);
    await page.goto(`${server.origin}/app/`);
    const token = page.locator('[data-token=web]');
    await token.waitFor().catch((e: unknown) => {
      throw new Error(`no token; console errors: ${errors.join('\n')}`, { cause: e });
    });
    await expect.poll(() => token.getAttribute('data-token-state')).toBe('running');
    await page.getByRole('button', { name: /^pause\b/ }).click();
    await expect.poll(() => token.getAttribute('data-token-state')).toBe('paused');
    await expect.poll(() => page.getByTestId('moves').textContent()).toContain('paused');
    // Its own styles came with it: the diagram has its size and the buttons their look.
    const box = await page.getByTestId('lifecycle-diagram').boundingBox();
    expect(box?.width).toBeGreaterThan(500);
    expect(await page.locator('style[data-precedence]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
