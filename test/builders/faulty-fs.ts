import * as fs from 'node:fs/promises';
import type { FileSystem } from '../../electron/store/durable-file';

/**
 * The real file system, except that the next `failures` renames fail the way a full disk or a
 * yanked USB drive makes them fail. Everything before the rename really happens on disk.
 */
export function faultyFs(): FileSystem & { failNextRenames: (count: number) => void } {
  let failures = 0;
  return {
    open: fs.open,
    unlink: fs.unlink,
    readFile: fs.readFile,
    mkdir: fs.mkdir,
    rename: async (from, to) => {
      if (failures > 0) {
        failures--;
        throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
      }
      return fs.rename(from, to);
    },
    failNextRenames: (count) => {
      failures = count;
    },
  };
}
