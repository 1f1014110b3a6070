import { randomBytes } from 'node:crypto';
import * as syncFs from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The synchronous calls the change log appends with: an append and its fsync take a fraction of
 * a millisecond, less than two trips through libuv's thread pool would add.
 */
export type SyncCalls = Pick<typeof syncFs, 'openSync' | 'writeSync' | 'fdatasyncSync' | 'ftruncateSync' | 'fsyncSync' | 'closeSync'>;

/** The file-system calls a durable write needs; tests pass a wrapper that injects faults (`sync`: the change log's, node:fs's own when absent). */
export type FileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'readFile' | 'mkdir'> & { sync?: SyncCalls };

/**
 * `syncFolder: false` leaves the folder's fsync to the caller (a commit stages many files in one
 * folder and syncs it once); `sync: false` skips every fsync (the index, a cache rebuilt after a
 * crash, needs only that no reader meets half a file).
 */
export type WriteOptions = { sync?: boolean; syncFolder?: boolean };

/**
 * Writes `text` to `path` so that after a crash the file holds either the old or the new
 * content, never a torn mix: temp file with a unique name beside it, fsync, rename over the
 * target, then fsync the folder so the rename itself survives a power cut. (lowdb's own
 * writer, steno, renames but never fsyncs.)
 */
export async function writeFileDurably(path: string, text: string | Uint8Array, fs: FileSystem = nodeFs, options: WriteOptions = {}): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(text, typeof text === 'string' ? 'utf8' : null);
    if (options.sync !== false) await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.sync !== false && options.syncFolder !== false) await syncFolder(folder, fs);
}

/**
 * Makes the rename itself durable where the platform allows it. Best effort: once the rename
 * has happened the new content is in place, so a folder that cannot be synced (Windows refuses
 * to open one for it, with EPERM) must not turn a completed write into a failed one.
 */
export async function syncFolder(folder: string, fs: FileSystem): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares, FUSE) refuse a folder fsync; the file itself was synced.
  }
}

/**
 * A file's inode, size and mtime, or null when it is not there: the app never changes a file in
 * place (see writeFileDurably), so while this is unchanged the file holds the same bytes.
 */
export async function fileStamp(path: string): Promise<string | null> {
  const s = await stat(path).catch(() => null);
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : null;
}

/**
 * fileStamp, synchronously: an open checks a stamp for each of a thousand files, and stat on
 * main costs a few microseconds where each trip through the thread pool costs far more.
 */
export function fileStampSync(path: string): string | null {
  const s = syncFs.statSync(path, { throwIfNoEntry: false });
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : null;
}

/** Reads a file's text, or `undefined` when it does not exist yet. */
export async function readFileIfExists(path: string, fs: FileSystem = nodeFs): Promise<string | undefined> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
