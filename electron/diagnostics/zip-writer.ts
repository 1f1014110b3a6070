import { deflateRaw } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

export type ZipWriter = {
  /** Adds one file, deflated; resolves once it is in the archive. */
  add(name: string, bytes: Uint8Array, modified: Date): Promise<void>;
  /** Ends the archive and answers its bytes. */
  finish(): Uint8Array;
  readonly count: number;
};

// A zip stores MS-DOS times, 1980 to 2099: fflate refuses any other, and a file touched to 1970 exists.
const dosTime = (time: Date, fallback: Date) => (time.getUTCFullYear() >= 1980 && time.getUTCFullYear() <= 2099 ? time : fallback);

/**
 * One zip entry (method 8, deflate) compressed by Node's zlib instead of fflate's JavaScript
 * deflate: zlib runs in libuv's thread pool, so the main process (and every window) does not
 * stop while 200 MiB are compressed, and it is about three times faster. fflate documents
 * ZipPassThrough.process as the place for a custom compression; crc and size stay its own.
 */
class ZlibDeflatedEntry extends ZipPassThrough {
  constructor(
    name: string,
    modified: Date,
    private readonly settled: (error: Error | null) => void,
  ) {
    super(name);
    this.compression = 8;
    this.mtime = modified;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    deflateRaw(chunk, { level: 6 }, (error, deflated) => {
      if (error) return this.settled(error);
      this.ondata(null, deflated, final);
      if (final) this.settled(null);
    });
  }
}

/** A zip archive built in memory: fflate writes the container, zlib compresses each file. */
export function zipWriter(fallbackTime: Date): ZipWriter {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let ended = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  let count = 0;
  return {
    get count() {
      return count;
    },
    add: (name, bytes, modified) =>
      new Promise<void>((resolve, reject) => {
        const entry = new ZlibDeflatedEntry(name, dosTime(modified, fallbackTime), (error) => (error ? reject(error) : resolve()));
        zip.add(entry);
        // One push with the whole file: the copies are read whole (or capped) anyway.
        entry.push(bytes, true);
        count++;
      }),
    finish: () => {
      zip.end();
      if (failure) throw failure;
      if (!ended) throw new Error('The zip archive did not end');
      return concat(chunks);
    },
  };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
