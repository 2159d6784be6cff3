/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { elementBuild } from './scripts/vite/element.ts';
import { prerender } from './scripts/vite/prerender.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path (a docs folder, a GitHub Pages project site).
  base: './',
  plugins: [react(), prerender(), elementBuild()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { input: { index: 'index.html', embed: 'embed.html', examples: 'examples.html' } },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/consumers/**', 'node_modules/**'],
    environment: 'node',
    // The property suites replay hundreds of random runs; a loaded CI machine is several times slower
    // than a laptop, and a timeout there says nothing about the simulator.
    testTimeout: 30_000,
  },
});
