import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { DeskEvents } from '@main/ipc/contract';
import type { Logger, PlatformServices } from '@main/ipc/services';

export type RecordingLogger = Logger & { errors: { message: string; cause: unknown }[] };

export function recordingLogger(): RecordingLogger {
  const errors: RecordingLogger['errors'] = [];
  return { errors, info: () => undefined, error: (message, cause) => errors.push({ message, cause }) };
}

/** A push main sent to the page, as the test saw it. */
export type Emitted = { event: keyof DeskEvents; payload: DeskEvents[keyof DeskEvents] };

/**
 * Platform services with a fixed clock and predictable ids, so each test states only what it is
 * about. Given the test's data folder, a saved file is written under its `exports/` (the save
 * dialog's stand-in) and its path recorded in `saved`.
 */
export function testServices(
  overrides: Partial<PlatformServices> = {},
  dataDir?: string,
): PlatformServices & {
  log: RecordingLogger;
  opened: string[];
  copied: string[];
  saved: string[];
  notified: { title: string; body: string }[];
  emitted: Emitted[];
  shown: string[];
  restarts: number[];
} {
  let next = 0;
  const saved: string[] = [];
  const opened: string[] = [];
  const copied: string[] = [];
  const notified: { title: string; body: string }[] = [];
  const emitted: Emitted[] = [];
  const shown: string[] = [];
  const restarts: number[] = [];
  return {
    now: () => new Date('2026-03-02T02:00:00Z'),
    newId: () => `id-${++next}`,
    runtime: { version: '0.0.0-test', electron: null, chromium: null, node: process.versions.node, v8: process.versions.v8, os: 'test' },
    logsDir: dataDir ? join(dataDir, 'logs') : join(tmpdir(), 'psd-test-logs'),
    showFolder: async (path) => {
      shown.push(path);
    },
    restart: () => {
      restarts.push(Date.now());
    },
    openExternal: async (url) => {
      opened.push(url);
    },
    copyText: async (text) => {
      copied.push(text);
    },
    savePagePdf: async () => null,
    saveFile: async (name, content) => {
      if (!dataDir) return null;
      const path = join(dataDir, 'exports', name);
      await mkdir(join(dataDir, 'exports'), { recursive: true });
      await writeFile(path, content);
      saved.push(path);
      return path;
    },
    notify: async (title, body) => {
      notified.push({ title, body });
    },
    emit: (event, payload) => {
      emitted.push({ event, payload });
    },
    ...overrides,
    log: recordingLogger(),
    opened,
    copied,
    saved,
    notified,
    emitted,
    shown,
    restarts,
  };
}

/** A fresh data folder under the system's temp folder; `cleanup` removes it. */
export async function tempDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'psd-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
