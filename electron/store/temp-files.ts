import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** The temp files writeFileDurably makes: `.<name>.<pid>.<12 hex>.tmp`, beside their target. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files a killed write left behind (the write never renamed them, so they
 * hold nothing the app answered for). Run under the folder's lock, when no write of ours is
 * under way. Only the app's own folders and only its own pattern: nothing else is touched.
 */
export async function removeLeftoverTempFiles(dir: string, folders: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of ['', ...folders]) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names.filter((n) => TEMP_FILE.test(n))) {
      const relative = folder ? `${folder}/${name}` : name;
      await unlink(join(dir, folder, name)).then(
        () => removed.push(relative),
        () => undefined,
      );
    }
  }
  return removed;
}
