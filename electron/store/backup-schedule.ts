import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { beijingDateOf } from '@core/time';

import { BackupCopies, makeBackup, makeDailyBackup, pruneBackups } from './backups';

export type BackupSchedule = {
  /** The start-up backup: the day's first, of the files that loaded cleanly. */
  readonly startup: Promise<unknown>;
  /** Takes the day's backup if the Beijing date has turned since the last one (the app may run for weeks). */
  dailyIfDue(): Promise<string | null>;
  /** A backup of everything as it is now, before a bulk change (an import, the sample). */
  before(change: string): Promise<string | null>;
  stop(): void;
};

type Files = { dir: string; backupsDir: string; files: readonly string[]; sound: (file: string) => Promise<boolean> };

/**
 * Every file under `folders` of the data folder (team sync's documents and state), as paths from
 * it; a write's temp file is not one. A folder not there yet has none.
 */
async function withFilesUnder(files: Files, folders: readonly string[]): Promise<Files> {
  const found: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(join(files.dir, folder), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile() && !entry.name.endsWith('.tmp')) found.push(relative(files.dir, join(entry.parentPath, entry.name)));
  }
  return { ...files, files: [...files.files, ...found] };
}

/** How often a running app looks whether the day has turned. */
const CHECK_EVERY_MS = 10 * 60_000;

/**
 * When backups are taken: at start, once a day while the app runs, and before a bulk change.
 * The later ones run in the store's write queue (`serialise`), so they copy a state no write is
 * halfway through: desk.json and the partitions agree.
 */
export function scheduleBackups(options: {
  files: () => Files;
  startupFiles: Files;
  /** Folders copied whole beside the store's own files (team sync's, kept by another part of the app). */
  folders?: readonly string[];
  now: () => Date;
  /** The store's own time stamp for file names (the one damaged files and migrations use). */
  stamp: () => string;
  keep: number;
  serialise: <R>(work: () => Promise<R>) => Promise<R>;
  onFailure: (error: unknown) => void;
}): BackupSchedule {
  // T1: a backup's day is the Beijing date, like every other date in the app.
  const today = () => beijingDateOf(options.now().getTime());
  let lastDay = today();
  const copies = new BackupCopies();
  const folders = options.folders ?? [];
  const startup = withFilesUnder(options.startupFiles, folders)
    .then((files) => makeDailyBackup({ ...files, copies, today: lastDay, keep: options.keep }))
    .catch((error: unknown) => error);
  const dailyIfDue = async () => {
    const day = today();
    if (day === lastDay) return null;
    lastDay = day;
    return options.serialise(async () => makeDailyBackup({ ...(await withFilesUnder(options.files(), folders)), copies, today: day, keep: options.keep }));
  };
  const timer = setInterval(() => void dailyIfDue().catch(options.onFailure), CHECK_EVERY_MS);
  timer.unref?.();
  return {
    startup,
    dailyIfDue,
    before: (change) =>
      options.serialise(async () => {
        const files = await withFilesUnder(options.files(), folders);
        const made = await makeBackup({ ...files, copies, name: `${options.stamp()}-before-${change}` });
        await pruneBackups(files.backupsDir, options.keep);
        return made;
      }),
    stop: () => clearInterval(timer),
  };
}
