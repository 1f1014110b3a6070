import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; integration tests (IPC + real store in temp folders)
// live under test/integration. End-to-end tests are Playwright's, not vitest's.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/conformance/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Each test file owns its temp folders; running them one at a time keeps fsync timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
