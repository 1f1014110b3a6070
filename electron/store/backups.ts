import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listBackups } from './data-file';

/** Backups taken before a bulk change (an import, loading or removing the sample) that are kept. */
export const KEEP_BULK_BACKUPS = 5;

type BackupSource = {
  dir: string;
  backupsDir: string;
  files: readonly string[];
  /** Whether a file is sound enough to keep (a partition not read since start is checked first). */
  sound?: (file: string) => Promise<boolean>;
};

/**
 * Copies the files that are sound into backups/<name>/, skipped when that folder exists. Files
 * that were damaged are not copied, so a backup is always something the app could restore
 * from. The folder gets its name only once every copy is in it.
 */
export async function makeBackup(opts: BackupSource & { name: string }): Promise<string | null> {
  const target = join(opts.backupsDir, opts.name);
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
  await rename(partial, target);
  return target;
}

/** One backup a day (the Beijing date, T1), then only the newest `keep` daily folders are kept. */
export async function makeDailyBackup(opts: BackupSource & { today: string; keep: number }): Promise<string | null> {
  const made = await makeBackup({ ...opts, name: opts.today });
  if (made) await pruneBackups(opts.backupsDir, opts.keep);
  return made;
}

/** Keeps the newest `keepDaily` daily folders and the newest KEEP_BULK_BACKUPS taken before a bulk change. */
export async function pruneBackups(backupsDir: string, keepDaily: number): Promise<void> {
  const all = await listBackups(backupsDir);
  const daily = all.filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
  const bulk = all.filter((name) => /-before-[a-z-]+$/.test(name));
  for (const old of [...daily.slice(keepDaily), ...bulk.slice(KEEP_BULK_BACKUPS)]) await rm(join(backupsDir, old), { recursive: true, force: true });
}

/**
 * A copy cut short by a crash never got its name and is of no use. Removed at open, before any
 * backup of this run starts: a backup being copied right now (the start-up one runs beside the
 * write queue, a bulk one inside it) also has a .partial name, and must not lose its files.
 */
export async function removeLeftoverPartials(backupsDir: string): Promise<void> {
  const partials = (await readdir(backupsDir).catch(() => [] as string[])).filter((name) => name.endsWith('.partial'));
  for (const partial of partials) await rm(join(backupsDir, partial), { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
