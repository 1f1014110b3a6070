import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listBackups } from './data-file';

/**
 * One backup a day: copies the files that loaded cleanly into backups/<today>/ (skipped when
 * today's exists), then keeps only the newest `keep` daily folders. Files that were damaged are
 * not copied, so a backup is always something the app could restore from.
 */
export async function makeDailyBackup(opts: {
  dir: string;
  backupsDir: string;
  files: readonly string[];
  /** Whether a file is sound enough to keep (a partition not read since start is checked first). */
  sound?: (file: string) => Promise<boolean>;
  today: string;
  keep: number;
}): Promise<string | null> {
  const target = join(opts.backupsDir, opts.today);
  if (await exists(target)) return null;
  const partial = `${target}.partial`;
  await rm(partial, { recursive: true, force: true });
  for (const file of opts.files) {
    const from = join(opts.dir, file);
    // Checked first: a damaged file is set aside by the check, and then there is nothing to copy.
    if ((opts.sound && !(await opts.sound(file))) || !(await exists(from))) continue;
    await mkdir(dirname(join(partial, file)), { recursive: true });
    await copyFile(from, join(partial, file));
  }
  await mkdir(partial, { recursive: true });
  // A folder only gets its final name once every copy is in it.
  await rename(partial, target);
  const daily = (await listBackups(opts.backupsDir)).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
  for (const old of daily.slice(opts.keep)) await rm(join(opts.backupsDir, old), { recursive: true, force: true });
  return target;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
