import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { type Desk, openDesk } from '@main/desk';
import type { SampleStatus } from '@main/ipc/contract';

import { testServices } from '../builders/services';
import { type DeskState, wholeState } from './desk-state';

export type Reopened = {
  openMs: number;
  state: DeskState | null;
  failures: string[];
  /** Start-up undid a sample load the kill cut short. */
  undidSample: boolean;
  /** Backup copies a kill cut short (`backups/*.partial`), removed by the next day's backup. */
  partialBackups: number;
  logErrors: string[];
};

const OPEN_LIMIT_MS = 20_000;

/** Every file and folder name under `dir`, relative to it. */
async function everything(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * The parent's check after a kill: opens the folder in this process as the app's next start
 * would (taking the killed child's lock over), reads every record, and looks for what a crash
 * must never leave: a damaged or missing file (a notice), a temp file, a lock still held.
 */
export async function reopenAndRead(dataDir: string, nowMs: number): Promise<Reopened> {
  const services = testServices({ now: () => new Date(nowMs) });
  const failures: string[] = [];
  const started = performance.now();
  let desk: Desk;
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${OPEN_LIMIT_MS / 1000} s`)), OPEN_LIMIT_MS)));
    desk = await Promise.race([openDesk({ dataDir, services }), timeout]).finally(() => clearTimeout(timer));
  } catch (error) {
    return {
      openMs: performance.now() - started,
      state: null,
      failures: [`the reopen failed: ${(error as Error).message}`],
      undidSample: false,
      partialBackups: 0,
      logErrors: [],
    };
  }
  const openMs = performance.now() - started;
  if (desk.store.notices.length > 0) failures.push(`the reopen found damage: ${JSON.stringify(desk.store.notices)}`);
  const state = await wholeState(desk);
  const seen = desk.store.notices.length;
  const status = await desk.dispatch('sample/status', {});
  await desk.store.backupDone;
  await desk.close();
  // A day file left on disk at open is first read above, through the same checks.
  if (desk.store.notices.length > seen) failures.push(`reading every day file found damage: ${JSON.stringify(desk.store.notices.slice(seen))}`);
  const names = await everything(dataDir);
  const temp = names.filter((name) => name.endsWith('.tmp'));
  if (temp.length > 0) failures.push(`temp files left after the reopen: ${temp.join(', ')}`);
  // A commit a kill cut short is rolled forward or swept at open: nothing of it is left after.
  const journal = names.filter((name) => /^journal\/.*\.(commit|staged)$/.test(name));
  if (journal.length > 0) failures.push(`commit records or staged files left after the reopen: ${journal.join(', ')}`);
  const damaged = names.filter((name) => name.includes('.damaged-'));
  if (damaged.length > 0) failures.push(`damaged files set aside: ${damaged.join(', ')}`);
  if (names.includes('.lock')) failures.push('the lock is still there after the reopened desk closed');
  return {
    openMs,
    state,
    failures,
    undidSample: status.ok && (status.data as SampleStatus).interrupted !== null,
    partialBackups: names.filter((name) => name.startsWith('backups/') && name.endsWith('.partial')).length,
    logErrors: services.log.errors.map((e) => `${e.message}: ${(e.cause as Error | undefined)?.message ?? ''}`),
  };
}
