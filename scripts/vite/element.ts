/**
 * A Vite plugin: after the page's build, builds the web component into the same dist/ (the
 * contract wants `container-lifecycle.js` beside index.html): an ES module that loads the engine
 * and the catalogs lazily as the page does (its chunks in assets/), and a classic-script build,
 * `container-lifecycle.iife.js`, in one file. Both carry their CSS inside (inline-css.ts).
 */
import { build, type InlineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineCss } from './inline-css.ts';

const ENTRY = 'src/element/index.ts';

export function elementBuild(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'container-lifecycle:element',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr || config.build.lib) return;
      const common = (): InlineConfig => ({
        configFile: false,
        root: config.root,
        base: './',
        logLevel: 'warn',
        publicDir: false,
        plugins: [react(), inlineCss({ remPx: 16 })],
      });
      // The ES module, with its lazy chunks (an app build of a script entry: fully minified).
      await build({
        ...common(),
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          target: 'es2022',
          modulePreload: false,
          rolldownOptions: {
            input: { 'container-lifecycle': ENTRY },
            preserveEntrySignatures: 'exports-only',
            output: {
              entryFileNames: 'container-lifecycle.js',
              chunkFileNames: 'assets/element-[name]-[hash].js',
            },
          },
        },
      });
      // The classic script: one file, everything in it (its lazy imports are inlined, so the
      // preload helper's `import.meta` is never reached).
      await build({
        ...common(),
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          target: 'es2022',
          modulePreload: false,
          chunkSizeWarningLimit: 1024,
          rolldownOptions: {
            input: { 'container-lifecycle': ENTRY },
            checks: { emptyImportMeta: false },
            output: {
              format: 'iife',
              name: 'ContainerLifecycle',
              entryFileNames: 'container-lifecycle.iife.js',
              codeSplitting: false,
            },
          },
        },
      });
    },
  };
}
