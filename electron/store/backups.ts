import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { listBackups } from './data-file';
import { fileStamp } from './durable-file';

/** Backups taken before a bulk change (an import, loading or removing the sample) that are kept. */
export const KEEP_BULK_BACKUPS = 5;

type BackupSource = {
  dir: string;
  backupsDir: string;
  files: readonly string[];
  /** Whether a file is sound enough to keep (a partition not read since start is checked first). */
  sound?: (file: string) => Promise<boolean>;
  /** What this run's earlier backups copied: a file unchanged since is linked to that copy, not copied again. */
  copies?: BackupCopies;
};

/** Files copied at once: enough to keep the disk busy, few enough for the thread pool. */
const COPY_AHEAD = 8;

/**
 * What the backups of this run copied: per data file, the file's inode, size and modification
 * time when it was copied, and where the copy is. The app never changes a data file in place
 * (every write is a new file renamed over it), so a file whose stamp is still the same holds
 * the same bytes, and the next backup links to the earlier copy instead of copying it: a backup
 * before an import costs the days written since the last one, not the whole portfolio. Copies
 * in a backup are never written to, so two backups sharing one is safe; pruning the older
 * only drops a name.
 */
export class BackupCopies {
  private readonly copies = new Map<string, { stamp: string; copy: string }>();

  /** The earlier copy of `file` if it still holds the file's bytes (same stamp), else null. */
  earlier(file: string, stamp: string | null): string | null {
    const known = this.copies.get(file);
    return known !== undefined && stamp !== null && known.stamp === stamp ? known.copy : null;
  }

  record(file: string, stamp: string | null, copy: string): void {
    if (stamp === null) this.copies.delete(file);
    else this.copies.set(file, { stamp, copy });
  }
}

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
  const stamps = new Map<string, string | null>();
  const copyOne = async (file: string) => {
    const from = join(opts.dir, file);
    const to = join(partial, file);
    // Taken before the copy: a file replaced meanwhile has another stamp, so it is copied again next time.
    const stamp = await fileStamp(from);
    const earlier = opts.copies?.earlier(file, stamp) ?? null;
    await mkdir(dirname(to), { recursive: true });
    // A link can fail (the earlier backup pruned, a file system without links): then it is copied.
    if (
      earlier !== null &&
      (await link(earlier, to).then(
        () => true,
        () => false,
      ))
    )
      return stamps.set(file, stamp);
    // Checked first: a damaged file is set aside by the check, and then there is nothing to copy.
    if (opts.sound && !(await opts.sound(file))) return;
    // A file gone by now (set aside, or one team sync's storage folds into another) is not copied:
    // asked before the copy, it could still go in between.
    const copied = await copyFile(from, to).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    if (copied) stamps.set(file, stamp);
  };
  for (let at = 0; at < opts.files.length; at += COPY_AHEAD) await Promise.all(opts.files.slice(at, at + COPY_AHEAD).map(copyOne));
  await mkdir(partial, { recursive: true });
  await rename(partial, target);
  for (const [file, stamp] of stamps) opts.copies?.record(file, stamp, join(target, file));
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
