import type { Adapter } from 'lowdb';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DataTooNewError, loadDataFile, type DataFileSpec, type LoadContext } from './data-file';
import { writeFileDurably, type FileSystem } from './durable-file';

export type Partition<T> = { schemaVersion: number; items: T[] };

// The header is written in exactly this form, so the items' text can be found without parsing.
const HEADER = /^\{"schemaVersion":(\d+),"checksum":"([0-9a-f]{40})","items":/;

const checksumOf = (items: string | Uint8Array) => createHash('sha1').update(items).digest('hex');

// JSON's own \u escapes keep the file ASCII, so its bytes are its characters.
const asAscii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Whether a partition file's bytes are exactly what the app wrote: ASCII, its header, and items matching the checksum. */
export function checksumMatches(bytes: Buffer): boolean {
  const header = isAscii(bytes) ? HEADER.exec(bytes.subarray(0, 120).toString('latin1')) : null;
  return header !== null && bytes.at(-1) === 0x7d && checksumOf(bytes.subarray(header[0].length, bytes.length - 1)) === header[2];
}

/**
 * A partition's text: the items, written in ASCII, with a checksum of exactly their text. The
 * header comes first in a fixed form, so a reader finds the items' bytes without parsing.
 */
export function partitionText<T>(data: Partition<T>): string {
  const items = asAscii(JSON.stringify(data.items));
  return `{"schemaVersion":${data.schemaVersion},"checksum":"${checksumOf(items)}","items":${items}}`;
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

  constructor(
    private readonly file: string,
    private readonly spec: DataFileSpec<Partition<T>>,
    private readonly ctx: LoadContext,
  ) {}

  async read(): Promise<Partition<T>> {
    const bytes = await readBytesIfExists(join(this.ctx.dir, this.file), this.ctx.fs);
    // The app writes partitions in ASCII, which latin1 decodes exactly and an order of magnitude
    // faster than UTF-8 (a large portfolio is ~90 MB of cases).
    const text = bytes && isAscii(bytes) ? bytes.toString('latin1') : undefined;
    const header = text === undefined ? null : HEADER.exec(text);
    if (bytes && text !== undefined && header && text.endsWith('}')) {
      const version = Number(header[1]);
      if (version > this.spec.schemaVersion) throw new DataTooNewError(this.file, version);
      if (version === this.spec.schemaVersion && checksumOf(bytes.subarray(header[0].length, bytes.length - 1)) === header[2]) {
        const parsed = JSON.parse(text) as Partition<T> & { checksum?: string };
        this.verified = true;
        return { schemaVersion: parsed.schemaVersion, items: parsed.items };
      }
    }
    return loadDataFile(this.file, this.spec, this.ctx);
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
