/**
 * `npm run build:lib`: the React package in build-lib/ (scripts/build-lib.mjs adds its
 * package.json, README and types). ES modules only; react, react-dom and react/jsx-runtime stay
 * the host's (peers); xstate, d3 and lz-string are dependencies. The host's bundler replaces
 * process.env.NODE_ENV.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineCss } from './scripts/vite/inline-css.ts';

export default defineConfig({
  plugins: [react(), inlineCss()],
  publicDir: false,
  build: {
    outDir: 'build-lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    // CSS per chunk, so that it exists when inline-css.ts moves it into the JavaScript.
    cssCodeSplit: true,
    lib: { entry: 'src/lib/index.tsx', formats: ['es'], fileName: 'index' },
    rolldownOptions: {
      // React is the host's; the other runtime dependencies are the package's own dependencies
      // (xstate's types are part of the public ones), so a host that has them shares them.
      external: [/^react(-dom)?($|\/)/, /^xstate($|\/)/, /^@xstate\/react($|\/)/, /^d3-/, /^lz-string$/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
