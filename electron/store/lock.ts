import * as fs from 'node:fs/promises';
import { join } from 'node:path';

export class StoreLockedError extends Error {
  constructor(readonly dir: string, readonly holderPid: number) {
    super(`The data folder ${dir} is already open in another Partner Support Desk (process ${holderPid}).`);
    this.name = 'StoreLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per data folder. The app also holds Electron's single-instance lock; this lock
 * covers a second app pointed at the same folder (PSD_DATA_DIR) and a second open in-process.
 * A lock left by a process that no longer runs is taken over.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await fs.open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await fs.unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await fs.readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new StoreLockedError(dir, holder);
      await fs.unlink(path).catch(() => undefined);
    }
  }
  throw new StoreLockedError(dir, -1);
}
