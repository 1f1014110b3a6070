import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { ChecksummedPartitionFile, type Partition } from './checksummed-file';
import type { LoadContext } from './data-file';
import { planBatch } from './partition-batch';
import type { Migration } from './migrations';
import { planRepartition } from './repartition';

/**
 * A collection that grows without bound (cases) is split into one file per partition (a
 * Beijing day, say), so that storing one item rewrites one small file, not years of history:
 * lowdb rewrites a whole file on every write.
 */
export type CollectionSpec<T extends { id: string }> = {
  name: string;
  schemaVersion: number;
  item: z.ZodType<T>;
  migrations: readonly Migration[];
  /** The partition an item lives in; a file-name-safe key such as '2026-03'. */
  partitionOf: (item: T) => string;
  /** Orders two stored versions of one item (a later change has a larger revision). */
  revision: (item: T) => string;
};

type PartitionData<T> = Partition<T>;

/** Partition files read at once on load: enough to keep the disk busy, few enough for the thread pool. */
const READ_AHEAD = 16;

const KEY = /^[A-Za-z0-9_-]+$/;

export class PartitionedCollection<T extends { id: string }> {
  private readonly partitions = new Map<string, Low<PartitionData<T>>>();
  private readonly where = new Map<string, string>();

  constructor(
    readonly spec: CollectionSpec<T>,
    private readonly ctx: LoadContext,
  ) {}

  private fileOf(key: string): string {
    return `${this.spec.name}/${key}.json`;
  }

  private open(key: string): Low<PartitionData<T>> {
    const spec = {
      schemaVersion: this.spec.schemaVersion,
      schema: z.object({ schemaVersion: z.number().int(), items: z.array(this.spec.item) }) as z.ZodType<PartitionData<T>>,
      empty: () => ({ schemaVersion: this.spec.schemaVersion, items: [] }),
      migrations: this.spec.migrations,
    };
    const low = new Low(new ChecksummedPartitionFile(this.fileOf(key), spec, this.ctx), spec.empty());
    this.partitions.set(key, low);
    return low;
  }

  /** Loads every partition file found in the collection's folder. */
  async load(keys: readonly string[]): Promise<void> {
    const lows = keys.map((key) => this.open(key));
    for (let at = 0; at < lows.length; at += READ_AHEAD) await Promise.all(lows.slice(at, at + READ_AHEAD).map((low) => low.read()));
    for (const [key, low] of this.partitions) for (const item of low.data.items) this.where.set(item.id, key);
    this.dropStaleCopies();
    await this.repartition();
  }

  /**
   * Moves items stored under another partition than their own (data written before the
   * partitioning changed) to where they belong, after keeping a copy of the files as they were.
   * The new files are written before the old ones shrink or go, so a crash in between leaves
   * two copies of an item, which the next load reduces to one and then finishes the move.
   */
  private async repartition(): Promise<void> {
    // A checksummed file was written by this version, which placed each item by partitionOf.
    const unchecked = [...this.partitions].filter(([, low]) => !(low.adapter as ChecksummedPartitionFile<T>).verified).map(([key]) => key);
    if (unchecked.length === 0) return;
    const current = new Map([...this.partitions].map(([key, low]) => [key, low.data.items] as const));
    const { targets, sources } = planRepartition(current, this.spec.partitionOf, unchecked);
    if (sources.size === 0) return;
    const keep = join(this.ctx.backupsDir, `${this.ctx.stamp()}-pre-migration-${this.spec.name}-partitions`);
    for (const key of sources.keys()) {
      await mkdir(dirname(join(keep, this.fileOf(key))), { recursive: true });
      await copyFile(join(this.ctx.dir, this.fileOf(key)), join(keep, this.fileOf(key)));
    }
    for (const [key, items] of targets) {
      await this.commit(this.partitions.get(key) ?? this.open(key), items);
      for (const item of items) this.where.set(item.id, key);
    }
    for (const [key, items] of sources) {
      if (items.length > 0) await this.commit(this.partitions.get(key)!, items);
      else await this.remove(key);
    }
  }

  /**
   * Removes every item (the sample portfolio going away), file by file, memory after disk. A
   * failure midway leaves the files not yet removed in place and in memory, to be removed again.
   */
  async clear(): Promise<void> {
    for (const key of [...this.partitions.keys()]) {
      const gone = new Set(this.partitions.get(key)?.data.items.map((it) => it.id));
      await this.remove(key).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.partitions.delete(key);
      });
      for (const id of gone) this.where.delete(id);
    }
  }

  private async remove(key: string): Promise<void> {
    await this.ctx.fs.unlink(join(this.ctx.dir, this.fileOf(key)));
    this.partitions.delete(key);
  }

  /**
   * A crash while an item moved between partitions (new file written, old not yet) leaves it in
   * both: keep the latest revision and forget the other copy (the next write of that partition
   * removes it from disk too).
   */
  private dropStaleCopies(): void {
    // Only ids met in two files need a look; a map from each id to all its files would cost more than the load.
    const twice = new Set<string>();
    const seen = new Set<string>();
    for (const low of this.partitions.values()) for (const item of low.data.items) (seen.has(item.id) ? twice : seen).add(item.id);
    for (const id of twice) {
      const copies = [...this.partitions].flatMap(([key, low]) => low.data.items.filter((it) => it.id === id).map((item) => ({ key, item })));
      const keep = copies.reduce((best, c) => (this.spec.revision(c.item) > this.spec.revision(best.item) ? c : best));
      for (const { key } of copies) {
        if (key === keep.key) continue;
        const low = this.partitions.get(key)!;
        low.data = { ...low.data, items: low.data.items.filter((it) => it.id !== id) };
      }
      this.where.set(id, keep.key);
    }
  }

  files(): string[] {
    return [...this.partitions.keys()].map((key) => this.fileOf(key));
  }

  get size(): number {
    return this.where.size;
  }

  get(id: string): T | undefined {
    const key = this.where.get(id);
    return key === undefined ? undefined : this.partitions.get(key)?.data.items.find((item) => item.id === id);
  }

  /** Every item, partition by partition in key order. */
  all(): T[] {
    return [...this.partitions.keys()].sort().flatMap((key) => this.partitions.get(key)?.data.items ?? []);
  }

  inPartition(key: string): readonly T[] {
    return this.partitions.get(key)?.data.items ?? [];
  }

  /** Items of every partition whose key is `prefix` or starts with `prefix-` (a month's days, say). */
  inPartitions(prefix: string): T[] {
    const keys = [...this.partitions.keys()].filter((key) => key === prefix || key.startsWith(`${prefix}-`)).sort();
    return keys.flatMap((key) => this.partitions.get(key)?.data.items ?? []);
  }

  /**
   * Inserts or replaces an item. Memory changes only once the file is safely written; a failed
   * write leaves both as they were. Callers serialise through the store's queue.
   */
  async put(item: T): Promise<void> {
    const valid = this.spec.item.parse(item);
    const key = this.spec.partitionOf(valid);
    if (!KEY.test(key)) throw new Error(`Partition key ${JSON.stringify(key)} is not a safe file name.`);
    const previousKey = this.where.get(valid.id);
    const target = this.partitions.get(key) ?? this.open(key);
    const before = target.data.items;
    const replaced = previousKey === key;
    await this.commit(target, replaced ? before.map((it) => (it.id === valid.id ? valid : it)) : [...before, valid]);
    if (previousKey !== undefined && !replaced) {
      const old = this.partitions.get(previousKey);
      if (old) {
        try {
          await this.commit(old, old.data.items.filter((it) => it.id !== valid.id));
        } catch (error) {
          await this.commit(target, before);
          throw error;
        }
      }
    }
    this.where.set(valid.id, key);
  }

  /**
   * Inserts or replaces many items, rewriting each affected partition once (an import of a
   * thousand cases writes one file per month, not a thousand). If a later partition's write
   * fails, the ones already written are written back as they were and a new one is removed,
   * so memory and disk stay as before. Callers serialise through the store's queue.
   */
  async putMany(items: readonly T[]): Promise<void> {
    const valid = items.map((it) => this.spec.item.parse(it));
    const { next, placed } = planBatch(valid, this.spec.partitionOf, { itemsIn: (key) => this.inPartition(key), keyOf: (id) => this.where.get(id) });
    const written: { key: string; low: Low<PartitionData<T>>; before: T[] | null }[] = [];
    for (const key of [...next.keys()].sort()) {
      const existing = this.partitions.get(key);
      const low = existing ?? this.open(key);
      const before = existing ? existing.data.items : null;
      try {
        await this.commit(low, next.get(key)!);
      } catch (error) {
        if (!existing) this.partitions.delete(key);
        await this.restore(written.reverse());
        throw error;
      }
      written.push({ key, low, before });
    }
    for (const [id, key] of placed) this.where.set(id, key);
  }

  /** Best effort: a restore that fails too leaves that partition's memory and disk agreeing on the new items. */
  private async restore(written: readonly { key: string; low: Low<PartitionData<T>>; before: T[] | null }[]): Promise<void> {
    for (const { key, low, before } of written) {
      if (before) {
        await this.commit(low, before).catch(() => undefined);
      } else {
        // The partition did not exist before: remove its new file rather than leave an empty one.
        await this.ctx.fs.unlink(join(this.ctx.dir, this.fileOf(key))).then(
          () => this.partitions.delete(key),
          () => undefined,
        );
      }
    }
  }

  private async commit(low: Low<PartitionData<T>>, items: T[]): Promise<void> {
    const data = { schemaVersion: this.spec.schemaVersion, items };
    // Disk first: readers outside the queue must never see an item that is not yet stored.
    await low.adapter.write(data);
    low.data = data;
  }
}
