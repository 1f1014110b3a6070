import * as fsSync from 'node:fs';
import * as fs from 'node:fs/promises';

import type { FileSystem, SyncCalls } from '@main/store/durable-file';

export type KillableFs = FileSystem & {
  /** Lets calls through until the `at`-th from now, which fails with every later one (Infinity: never). */
  arm: (at: number) => void;
  /** Calls since armed. */
  calls: () => number;
  /** What each call since armed did (`rename <to>`, `open <path>`, `write`, ...), to find a moment by name. */
  log: string[];
};

/**
 * The real file system until armed; then the `at`-th call and every call after it fail, as if
 * the process died there (a write cut at that moment leaves half its bytes, as a kill can).
 */
export function killableFs(): KillableFs {
  let count = 0;
  let at = Number.POSITIVE_INFINITY;
  const log: string[] = [];
  const step = (what: string) => {
    count++;
    log.push(what);
    if (count >= at) throw Object.assign(new Error('EIO: killed'), { code: 'EIO' });
  };
  const wrap =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    async (...args: A) => (step(`${name} ${String(args.at(name === 'rename' ? 1 : 0))}`), call(...args));
  return {
    readFile: wrap('readFile', fs.readFile) as FileSystem['readFile'],
    mkdir: wrap('mkdir', fs.mkdir) as FileSystem['mkdir'],
    rename: wrap('rename', fs.rename),
    unlink: wrap('unlink', fs.unlink),
    open: (async (path: string, flags: string) => {
      step(`open ${path}`);
      const handle = await fs.open(path, flags);
      const writeFile = async (data: string | Uint8Array, encoding: BufferEncoding | null) => {
        try {
          step('write');
        } catch (error) {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1), encoding);
          throw error;
        }
        return handle.writeFile(data, encoding);
      };
      const close = async () => (await handle.close(), step('close'));
      const truncate = wrap('truncate', (length?: number) => handle.truncate(length));
      return Object.assign(Object.create(handle) as typeof handle, {
        writeFile,
        sync: wrap('sync', () => handle.sync()),
        datasync: wrap('datasync', () => handle.datasync()),
        truncate,
        close,
      });
    }) as FileSystem['open'],
    // The change log's calls: a kill in a write leaves half its bytes, as above.
    sync: {
      openSync: (path, flags) => (step(`open ${String(path)}`), fsSync.openSync(path, flags)),
      writeSync: ((fd: number, data: Uint8Array) => {
        try {
          step('write');
        } catch (error) {
          fsSync.writeSync(fd, data.subarray(0, data.length >> 1));
          throw error;
        }
        return fsSync.writeSync(fd, data);
      }) as SyncCalls['writeSync'],
      fdatasyncSync: (fd) => (step('datasync'), fsSync.fdatasyncSync(fd)),
      ftruncateSync: (fd, length) => (step('truncate'), fsSync.ftruncateSync(fd, length)),
      fsyncSync: (fd) => (step('sync'), fsSync.fsyncSync(fd)),
      closeSync: fsSync.closeSync,
    },
    arm: (n) => {
      count = 0;
      log.length = 0;
      at = n;
    },
    calls: () => count,
    log,
  };
}
