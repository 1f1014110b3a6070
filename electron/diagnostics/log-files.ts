import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { errorCode } from './bounded-read';

export type LogFile = { name: string; path: string; size: number; modified: Date };

/** The logs folder's regular files, and what was passed over and why (for about.json). */
export type LogListing = { found: boolean; files: LogFile[]; skipped: { name: string; reason: string }[] };

/**
 * Every regular file directly in the logs folder (electron-log's main.log, main.old.log, the
 * page's logs), by name. A missing folder is no fault: a fresh install may not have logged yet.
 * Links are not followed, for the same reason as in the data folder.
 */
export async function listLogs(logsDir: string): Promise<LogListing> {
  const names = await readdir(logsDir, { withFileTypes: true }).catch(() => null);
  if (names === null) return { found: false, files: [], skipped: [] };
  const listing: LogListing = { found: true, files: [], skipped: [] };
  for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isFile()) {
      listing.skipped.push({ name: entry.name, reason: entry.isSymbolicLink() ? 'a symbolic link: not followed' : 'not a regular file' });
      continue;
    }
    const path = join(logsDir, entry.name);
    try {
      const stats = await lstat(path);
      listing.files.push({ name: entry.name, path, size: stats.size, modified: stats.mtime });
    } catch (error) {
      listing.skipped.push({ name: entry.name, reason: `could not be read (${errorCode(error)})` });
    }
  }
  return listing;
}
