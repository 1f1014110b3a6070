import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';

import { scheduleBackups } from './backup-schedule';
import { removeLeftoverPartials } from './backups';
import { ChangeLog, type LoggedPut } from './change-log';
import { PartitionedCollection } from './collection';
import type { DataFileSpec, LoadContext, StoreNotice } from './data-file';
import type { FileSystem } from './durable-file';
import { Journal, JOURNAL_DIR } from './journal';
import { recoverJournal } from './journal-recovery';
import { ValidatedJsonFile } from './json-file-adapter';
import { acquireLock } from './lock';
import { runMigrations } from './migrations';
import type { CollectionSpec } from './store-types';
import { MAIN_FILE, storeWrites, type Transaction } from './store-writes';
import { removeLeftoverTempFiles } from './temp-files';

export { MAIN_FILE, type Transaction };

export type StoreOptions<M, C extends Record<string, { id: string }>> = {
  dir: string;
  main: DataFileSpec<M>;
  collections: { [K in keyof C]: CollectionSpec<C[K]> };
  now: () => Date;
  /** Daily backups kept (one a day). */
  keepBackups?: number;
  fs?: FileSystem;
  /**
   * Called for a damaged file found after start-up (a day of cases read on demand), so the page
   * can say so at once; every notice is also in `notices`.
   */
  onNotice?: (notice: StoreNotice) => void;
  /** Folders of the data folder that backups copy whole beside the store's files (team sync's). */
  backupFolders?: readonly string[];
  /** A backup taken while the app runs failed: not fatal, but not to go unnoticed. */
  onBackupFailure?: (error: unknown) => void;
};

export type Store<M, C extends Record<string, { id: string }>> = {
  readonly dir: string;
  /** Damaged files found at start-up, or later when a partition left on disk is first read: to tell the user. */
  readonly notices: readonly StoreNotice[];
  read(): Readonly<M>;
  /** The one path for changing the main file: validate, apply, persist, then answer. */
  mutate<R>(change: (current: Readonly<M>) => { next: M; result: R }): Promise<R>;
  /** Calls `see` with the main file after each durable write of it (team sync); answers how to stop. */
  observeMain(see: (data: Readonly<M>) => void): () => void;
  collection<K extends keyof C>(
    name: K,
  ): Pick<
    PartitionedCollection<C[K]>,
    'get' | 'all' | 'newest' | 'inPartition' | 'peek' | 'inPartitions' | 'partitionKeys' | 'factsOf' | 'inMemory' | 'size' | 'observe'
  >;
  /** How many items each collection holds in memory now (the cache's bound at work): written to the log with a diagnostics archive. */
  itemsInMemory(): Record<string, number>;
  /**
   * Stores one item of a growing collection (rewrites only its partition's file). Given a
   * function, builds the item inside the write queue, so a check it makes (a quota, say)
   * cannot be overtaken by another write; a function that throws stores nothing.
   */
  put<K extends keyof C>(name: K, item: C[K] | ((current: Readonly<M>) => C[K] | Promise<C[K]>)): Promise<C[K]>;
  /**
   * Stores many items of a collection at once, each affected partition written once; all or
   * nothing. `build` runs inside the write queue, so checks it makes see every earlier write.
   */
  putMany<K extends keyof C, R>(name: K, build: (current: Readonly<M>) => { items: C[K][]; result: R } | Promise<{ items: C[K][]; result: R }>): Promise<R>;
  /** Removes every item of a collection, inside the write queue; all or nothing. */
  clear<K extends keyof C>(name: K): Promise<void>;
  /**
   * One change across the main file and collections, all or nothing (see Journal): `build` runs
   * inside the write queue and names the parts; a build that throws stores nothing. A put or a
   * mutate that writes one file is one atomic rename; anything larger is a journalled commit.
   */
  transact<R>(build: (current: Readonly<M>, tx: Transaction<M, C>) => R | Promise<R>): Promise<R>;
  /**
   * Brings every partition file up to the change log now. The store does so itself once writes
   * pause, before a larger change or a backup, and at close; a caller needs it only to see the
   * files themselves (a test, the bench).
   */
  writeBehind(): Promise<void>;
  /** Resolves when the start-up backup is written. */
  readonly backupDone: Promise<unknown>;
  /** The day's backup, if the Beijing date turned since the last one (also checked every ten minutes). */
  dailyBackupIfDue(): Promise<string | null>;
  /** A backup of every file as it is now, taken in the write queue before a bulk change (`change`: a-z and -). */
  backupBefore(change: string): Promise<string | null>;
  close(): Promise<void>;
};

const stampOf = (now: Date) =>
  now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');

export async function openStore<M, C extends Record<string, { id: string }>>(options: StoreOptions<M, C>): Promise<Store<M, C>> {
  const fs = options.fs ?? nodeFs;
  await mkdir(options.dir, { recursive: true });
  const release = await acquireLock(options.dir);
  try {
    const collectionFolders = Object.values(options.collections).map((spec) => (spec as CollectionSpec<{ id: string }>).name);
    await removeLeftoverTempFiles(options.dir, [...collectionFolders, 'index', ...collectionFolders.map((name) => `index/${name}`), JOURNAL_DIR]);
    await removeLeftoverPartials(join(options.dir, 'backups'));
    const notices: StoreNotice[] = [];
    const backupsDir = join(options.dir, 'backups');
    let opened = false;
    const report = (notice: StoreNotice) => {
      notices.push(notice);
      if (opened) options.onNotice?.(notice);
    };
    const ctx: LoadContext = { dir: options.dir, backupsDir, fs, stamp: () => stampOf(options.now()), report };
    // Before anything is read: what a crash cut short is completed, so every file read is all of
    // a change or none of it.
    await recoverJournal(options.dir, fs, { ...ctx, indexed: collectionFolders });
    const journal = new Journal(options.dir, fs);

    const mainFile = new ValidatedJsonFile(MAIN_FILE, options.main, ctx);
    const main = new Low(mainFile, options.main.empty());
    await main.read();
    const collections = new Map<keyof C, PartitionedCollection<C[keyof C]>>();
    for (const name of Object.keys(options.collections) as (keyof C)[]) {
      const spec = options.collections[name];
      const collection = new PartitionedCollection(spec, ctx, options.now, journal);
      await collection.load(await partitionKeys(join(options.dir, spec.name)));
      collections.set(name, collection);
    }
    // A repartition the disk would not finish fails the open; its record completes it next time.
    await journal.finishPending();

    let queue: Promise<unknown> = Promise.resolve();
    // Every write and queued backup first finishes a commit the disk refused to complete (see
    // Journal): none may run over files that its roll forward would later overwrite.
    const serialise = <R>(work: () => Promise<R>): Promise<R> => {
      const gated = () => journal.finishPending().then(work);
      const run = queue.then(gated, gated);
      queue = run.catch(() => undefined);
      return run;
    };
    const collectionOf = <K extends keyof C>(name: K) => {
      const collection = collections.get(name);
      if (!collection) throw new Error(`Unknown collection ${String(name)}`);
      return collection as unknown as PartitionedCollection<C[K]>;
    };
    const changeLog = new ChangeLog(options.dir, fs);
    let logOpen = false;
    const writes = storeWrites<M, C>({
      main,
      mainSpec: options.main,
      mainChecked: (text) => mainFile.checked(text),
      journal,
      collectionOf,
      collections: () => collections.values() as Iterable<PartitionedCollection<{ id: string }>>,
      log: () => (logOpen ? changeLog : null),
      serialise,
    });
    // The changes a crash left in the log go into the files, as one commit, before the log is
    // emptied and opened again: cut short, the next open replays them again (a put is idempotent).
    await replayChangeLog(await changeLog.recover(ctx.stamp(), report), collections, writes.transact);
    await changeLog.open();
    logOpen = true;

    const sound = async (file: string) => {
      const [name, key] = [file.slice(0, file.indexOf('/')), file.slice(file.indexOf('/') + 1, -'.json'.length)];
      const collection = [...collections.values()].find((c) => c.spec.name === name);
      return collection ? collection.sound(key) : true;
    };
    const allFiles = () => [MAIN_FILE, ...[...collections.values()].flatMap((c) => c.files())];
    const goodFiles = allFiles().filter((file) => !notices.some((n) => n.file === file && n.restoredFrom === null));

    opened = true;
    const backups = scheduleBackups({
      startupFiles: { dir: options.dir, backupsDir, files: goodFiles, sound },
      files: () => ({ dir: options.dir, backupsDir, files: allFiles(), sound }),
      ...(options.backupFolders ? { folders: options.backupFolders } : {}),
      now: options.now,
      stamp: ctx.stamp,
      keep: options.keepBackups ?? 10,
      // A backup copies files: they catch up with the change log first.
      serialise: (work) => serialise(() => writes.writeBehind().then(work)),
      onFailure: (error) => options.onBackupFailure?.(error),
    });

    return {
      dir: options.dir,
      notices,
      backupDone: backups.startup,
      dailyBackupIfDue: backups.dailyIfDue,
      backupBefore: backups.before,
      read: () => main.data,
      collection: collectionOf,
      itemsInMemory: () => Object.fromEntries([...collections.values()].map((c) => [c.spec.name, c.itemsInMemory])),
      ...writes,
      writeBehind: () => serialise(writes.writeBehind),
      close: async () => {
        backups.stop();
        await queue;
        // Left in the log for the next open to replay if the disk refuses.
        await writes.writeBehind().catch(() => undefined);
        changeLog.close();
        // Left for the next open if the disk still refuses.
        await journal.finishPending().catch(() => undefined);
        await backups.startup;
        for (const collection of collections.values()) await collection.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/** Stores the logged items again, each collection's in the order logged (older schema versions migrated as their files would be). */
async function replayChangeLog<C extends Record<string, { id: string }>>(
  puts: readonly LoggedPut[],
  collections: ReadonlyMap<keyof C, PartitionedCollection<C[keyof C]>>,
  transact: <R>(build: (current: unknown, tx: Transaction<unknown, C>) => R) => Promise<R>,
): Promise<void> {
  if (puts.length === 0) return;
  await transact((_, tx) => {
    for (const [name, collection] of collections) {
      const { spec } = collection;
      const items = puts
        .filter((put) => put.collection === spec.name)
        .flatMap((put) =>
          put.schemaVersion === spec.schemaVersion
            ? put.items
            : (
                runMigrations({ schemaVersion: put.schemaVersion, items: put.items }, put.schemaVersion, spec.schemaVersion, spec.migrations) as {
                  items: unknown[];
                }
              ).items,
        );
      if (items.length > 0) tx.putMany(name, items as C[keyof C][]);
    }
  });
}

async function partitionKeys(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n))
    .map((n) => n.slice(0, -'.json'.length))
    .sort();
}
