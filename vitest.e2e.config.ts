/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/** Browser tests: the built page (dist/) in Chromium, one file at a time to keep two cores calm. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
