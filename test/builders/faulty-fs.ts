import * as fsSync from 'node:fs';
import * as fs from 'node:fs/promises';

import type { FileSystem, SyncCalls } from '@main/store/durable-file';

/**
 * The real file system, except that the next `failures` renames fail the way a full disk or a
 * yanked USB drive makes them fail. Everything before the rename really happens on disk.
 */
export function faultyFs(): FileSystem & {
  /** Fails `count` renames, after letting the next `after` ones succeed (a batch failing midway). */
  failNextRenames: (count: number, options?: { after?: number }) => void;
  /** Fails the next `count` writes into a file (an append to the change log, a temp file): each writes half its bytes first, as a disk filling up does. */
  failNextWrites: (count: number) => void;
  /** Holds the next rename until released: `reached` resolves once the write is waiting there. */
  holdNextRename: () => { reached: Promise<void>; release: () => void };
} {
  let failures = 0;
  let passes = 0;
  let writeFailures = 0;
  let hold: { arrive: () => void; gate: Promise<void> } | null = null;
  return {
    open: (async (path: string, flags: string) => {
      const handle = await fs.open(path, flags);
      const writeFile = async (data: Uint8Array, encoding: null) => {
        if (writeFailures === 0) return handle.writeFile(data, encoding);
        writeFailures--;
        await handle.writeFile(data.subarray(0, data.length >> 1), encoding);
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      return Object.assign(Object.create(handle) as typeof handle, { writeFile });
    }) as FileSystem['open'],
    sync: {
      ...fsSync,
      writeSync: ((fd: number, data: Uint8Array) => {
        if (writeFailures === 0) return fsSync.writeSync(fd, data);
        writeFailures--;
        fsSync.writeSync(fd, data.subarray(0, data.length >> 1));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }) as SyncCalls['writeSync'],
    },
    unlink: fs.unlink,
    readFile: fs.readFile,
    mkdir: fs.mkdir,
    rename: async (from, to) => {
      if (hold) {
        const { arrive, gate } = hold;
        hold = null;
        arrive();
        await gate;
      }
      if (passes > 0) passes--;
      else if (failures > 0) {
        failures--;
        throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
      }
      return fs.rename(from, to);
    },
    failNextRenames: (count, options = {}) => {
      failures = count;
      passes = options.after ?? 0;
    },
    failNextWrites: (count) => {
      writeFailures = count;
    },
    holdNextRename: () => {
      let arrive = () => undefined as void;
      let release = () => undefined as void;
      const reached = new Promise<void>((resolve) => (arrive = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      hold = { arrive, gate };
      return { reached, release };
    },
  };
}
