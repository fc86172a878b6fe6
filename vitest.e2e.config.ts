import { defineConfig } from 'vitest/config';
import path from 'node:path';

// End-to-end: build the app once, serve it on a free port with a fresh data directory, drive Chromium.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
