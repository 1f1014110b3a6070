import { isAscii } from 'node:buffer';
import { createHash, type Hash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { z } from 'zod';

import { type DataFileSpec, DataTooNewError, type LoadContext, loadDataFile } from './data-file';
import { type FileSystem, writeFileDurably } from './durable-file';
import type { Migration } from './migrations';

export type Partition<T> = { schemaVersion: number; items: T[] };

// The header is written in exactly this form, so the items' text can be found without parsing.
const HEADER = /^\{"schemaVersion":(\d+),"checksum":"([0-9a-f]{40})","items":/;

const checksumOf = (items: string | Uint8Array) => createHash('sha1').update(items).digest('hex');

// JSON's own \u escapes keep the file ASCII, so its bytes are its characters.
const NOT_ASCII = /[\u0080-\uffff]/;
export const asAscii = (json: string) =>
  NOT_ASCII.test(json) ? json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;

type Header = { version: number; checksum: string; length: number };

/** The header of a file in the form the app writes partitions (ASCII, the header, a closing brace), or null. */
function headerOf(bytes: Buffer): Header | null {
  const header = isAscii(bytes) ? HEADER.exec(bytes.subarray(0, 120).toString('latin1')) : null;
  return header && bytes.at(-1) === 0x7d ? { version: Number(header[1]), checksum: header[2]!, length: header[0].length } : null;
}

const headerBytes = (schemaVersion: number, checksum: string) => Buffer.from(`{"schemaVersion":${schemaVersion},"checksum":"${checksum}","items":`, 'latin1');

/** Whether a partition file's items (between its header and closing brace) match its checksum. */
const itemsMatch = (bytes: Buffer, header: Header) => checksumOf(bytes.subarray(header.length, bytes.length - 1)) === header.checksum;

/** Whether a partition file's bytes are exactly what the app wrote: ASCII, its header, and items matching the checksum. */
export function checksumMatches(bytes: Buffer): boolean {
  const header = headerOf(bytes);
  return header !== null && itemsMatch(bytes, header);
}

/**
 * The SHA-1 of a partition file's items but their closing bracket, when its bytes are exactly
 * what this version wrote (see checksumMatches) in `schemaVersion`: what an append continues
 * (see appendedText). Undefined otherwise.
 */
function hashBeforeClose(bytes: Buffer, schemaVersion: number): Hash | undefined {
  const header = headerOf(bytes);
  if (!header || header.version !== schemaVersion || bytes.length < header.length + 3 || bytes.at(-2) !== 0x5d) return undefined;
  const hash = createHash('sha1').update(bytes.subarray(header.length, bytes.length - 2));
  return hash.copy().update(']').digest('hex') === header.checksum ? hash : undefined;
}

/**
 * A partition file's items when its bytes are exactly what this version wrote (see
 * checksumMatches) in `schemaVersion`; undefined otherwise, for the full checks to deal with.
 */
export function verifiedItems<T>(bytes: Buffer, schemaVersion: number): T[] | undefined {
  const header = headerOf(bytes);
  if (!header || header.version !== schemaVersion || !itemsMatch(bytes, header)) return undefined;
  // ASCII, which latin1 decodes exactly and an order of magnitude faster than UTF-8.
  return (JSON.parse(bytes.toString('latin1')) as Partition<T>).items;
}

/**
 * A partition's bytes: the items, written in ASCII, with a checksum of exactly their bytes. The
 * header comes first in a fixed form, so a reader finds the items' bytes without parsing. Made
 * as bytes once (latin1 is exact for ASCII), hashed and written as such: a bulk change writes
 * about 90 MB, and turning the text into bytes twice (hash, then file) was a fifth of its cost.
 */
export function partitionText<T>(data: Partition<T>): Buffer {
  const items = Buffer.from(asAscii(JSON.stringify(data.items)), 'latin1');
  return Buffer.concat([headerBytes(data.schemaVersion, checksumOf(items)), items, CLOSE]);
}

const CLOSE = Buffer.from('}', 'latin1');

/**
 * A partition's bytes with `added` appended to the items of `bytes`, a file of this version
 * (`schemaVersion`): the items already there are copied as they are, not turned into JSON
 * again, and the old checksum is checked on the way (one hash over the old bytes serves both).
 * Undefined when the file is not exactly what the app wrote: then the caller writes it whole.
 */
export function appendedText<T>(bytes: Buffer, schemaVersion: number, added: readonly T[], checked?: Hash): Buffer | undefined {
  const header = added.length > 0 ? headerOf(bytes) : null;
  if (!header || header.version !== schemaVersion || bytes.length < header.length + 3 || bytes.at(-2) !== 0x5d) return undefined;
  const old = bytes.subarray(header.length, bytes.length - 2);
  // `checked`: these very bytes were hashed when the partition was read (see ChecksummedPartitionFile.keep).
  const hash = checked?.copy() ?? hashBeforeClose(bytes, schemaVersion);
  if (!hash) return undefined;
  const json = asAscii(JSON.stringify(added));
  const more = Buffer.from(old.length > 1 ? `,${json.slice(1)}` : json.slice(1), 'latin1');
  const checksum = hash.update(more).digest('hex');
  return Buffer.concat([headerBytes(schemaVersion, checksum), old, more, CLOSE]);
}

/**
 * lowdb adapter for one partition of a growing collection. Every item was validated before it
 * was written (put/putMany parse each one), so a file whose items still match the checksum
 * written with them is exactly what the app stored and needs only JSON.parse on load: that
 * skips a schema check of every item, the bulk of opening a large portfolio. A file without a
 * checksum (older, restored, migrated or hand-edited) or whose checksum does not match goes
 * through the full checks of loadDataFile, so a damaged file is still set aside and reported.
 */
export class ChecksummedPartitionFile<T> implements Adapter<Partition<T>> {
  /** Whether the last read matched its checksum (so it was written, and placed, by this version). */
  verified = false;
  /**
   * Set before a read for a write that may append to the file: the read keeps its items' hash
   * (see hashBeforeClose), so the append need not hash the file's bytes a second time.
   */
  keep = false;
  private checked: { length: number; hash: Hash } | null = null;

  constructor(
    private readonly file: string,
    private readonly spec: DataFileSpec<Partition<T>>,
    private readonly ctx: LoadContext,
  ) {}

  async read(): Promise<Partition<T>> {
    // A file the app wrote in this version needs only JSON.parse (see verifiedItems).
    const bytes = await readBytesIfExists(join(this.ctx.dir, this.file), this.ctx.fs);
    const header = bytes ? headerOf(bytes) : null;
    if (header && header.version > this.spec.schemaVersion) throw new DataTooNewError(this.file, header.version);
    const hash = bytes && this.keep ? hashBeforeClose(bytes, this.spec.schemaVersion) : undefined;
    // Hashed already: ASCII, which latin1 decodes exactly and an order of magnitude faster than UTF-8.
    const items = bytes && (hash ? (JSON.parse(bytes.toString('latin1')) as Partition<T>).items : verifiedItems<T>(bytes, this.spec.schemaVersion));
    if (items) {
      this.verified = true;
      if (hash) this.checked = { length: bytes.length, hash };
      return { schemaVersion: this.spec.schemaVersion, items };
    }
    return loadDataFile(this.file, this.spec, this.ctx);
  }

  /** The hash the last read kept (see keep), once, if the file read then had `length` bytes. */
  takeChecked(length: number): Hash | undefined {
    const checked = this.checked;
    this.checked = null;
    return checked?.length === length ? checked.hash : undefined;
  }

  async write(data: Partition<T>): Promise<void> {
    const path = join(this.ctx.dir, this.file);
    await mkdir(dirname(path), { recursive: true });
    await writeFileDurably(path, partitionText(data), this.ctx.fs);
  }
}

async function readBytesIfExists(path: string, fs: FileSystem): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** What a partition file of `spec`'s collection holds, for the checks of loadDataFile. */
export function partitionFileSpec<T>(spec: { schemaVersion: number; item: z.ZodType<T>; migrations: readonly Migration[] }): DataFileSpec<Partition<T>> {
  return {
    schemaVersion: spec.schemaVersion,
    schema: z.object({ schemaVersion: z.number().int(), items: z.array(spec.item) }) as z.ZodType<Partition<T>>,
    empty: () => ({ schemaVersion: spec.schemaVersion, items: [] as T[] }),
    migrations: spec.migrations,
  };
}

/** Partition files read at once: enough to keep the disk busy, few enough for the thread pool. */
const READ_AHEAD = 16;

export async function inBatches<K>(keys: readonly K[], work: (key: K, at: number) => Promise<void>): Promise<void> {
  for (let at = 0; at < keys.length; at += READ_AHEAD) await Promise.all(keys.slice(at, at + READ_AHEAD).map((key, i) => work(key, at + i)));
}
