import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

import { pathAliases } from './scripts/lib/path-aliases.mjs';

const aliases = pathAliases(import.meta.dirname);

// Unit tests sit beside the code they test; integration tests (IPC + real store in temp folders)
// live under test/integration. End-to-end tests are Playwright's, not vitest's.
export default defineConfig({
  test: {
    projects: [
      {
        // The shell (electron/main, the preload) is unit-tested against a stand-in for `electron`,
        // which cannot be loaded in plain Node; nothing else imports it.
        resolve: { alias: [...aliases, { find: /^electron$/, replacement: resolve(import.meta.dirname, 'test/stand-ins/electron.ts') }] },
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'locales/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'test/conformance/**/*.test.ts',
            'scripts/**/*.test.mjs',
          ],
          environment: 'node',
        },
      },
      {
        resolve: { alias: aliases },
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
