import { createHash } from 'node:crypto';
import * as syncFs from 'node:fs';
import { join } from 'node:path';

import { asAscii } from './checksummed-file';
import type { StoreNotice } from './data-file';
import { type FileSystem, type SyncCalls, syncFolder } from './durable-file';
import { JOURNAL_DIR } from './journal';

/** The write-ahead log of small changes, inside the journal folder. */
export const CHANGE_LOG = `${JOURNAL_DIR}/changes.log`;

/** One logged change: items stored into one collection (insert or replace), in its schema version then. */
export type LoggedPut = { collection: string; schemaVersion: number; items: readonly unknown[] };

/** A log past this size is written out to the partition files at once rather than after a pause. */
export const LOG_FLUSH_BYTES = 4 * 1024 * 1024;

const checksumOf = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * One line per change: the SHA-1 of the record's JSON, a space, the JSON (ASCII, so a byte is a
 * character and JSON.stringify never writes a raw line break), a line feed.
 */
export function logLine(put: LoggedPut): Buffer {
  const body = asAscii(JSON.stringify({ log: 1, c: put.collection, v: put.schemaVersion, items: put.items }));
  return Buffer.from(`${checksumOf(body)} ${body}\n`, 'latin1');
}

const isRecord = (value: unknown): value is { log: 1; c: string; v: number; items: unknown[] } => {
  if (typeof value !== 'object' || value === null) return false;
  const { log, c, v, items } = value as Record<string, unknown>;
  return log === 1 && typeof c === 'string' && Number.isSafeInteger(v) && Array.isArray(items);
};

function recordOf(line: string): LoggedPut | null {
  const space = line.indexOf(' ');
  if (space !== 40 || checksumOf(line.slice(41)) !== line.slice(0, 40)) return null;
  try {
    const value: unknown = JSON.parse(line.slice(41));
    return isRecord(value) ? { collection: value.c, schemaVersion: value.v, items: value.items } : null;
  } catch {
    return null;
  }
}

/**
 * The changes a log holds, oldest first. Its last line may be torn (a crash mid-append, before
 * the fsync that would have let the change be answered): it is not a change, and not damage.
 * A line that does not check out with good ones after it can only be the disk's doing: the
 * others are still changes that were answered, and `damaged` says the file must be kept aside.
 */
export function readLog(bytes: Buffer): { puts: LoggedPut[]; damaged: boolean } {
  const lines = bytes.toString('latin1').split('\n');
  // After the last line feed: empty, or the torn part of a line never completed.
  lines.pop();
  const read = lines.map(recordOf);
  while (read.length > 0 && read.at(-1) === null) read.pop();
  const puts = read.filter((put): put is LoggedPut => put !== null);
  return { puts, damaged: puts.length < read.length };
}

/**
 * The write-ahead log: a change to one partition is answered once its line is appended and
 * synced (one small write and one fsync, where writing the partition file whole takes a temp
 * file, an fsync, a rename and a folder fsync), and the partition files catch up later in the
 * background (see storeWrites). Opened once, held open and appended to; emptied once every change
 * in it is in the files.
 */
export class ChangeLog {
  private fd: number | null = null;
  /** Bytes known good: an append that failed is cut back to here. */
  private size = 0;
  /** An append failed and could not be cut back: the log must be emptied before the next one. */
  broken = false;
  private readonly calls: SyncCalls;

  constructor(
    private readonly dir: string,
    private readonly fs: FileSystem,
  ) {
    this.calls = fs.sync ?? syncFs;
  }

  get bytes(): number {
    return this.size;
  }

  /**
   * What a crash left in the log (read at open, before it is opened for appending). A log
   * damaged in the middle is copied aside under `movedTo` and the user told; its good lines
   * are still replayed.
   */
  async recover(stamp: string, report: (notice: StoreNotice) => void): Promise<LoggedPut[]> {
    const bytes = await this.fs.readFile(join(this.dir, CHANGE_LOG)).catch(() => null);
    if (bytes === null || bytes.length === 0) return [];
    const { puts, damaged } = readLog(bytes);
    if (damaged) {
      const movedTo = `${CHANGE_LOG}.damaged-${stamp}`;
      const copy = await this.fs.open(join(this.dir, movedTo), 'wx');
      try {
        await copy.writeFile(bytes, null);
        await copy.sync();
      } finally {
        await copy.close();
      }
      report({
        kind: 'damaged-file',
        file: CHANGE_LOG,
        reason: 'part of the log of recent changes did not read back; every change that did was kept',
        movedTo,
        restoredFrom: null,
      });
    }
    return puts;
  }

  /** Opens the log for appending, emptied: run once whatever it held is in the partition files. */
  async open(): Promise<void> {
    await this.fs.mkdir(join(this.dir, JOURNAL_DIR), { recursive: true });
    const fd = this.calls.openSync(join(this.dir, CHANGE_LOG), 'a');
    try {
      this.calls.ftruncateSync(fd, 0);
      this.calls.fsyncSync(fd);
    } catch (error) {
      this.calls.closeSync(fd);
      throw error;
    }
    this.fd = fd;
    // The log's own name must survive a power cut before a change relies on it.
    await syncFolder(join(this.dir, JOURNAL_DIR), this.fs);
    this.size = 0;
    this.broken = false;
  }

  /**
   * Appends one change, durably: once this returns, the change survives a crash. Throws (nothing
   * logged) otherwise. Synchronous, like SQLite's own commit: a write and an fdatasync.
   */
  append(put: LoggedPut): void {
    const fd = this.fd;
    if (fd === null || this.broken) throw new Error('The log of recent changes is not open.');
    const line = logLine(put);
    try {
      this.calls.writeSync(fd, line);
      this.calls.fdatasyncSync(fd);
      this.size += line.length;
    } catch (error) {
      // Cut back, so a torn line never sits before the next change (it would read as damage).
      try {
        this.calls.ftruncateSync(fd, this.size);
        this.calls.fdatasyncSync(fd);
      } catch {
        this.broken = true;
      }
      throw error;
    }
  }

  /** Empties the log: every change in it is in the partition files now. */
  empty(): void {
    const fd = this.fd;
    if (fd === null || (this.size === 0 && !this.broken)) return;
    this.calls.ftruncateSync(fd, 0);
    this.calls.fsyncSync(fd);
    this.size = 0;
    this.broken = false;
  }

  close(): void {
    if (this.fd !== null) {
      try {
        this.calls.closeSync(this.fd);
      } catch {
        // Closing a log whose file system is gone: nothing to keep.
      }
    }
    this.fd = null;
  }
}
