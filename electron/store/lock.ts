import * as fs from 'node:fs/promises';
import { join } from 'node:path';

import { holderMayBeAlive, type LockHolder, parseHolder, processStartTicks, thisProcess } from './lock-holder';

export class StoreLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number,
    /** The computer that holds it, when it is not this one (a folder on a shared drive). */
    readonly holderHost: string | null = null,
  ) {
    super(
      `The data folder ${dir} is already open in another Partner Support Desk` +
        (holderHost ? ` on the computer ${holderHost}` : holderPid > 0 ? ` (process ${holderPid})` : '') +
        '. Close it there first; if no other window has it open, delete the file .lock in that folder and start again.',
    );
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
 * A lock whose holder no longer runs is taken over: the file names the process with its start
 * time and the computer's boot time, so a PID reused after a reboot does not lock the user out.
 */
export async function acquireLock(dir: string, now: () => number = Date.now): Promise<() => Promise<void>> {
  const path = join(dir, '.lock');
  const here: LockHolder = thisProcess(now());
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await fs.open(path, 'wx');
      await handle.writeFile(JSON.stringify(here));
      await handle.sync();
      await handle.close();
      return async () => {
        await fs.unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(await fs.readFile(path, 'utf8').catch(() => ''));
      if (holder && holderMayBeAlive(holder, { alive: isAlive, startTicks: processStartTicks, here })) {
        throw new StoreLockedError(dir, holder.pid, holder.host && holder.host !== here.host ? holder.host : null);
      }
      await fs.unlink(path).catch(() => undefined);
    }
  }
  throw new StoreLockedError(dir, -1);
}
