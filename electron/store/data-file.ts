import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'zod';

import type { DataNotice } from '../ipc/contract/app';
import { type FileSystem, readFileIfExists, writeFileDurably } from './durable-file';
import { type Migration, runMigrations } from './migrations';

/** What a data file holds and how to bring an older one up to date. */
export type DataFileSpec<T> = {
  schemaVersion: number;
  schema: z.ZodType<T>;
  empty: () => T;
  migrations: readonly Migration[];
  /**
   * Whether a missing file that a backup holds is damage, restored from it (desk.json, which the
   * app never deletes). Partitions are deleted on purpose (emptied days, cleared collections), so
   * an old copy of one in a backup must not come back.
   */
  restoreWhenMissing?: boolean;
};

/** Told to the user: which file was damaged, why, and what the app did about it. */
export type StoreNotice = DataNotice;

export class DataTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(`${file} was written by a newer version of Partner Support Desk (data version ${version}); update the app to open it.`);
    this.name = 'DataTooNewError';
  }
}

export type LoadContext = {
  dir: string;
  backupsDir: string;
  fs: FileSystem;
  stamp: () => string;
  /** Tells of a damaged file: at start-up, or later when a partition left on disk is first read. */
  report: (notice: StoreNotice) => void;
};

type Checked<T> = { ok: true; data: T; fromVersion: number } | { ok: false; reason: string };

function check<T>(text: string, file: string, spec: DataFileSpec<T>): Checked<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'it has no schemaVersion' };
  if (version > spec.schemaVersion) throw new DataTooNewError(file, version);
  const migrated = version < spec.schemaVersion ? runMigrations(raw, version, spec.schemaVersion, spec.migrations) : raw;
  const parsed = spec.schema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, reason: `its content is not valid${where}: ${issue?.message ?? 'unknown problem'}` };
  }
  return { ok: true, data: parsed.data, fromVersion: version };
}

/** Backup folders, newest first (their names are dates, YYYY-MM-DD, or pre-migration stamps). */
export async function listBackups(backupsDir: string): Promise<string[]> {
  const names = await readdir(backupsDir).catch(() => [] as string[]);
  return names
    .filter((n) => /^\d{4}-\d{2}-\d{2}/.test(n) && !n.endsWith('.partial'))
    .sort()
    .reverse();
}

/**
 * Loads one data file. A file that does not parse or validate is never overwritten while it is
 * the only copy: the newest good backup is found first, the damaged file is copied aside
 * (durably), and only then is the good copy put in its place by an atomic rename (with no good
 * backup, the damaged file is removed once its copy is safe, and the file starts empty). A crash at any instant leaves the damaged file, its copy, or the restored
 * one in place, never nothing: the next start finds the same damage, or none. A notice says so.
 */
export async function loadDataFile<T>(file: string, spec: DataFileSpec<T>, ctx: LoadContext): Promise<T> {
  const path = join(ctx.dir, file);
  const text = await readFileIfExists(path, ctx.fs);
  if (text === undefined) return spec.restoreWhenMissing ? loadMissing(file, spec, ctx) : spec.empty();
  const checked = check(text, file, spec);
  if (checked.ok) {
    if (checked.fromVersion < spec.schemaVersion) {
      // Keep the file as it was before migrating, then store the migrated data.
      const keep = join(ctx.backupsDir, `${ctx.stamp()}-pre-migration-v${checked.fromVersion}`, file);
      await mkdir(dirname(keep), { recursive: true });
      await copyFile(path, keep);
      await writeFileDurably(path, JSON.stringify(checked.data), ctx.fs);
    }
    return checked.data;
  }
  const good = await newestGoodBackup(file, spec, ctx);
  const movedTo = `${file}.damaged-${ctx.stamp()}`;
  // The damaged bytes exactly as they were, for whoever wants to look at them later.
  await writeFileDurably(join(ctx.dir, movedTo), await ctx.fs.readFile(path), ctx.fs);
  // With no good backup there is nothing to put in its place: the app starts that file empty.
  if (good) await writeFileDurably(path, JSON.stringify(good.data), ctx.fs);
  else await ctx.fs.unlink(path);
  ctx.report({ kind: 'damaged-file', file, reason: checked.reason, movedTo, restoredFrom: good?.backup ?? null });
  return good?.data ?? spec.empty();
}

/**
 * No file yet is a new folder, unless a backup holds one: then the file went missing (deleted,
 * lost in a crash of an older version, a sync tool's conflict), which is damage like any other:
 * the newest good backup is restored and the page says so.
 */
async function loadMissing<T>(file: string, spec: DataFileSpec<T>, ctx: LoadContext): Promise<T> {
  return (await restoreFromBackup(file, spec, ctx)) ?? spec.empty();
}

/**
 * A partition file the app wrote last (its index says so) that is gone without the app removing
 * it: restored from the newest good backup like a missing desk.json, or, with none, reported as
 * lost so the user knows what is no longer there. Answers whether the file is back.
 */
export async function restoreMissingFile<T>(file: string, spec: DataFileSpec<T>, ctx: LoadContext): Promise<boolean> {
  if ((await restoreFromBackup(file, spec, ctx)) !== null) return true;
  ctx.report({ kind: 'missing-file', file, reason: 'it was missing', movedTo: null, restoredFrom: null });
  return false;
}

async function restoreFromBackup<T>(file: string, spec: DataFileSpec<T>, ctx: LoadContext): Promise<T | null> {
  const good = await newestGoodBackup(file, spec, ctx);
  if (!good) return null;
  await mkdir(dirname(join(ctx.dir, file)), { recursive: true });
  await writeFileDurably(join(ctx.dir, file), JSON.stringify(good.data), ctx.fs);
  ctx.report({ kind: 'missing-file', file, reason: 'it was missing', movedTo: null, restoredFrom: good.backup });
  return good.data;
}

function checkOrTooNew<T>(text: string, file: string, spec: DataFileSpec<T>): Checked<T> | null {
  try {
    return check(text, file, spec);
  } catch (error) {
    if (error instanceof DataTooNewError) return null;
    throw error;
  }
}

async function newestGoodBackup<T>(file: string, spec: DataFileSpec<T>, ctx: LoadContext): Promise<{ data: T; backup: string } | null> {
  for (const backup of await listBackups(ctx.backupsDir)) {
    const candidate = await readFileIfExists(join(ctx.backupsDir, backup, file), ctx.fs);
    if (candidate === undefined) continue;
    // A copy written by a newer version (the app was downgraded since) cannot be read by this
    // one; an older good copy can, so the search goes on rather than refusing the whole open.
    const restored = checkOrTooNew(candidate, file, spec);
    if (restored?.ok) return { data: restored.data, backup };
  }
  return null;
}
