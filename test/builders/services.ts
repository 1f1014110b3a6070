import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger, PlatformServices } from '../../electron/ipc/services';

export type RecordingLogger = Logger & { errors: { message: string; cause: unknown }[] };

export function recordingLogger(): RecordingLogger {
  const errors: RecordingLogger['errors'] = [];
  return { errors, info: () => undefined, error: (message, cause) => errors.push({ message, cause }) };
}

/** Platform services with a fixed clock and predictable ids, so each test states only what it is about. */
export function testServices(
  overrides: Partial<PlatformServices> = {},
): PlatformServices & { log: RecordingLogger; opened: string[]; copied: string[]; notified: { title: string; body: string }[] } {
  let next = 0;
  const opened: string[] = [];
  const copied: string[] = [];
  const notified: { title: string; body: string }[] = [];
  return {
    now: () => new Date('2026-03-02T02:00:00Z'),
    newId: () => `id-${++next}`,
    appVersion: '0.0.0-test',
    openExternal: async (url) => {
      opened.push(url);
    },
    copyText: async (text) => {
      copied.push(text);
    },
    savePagePdf: async () => null,
    notify: async (title, body) => {
      notified.push({ title, body });
    },
    ...overrides,
    log: recordingLogger(),
    opened,
    copied,
    notified,
  };
}

/** A fresh data folder under the system's temp folder; `cleanup` removes it. */
export async function tempDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'psd-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
