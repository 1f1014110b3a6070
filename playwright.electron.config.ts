import { defineConfig } from '@playwright/test';

// The Electron smoke tests: the real shell (window, preload, single-instance lock, links,
// save dialog, language switch) on the built or packaged app. One app at a time: each test
// starts its own Electron process on its own folders. `npm test` runs them only where an
// Electron binary exists (see test/run-all.mjs); the end-to-end tests are playwright.config.ts.
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  // Cleaned at the start of a run: the screenshots, logs and artifacts of this run only.
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
