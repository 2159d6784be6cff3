/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/**
 * `npm run test:docs`: the project used from outside (the packed React package in a Vite app, a
 * VitePress site with the web component and the embed). Each installs from the registry and
 * builds, so these run on their own, one file at a time, not in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['tests/consumers/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 900_000,
  },
});
