import { test } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import type { PlatformServices } from '@main/ipc/services';
import type { FileSystem } from '@main/store/durable-file';

import { tempDataDir, testServices } from './services';

export type TestServices = ReturnType<typeof testServices>;

/** main's clock in a test: it stands still at its start until the test moves it. */
export type TestClock = { now: () => Date; set: (instant: string | Date) => void };

export function testClock(start: string | Date): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant).getTime();
    },
  };
}

/** Opens the desk again on the same folder, as the app does on a restart: fresh services unless given. */
export type Reopen = (options?: { services?: PlatformServices; fs?: FileSystem }) => Promise<Desk>;

/** Closing twice is harmless, so a test may close the desk to edit its files, then reopen it. */
const closesOnce = (desk: Desk): Desk => {
  let closing: Promise<void> | undefined;
  return { ...desk, close: () => (closing ??= desk.close()) };
};

/**
 * An IPC test against a real desk in its own temp folder, closed and removed after the test:
 * `{ desk, dir, services, clock, reopen }`. A file states only where it differs, with
 * `deskTest.override(...)` at its top:
 *
 * - `now`: where main's clock starts (Monday 2 March 2026, 10:00 Beijing, by default);
 * - `fs`: a file system with injected faults, for every desk the test opens;
 * - `dataDir`: the data folder, `dir` itself by default;
 * - `newServices`: how a desk's platform services are made (e.g. other ids).
 */
export const deskTest = test
  .extend('now', '2026-03-02T02:00:00Z' as string | Date)
  .extend('fs', undefined as FileSystem | undefined)
  .extend('clock', ({ now }) => testClock(now))
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  .extend('dir', async ({}, { onCleanup }) => {
    const { dir, cleanup } = await tempDataDir();
    onCleanup(cleanup);
    return dir;
  })
  .extend('dataDir', ({ dir }) => dir)
  .extend(
    'newServices',
    ({ clock, dir }) =>
      (): TestServices =>
        testServices({ now: clock.now }, dir),
  )
  .extend('services', ({ newServices }) => newServices())
  .extend('desk', async ({ dataDir, services, fs }, { onCleanup }) => {
    const desk = closesOnce(await openDesk({ dataDir, services, ...(fs ? { fs } : {}) }));
    onCleanup(() => desk.close());
    return desk;
  })
  .extend('reopen', ({ desk, dataDir, newServices, fs }, { onCleanup }): Reopen => {
    let current = desk;
    onCleanup(() => current.close());
    return async (options = {}) => {
      await current.close();
      const faulty = options.fs ?? fs;
      current = closesOnce(await openDesk({ dataDir, services: options.services ?? newServices(), ...(faulty ? { fs: faulty } : {}) }));
      return current;
    };
  });
