/**
 * A Vite plugin: after the page's build, renders each page's first view (src/prerender/render.tsx,
 * built for Node into a temporary folder) into its HTML file, so the first contentful paint needs
 * no JavaScript (and waits for none: paint-first.ts). The page then hydrates it (src/page/mount.tsx).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { paintFirst } from './paint-first.ts';

const ROOT_ELEMENT = '<div id="root"></div>';

export function prerender(entry = 'src/prerender/render.tsx'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'container-lifecycle:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr || config.build.lib) return;
      const out = mkdtempSync(join(tmpdir(), 'sim-prerender-'));
      try {
        await build({
          configFile: false,
          root: config.root,
          logLevel: 'warn',
          plugins: [react()],
          // One self-contained file: it runs from a temporary folder with no node_modules beside it.
          ssr: { noExternal: true },
          build: { ssr: entry, outDir: out, emptyOutDir: true, target: 'node20', minify: false },
        });
        const mod = (await import(pathToFileURL(join(out, 'render.js')).href)) as {
          render: () => Promise<Array<{ file: string; key: string; html: string }>>;
        };
        for (const page of await mod.render()) {
          const file = resolve(config.root, config.build.outDir, page.file);
          const html = readFileSync(file, 'utf8');
          if (!html.includes(ROOT_ELEMENT)) throw new Error(`${page.file} has no ${ROOT_ELEMENT} to pre-render into`);
          const key = page.key.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
          const drawn = html.replace(ROOT_ELEMENT, `<div id="root" data-prerendered="${key}">${page.html}</div>`);
          writeFileSync(file, paintFirst(drawn, resolve(config.root, config.build.outDir)));
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  };
}
