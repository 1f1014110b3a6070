import * as fsSync from 'node:fs';
import * as nodeFs from 'node:fs/promises';

import type { FileSystem } from '@main/store/durable-file';

export type WriteProbe = { fs: FileSystem; writes: () => number };

/**
 * The real file system, telling the parent after each rename or unlink the store makes and each
 * append to the change log once synced (a "w" line on stdout), so it can kill the child between the files of one change: a crash there is
 * what all-or-nothing writes are for, and a kill timed by the clock alone rarely lands in it.
 * stdout through a pipe is written synchronously on Linux, so the line is out before the next
 * file is touched.
 */
export function writeProbe(): WriteProbe {
  let count = 0;
  const told = () => {
    count++;
    process.stdout.write('w\n');
  };
  const fs: FileSystem = {
    open: nodeFs.open,
    readFile: nodeFs.readFile,
    mkdir: nodeFs.mkdir,
    rename: async (from, to) => {
      await nodeFs.rename(from, to);
      told();
    },
    unlink: async (path) => {
      await nodeFs.unlink(path);
      told();
    },
    sync: {
      ...fsSync,
      fdatasyncSync: (fd) => {
        fsSync.fdatasyncSync(fd);
        told();
      },
    },
  };
  return { fs, writes: () => count };
}
