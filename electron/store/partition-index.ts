import * as nodeFs from 'node:fs/promises';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { fileStamp, fileStampSync, syncFolder, writeFileDurably } from './durable-file';
import { FactsFiles } from './index-facts';
import type { PartitionEntry } from './store-types';

/**
 * The entries of an index file (`{ version: 2, partitions: { key: entry } }`, or version 1, which
 * kept each entry's facts in it), or null when it is not one (torn, foreign): then its partitions
 * are read in full. Written out rather than as a zod schema, since a large portfolio's index
 * lists 150,000 ids and this runs at every open.
 */
export function groupEntries(value: unknown): Map<string, PartitionEntry> | null {
  if (!isObject(value) || (value.version !== 1 && value.version !== 2) || !isObject(value.partitions)) return null;
  const entries = new Map<string, PartitionEntry>();
  for (const [key, entry] of Object.entries(value.partitions)) {
    if (!isObject(entry)) return null;
    const { stamp, hot, ids, facts } = entry;
    if (typeof stamp !== 'string' || typeof hot !== 'boolean' || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
    if (facts !== undefined && typeof facts !== 'string') return null;
    entries.set(key, { stamp, hot, ids: ids as string[], ...(facts === undefined ? {} : { facts }) });
  }
  return entries;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One index file per month (a day key's first 7 characters; a year key is its own group). */
export const groupOf = (key: string) => key.slice(0, 7);

const FLUSH_DELAY_MS = 1000;

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * A cache of each partition's ids, in `<data>/index/<collection>/`, so opening
 * reads a few small files instead of every partition. It is never trusted blindly: an entry
 * counts only while the file's inode, size and mtime are still those recorded after the app's
 * own write, so a file restored, copied in or edited since is read in full. That is also why
 * it is written without fsync: an index lost in a crash is rebuilt from the partitions.
 */
export class PartitionIndex {
  readonly entries = new Map<string, PartitionEntry>();
  private readonly dirty = new Set<string>();
  /** Groups that lost an entry because the app removed its file: written with fsync (see forget). */
  private readonly durable = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly facts: FactsFiles;

  constructor(
    /** Where the index files go (`<data>/index/<collection>`), outside the partitions' folder. */
    private readonly indexDir: string,
    /** A partition's file, as a full path. */
    private readonly pathOf: (key: string) => string,
    /** Whether entries carry facts (see FactsFiles). */
    private readonly withFacts = false,
  ) {
    this.facts = new FactsFiles(indexDir, this.entries);
  }

  /** A partition's facts as text, when known: from memory, or its group's facts file, read once. */
  async factsOf(key: string): Promise<string | undefined> {
    if (this.withFacts && this.entries.get(key)?.facts === undefined) await this.facts.load(groupOf(key));
    return this.entries.get(key)?.facts;
  }

  /** Facts summed up from a partition as its entry knows it: kept from now on. */
  setFacts(key: string, facts: string): void {
    const entry = this.entries.get(key);
    if (!entry || entry.facts === facts) return;
    entry.facts = facts;
    this.dirty.add(groupOf(key));
  }

  /**
   * Reads the index and answers the keys whose entry still matches its file on disk (`trusted`),
   * and those it lists whose file is gone (`gone`): the app wrote them and, since every removal
   * of the app's makes the index forget them first (see forget), did not remove them.
   */
  async load(keys: readonly string[]): Promise<{ trusted: Set<string>; gone: string[] }> {
    const names = await readdir(this.indexDir).catch(() => [] as string[]);
    const recorded = new Map<string, PartitionEntry>();
    const groups = names.filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n));
    const texts = await Promise.all(groups.map((name) => readFile(join(this.indexDir, name), 'utf8').catch(() => null)));
    for (const text of texts) {
      // A torn or foreign index file only costs reading its partitions in full.
      const entries = text === null ? null : groupEntries(parseOrNull(text));
      for (const [key, entry] of entries ?? []) recorded.set(key, entry);
    }
    const trusted = new Set<string>();
    for (const key of keys) {
      const entry = recorded.get(key);
      if (entry && entry.stamp === fileStampSync(this.pathOf(key))) {
        this.entries.set(key, entry);
        trusted.add(key);
      }
    }
    // Entries of files gone or changed are dropped, so their groups are written afresh.
    for (const key of recorded.keys()) if (!trusted.has(key)) this.dirty.add(groupOf(key));
    const present = new Set(keys);
    return { trusted, gone: [...recorded.keys()].filter((key) => !present.has(key)).sort() };
  }

  /** The partition file's inode, size and mtime now (null when it is not there): equal to its entry's while the file is the app's last write of it. */
  async stampOf(key: string): Promise<string | null> {
    return fileStamp(this.pathOf(key));
  }

  /** Records a partition as it is on disk now (after the app wrote or checked it). */
  async record(key: string, ids: string[], hot: boolean, facts?: string): Promise<void> {
    const stamp = await this.stampOf(key);
    if (stamp === null) this.entries.delete(key);
    else this.entries.set(key, { stamp, hot, ids, ...(facts === undefined ? {} : { facts }) });
    this.dirty.add(groupOf(key));
  }

  /** Forgets a partition whose file is about to lag behind memory (a logged change): until recorded again, an open reads it in full. */
  drop(key: string): void {
    if (this.entries.delete(key)) this.dirty.add(groupOf(key));
  }

  /**
   * The app removed the partition's file. Its group is written with fsync at the next flush, which
   * a removing commit awaits before its record goes: an index that still listed the file would
   * make the next open take it for lost and bring an old copy back from a backup.
   */
  forget(key: string): void {
    if (!this.entries.delete(key)) return;
    this.dirty.add(groupOf(key));
    this.durable.add(groupOf(key));
  }

  /**
   * Writes the changed groups a moment later, off the path of the write that changed them:
   * logging a case answers once its day file is durable, and a burst of writes costs one index
   * write. Lost in a crash, it costs the next open a read of the days written since.
   */
  schedule(): void {
    if (this.timer || this.dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, FLUSH_DELAY_MS);
    this.timer.unref();
  }

  /** Writes what is pending now (on close). */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush().catch(() => undefined);
  }

  /**
   * Writes the changed groups: temp file and rename, so a reader never meets half a file, but no
   * fsync (see above) unless a group forgot a removed file. A failure is ignored (the next open
   * finds the stale stamps and rebuilds), except for such a group: it is kept to write again and
   * the flush fails, so the removing commit keeps its record until the index is written.
   */
  flush(): Promise<void> {
    // One flush at a time, so an older snapshot of a group never lands after a newer one.
    const run = this.writing.then(() => this.write());
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
    const groups = [...this.dirty];
    this.dirty.clear();
    if (groups.length === 0) return;
    await mkdir(this.indexDir, { recursive: true }).catch(() => undefined);
    let failed: unknown = null;
    let synced = false;
    for (const group of groups) {
      const inGroup = [...this.entries].filter(([key]) => groupOf(key) === group);
      const partitions = Object.fromEntries(inGroup.map(([key, { stamp, hot, ids }]) => [key, { stamp, hot, ids }]));
      if (this.withFacts) {
        // Facts not read yet must not be lost: the group's file is read before it is replaced.
        await this.facts.load(group);
        await writeFileDurably(this.facts.fileOf(group), this.facts.textOf(inGroup), nodeFs, { sync: false }).catch(() => undefined);
      }
      const sync = this.durable.has(group);
      await writeFileDurably(join(this.indexDir, `${group}.json`), JSON.stringify({ version: 2, partitions }), nodeFs, { sync, syncFolder: false }).then(
        () => {
          synced ||= this.durable.delete(group);
        },
        (error: unknown) => {
          if (!sync) return;
          this.dirty.add(group);
          failed = error;
        },
      );
    }
    if (synced) await syncFolder(this.indexDir, nodeFs);
    if (failed) throw failed;
  }
}
