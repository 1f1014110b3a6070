import * as fs from 'node:fs/promises';
import type { FileSystem } from '../../electron/store/durable-file';

/**
 * The real file system, except that the next `failures` renames fail the way a full disk or a
 * yanked USB drive makes them fail. Everything before the rename really happens on disk.
 */
export function faultyFs(): FileSystem & {
  /** Fails `count` renames, after letting the next `after` ones succeed (a batch failing midway). */
  failNextRenames: (count: number, options?: { after?: number }) => void;
  /** Holds the next rename until released: `reached` resolves once the write is waiting there. */
  holdNextRename: () => { reached: Promise<void>; release: () => void };
} {
  let failures = 0;
  let passes = 0;
  let hold: { arrive: () => void; gate: Promise<void> } | null = null;
  return {
    open: fs.open,
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
