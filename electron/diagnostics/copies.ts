import { join } from 'node:path';

import type { CopiedLog, LeftOut } from './about';
import { errorCode, readCapped } from './bounded-read';
import { ARCHIVE_CONTENT_CAP, DATA_FILE_CAP, LOG_FILE_CAP } from './caps';
import type { Listing } from './folder-listing';
import type { LogFile } from './log-files';
import type { ZipWriter } from './zip-writer';

/** A file to copy into the archive: a log's tail, or a data file whole. */
export type Copy = { entry: string; path: string; size: number; modified: Date; kind: 'log' | 'data' };

export const logCopies = (files: readonly LogFile[]): Copy[] =>
  files.map((f) => ({ entry: `logs/${f.name}`, path: f.path, size: f.size, modified: f.modified, kind: 'log' }));

// Partner data and what was set aside of it; not backups/ (copies of the same), index/ (a
// cache of ids, rebuilt on start), .lock or the window's place.
const IS_DATA = /^(desk\.json(\.damaged-[^/]*)?|cases\/.*|bookings\/.*)$/;

/** The data folder's current partner data, for an archive the user chose to include it in. */
export function dataCopies(dataDir: string, listing: Listing): Copy[] {
  return listing.entries.flatMap((e): Copy[] =>
    e.kind === 'file' && !e.error && e.modified && IS_DATA.test(e.path)
      ? [{ entry: `data/${e.path}`, path: join(dataDir, ...e.path.split('/')), size: e.size, modified: e.modified, kind: 'data' }]
      : [],
  );
}

/**
 * Copies each file into the archive within the caps: a log's last LOG_FILE_CAP bytes, a data
 * file whole up to DATA_FILE_CAP, and ARCHIVE_CONTENT_CAP in all (logs first: they are small
 * and say the most). Never throws on a file: what is not copied is left out, with the reason.
 */
export async function copyInto(zip: ZipWriter, copies: readonly Copy[]): Promise<{ logs: CopiedLog[]; leftOut: LeftOut[] }> {
  const logs: CopiedLog[] = [];
  const leftOut: LeftOut[] = [];
  let used = 0;
  for (const copy of copies) {
    const fileCap = copy.kind === 'log' ? LOG_FILE_CAP : DATA_FILE_CAP;
    const refusal = whyNot(copy, fileCap, used);
    if (refusal) {
      leftOut.push({ entry: copy.entry, reason: refusal });
      continue;
    }
    const read = await readCapped(copy.path, fileCap, copy.kind === 'log' ? 'end' : 'start').catch((error: unknown) => errorCode(error));
    if (typeof read === 'string') leftOut.push({ entry: copy.entry, reason: `could not be read (${read})` });
    // Grown since it was listed: a cut data file would only look damaged.
    else if (copy.kind === 'data' && read.size > fileCap) leftOut.push({ entry: copy.entry, reason: 'larger than the per-file cap' });
    else if (used + read.bytes.length > ARCHIVE_CONTENT_CAP) leftOut.push({ entry: copy.entry, reason: 'the archive cap was reached' });
    else {
      await zip.add(copy.entry, read.bytes, copy.modified);
      used += read.bytes.length;
      if (copy.kind === 'log') logs.push({ name: copy.entry.slice('logs/'.length), size: read.size, includedBytes: read.bytes.length });
    }
  }
  return { logs, leftOut };
}

function whyNot(copy: Copy, fileCap: number, used: number): string | null {
  if (copy.kind === 'data' && copy.size > fileCap) return 'larger than the per-file cap';
  if (used + Math.min(copy.size, fileCap) > ARCHIVE_CONTENT_CAP) return 'the archive cap was reached';
  return null;
}
