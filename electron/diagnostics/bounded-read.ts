import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

// Never through a symbolic link (one swapped in after listing could point outside the data
// folder), and never blocking on a FIFO. Windows has neither flag, nor FIFOs.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The code of a file-system error (ENOENT, EACCES …): never its message, which names paths. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';

/**
 * Reads a regular file's last `cap` bytes (all of it when smaller; `cap` from the start with
 * `from: 'start'`). A file that grows while it is read is read as it was when opened.
 */
export async function readCapped(path: string, cap: number, from: 'start' | 'end' = 'start'): Promise<{ bytes: Buffer; size: number }> {
  const handle = await open(path, READ_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    const length = Math.min(stats.size, cap);
    const bytes = await readFully(handle, length, from === 'end' ? stats.size - length : 0);
    return { bytes, size: stats.size };
  } finally {
    await handle.close();
  }
}

async function readFully(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const bytes = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, position + done);
    // The file shrank since its size was taken (a log rotated): keep what was there.
    if (bytesRead === 0) return bytes.subarray(0, done);
    done += bytesRead;
  }
  return bytes;
}
