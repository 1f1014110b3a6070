import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';

import { syncFolder, writeFileDurably } from '../store/durable-file';

/**
 * One key segment as a file name that means the same thing on every file system: document ids
 * are base58, and macOS and Windows fold case by default, so capitals (and anything but
 * [a-z0-9-]) are escaped as `_` and two hex digits. No name is ever `.` or `..`.
 */
export const encodeSegment = (segment: string) =>
  Array.from(new TextEncoder().encode(segment), (byte) => {
    const char = String.fromCharCode(byte);
    return /[a-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
  }).join('');

export const decodeSegment = (name: string) =>
  new TextDecoder().decode(
    Uint8Array.from(name.match(/_[0-9a-f]{2}|[^_]/g) ?? [], (part) => (part.length === 3 ? parseInt(part.slice(1), 16) : part.charCodeAt(0))),
  );

const SUFFIX = '.bin';

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * automerge-repo's storage in a folder: each key is a file (`<segment>/…/<segment>.bin`)
 * written durably (temp file, fsync, rename, fsync the folder), so after a power cut a chunk
 * is either whole or absent, and a new folder's entry is synced into its parent too.
 */
export class DurableStorageAdapter implements StorageAdapterInterface {
  private readonly writing = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly root: string) {}

  /**
   * Waits for the writes under way and ignores any later one. automerge-repo's own saves are
   * timers it cannot cancel; once the repo is flushed they would only write what is there.
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.writing]);
  }

  private write(work: () => Promise<void>): Promise<void> {
    if (this.closed) return Promise.resolve();
    const running = work().finally(() => this.writing.delete(running));
    this.writing.add(running);
    return running;
  }

  private fileOf(key: StorageKey) {
    return join(this.root, ...key.map(encodeSegment)) + SUFFIX;
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await fs.readFile(this.fileOf(key)));
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    return this.write(async () => {
      const file = this.fileOf(key);
      await this.ensureFolder(dirname(file));
      await writeFileDurably(file, data);
    });
  }

  remove(key: StorageKey): Promise<void> {
    return this.write(() =>
      fs.unlink(this.fileOf(key)).catch((error: unknown) => {
        if (!missing(error)) throw error;
      }),
    );
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const chunks: Chunk[] = [];
    if (prefix.length > 0) {
      const exact = await this.load(prefix);
      if (exact) chunks.push({ key: [...prefix], data: exact });
    }
    await this.walk(join(this.root, ...prefix.map(encodeSegment)), [...prefix], chunks);
    return chunks;
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    if (prefix.length > 0) await this.remove(prefix);
    await this.write(() => fs.rm(join(this.root, ...prefix.map(encodeSegment)), { recursive: true, force: true }));
  }

  private async walk(folder: string, keyPrefix: string[], chunks: Chunk[]): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (missing(error) || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await this.walk(path, [...keyPrefix, decodeSegment(entry.name)], chunks);
      // Skips the temp files of a write cut short (`.<name>.<pid>.<random>.tmp`).
      else if (entry.name.endsWith(SUFFIX) && !entry.name.startsWith('.')) {
        const data = await fs.readFile(path).catch((error: unknown) => (missing(error) ? undefined : Promise.reject(error)));
        if (data) chunks.push({ key: [...keyPrefix, decodeSegment(entry.name.slice(0, -SUFFIX.length))], data: new Uint8Array(data) });
      }
    }
  }

  /** Creates a key's folder and syncs every parent that gained an entry, so the new folder survives a power cut. */
  private async ensureFolder(folder: string): Promise<void> {
    const first = await fs.mkdir(folder, { recursive: true });
    if (first === undefined) return;
    for (let created = folder; ; created = dirname(created)) {
      await syncFolder(dirname(created), fs);
      if (created === first || dirname(created) === created) return;
    }
  }
}
