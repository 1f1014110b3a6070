import type { z } from 'zod';
import type { Migration } from './migrations';
import { planBatch } from './partition-batch';
import { inBatches, PartitionCache, type Loaded } from './partition-cache';

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
  /**
   * Keeps only part of the collection in memory: the partitions `partition` names and those
   * holding an item `item` names; the others are read when asked for, and at most `cachedItems`
   * of their items stay cached. Without it every partition is loaded at start.
   */
  resident?: { partition: (key: string, now: Date) => boolean; item: (item: T) => boolean; cachedItems: number };
};

const KEY = /^[A-Za-z0-9_-]+$/;

/** A partitioned collection's reads and writes; which partitions are in memory is PartitionCache's business. */
export class PartitionedCollection<T extends { id: string }> extends PartitionCache<T> {
  files(): string[] {
    return [...this.keys].sort().map((key) => this.fileOf(key));
  }

  get size(): number {
    return this.where.size;
  }

  async get(id: string): Promise<T | undefined> {
    const key = this.where.get(id);
    return key === undefined ? undefined : (await this.ensure(key))?.data.items.find((item) => item.id === id);
  }

  /**
   * Every item, partition by partition in key order, or those `where` keeps. Reads every
   * partition; filtered as each is read, so only what is kept stays referenced, not all time.
   */
  all(where?: (item: T) => boolean): Promise<T[]> {
    return this.itemsOf([...this.keys].sort(), where);
  }

  async inPartition(key: string): Promise<readonly T[]> {
    return (await this.ensure(key))?.data.items ?? [];
  }

  /** Items of every partition whose key is `prefix` or starts with `prefix-` (a month's days, say). */
  inPartitions(prefix: string): Promise<T[]> {
    return this.itemsOf([...this.keys].filter((key) => key === prefix || key.startsWith(`${prefix}-`)).sort());
  }

  /**
   * Up to `limit` items that `where` keeps, from the newest partition back (keys sort by date),
   * reading only as many partitions as it takes: a partner's latest cases without all time.
   */
  async newest(limit: number, where: (item: T) => boolean): Promise<T[]> {
    const found: T[] = [];
    for (const key of [...this.keys].sort().reverse()) {
      found.push(...((await this.ensure(key))?.data.items.filter(where) ?? []));
      if (found.length >= limit) break;
    }
    return found;
  }

  /** The items held in memory by design, without reading a file: every item of an eager collection (bookings), those the spec keeps of a lazy one (cases still being worked on). */
  inMemory(): T[] {
    const keep = this.spec.resident?.item ?? (() => true);
    const keys = this.spec.resident ? [...this.hot] : [...this.loaded.keys()];
    return keys.sort().flatMap((key) => this.loaded.get(key)?.data.items.filter(keep) ?? []);
  }

  private async itemsOf(keys: readonly string[], where?: (item: T) => boolean): Promise<T[]> {
    const found: (readonly T[])[] = [];
    await inBatches(keys, async (key, at) => {
      const items = (await this.ensure(key))?.data.items ?? [];
      found[at] = where ? items.filter(where) : items;
    });
    return found.flat();
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
    await this.holding(previousKey === undefined ? [key] : [key, previousKey], async (lows) => {
      const target = lows.get(key)!;
      const before = target.data.items;
      const replaced = previousKey === key;
      await this.commit(key, target, replaced ? before.map((it) => (it.id === valid.id ? valid : it)) : [...before, valid]);
      if (previousKey !== undefined && !replaced) {
        const old = lows.get(previousKey)!;
        try {
          await this.commit(previousKey, old, old.data.items.filter((it) => it.id !== valid.id));
        } catch (error) {
          await this.commit(key, target, before);
          throw error;
        }
      }
      this.where.set(valid.id, key);
    });
  }

  /**
   * Inserts or replaces many items, rewriting each affected partition once (an import of a
   * thousand cases writes one file per day, not a thousand). If a later partition's write
   * fails, the ones already written are written back as they were and a new one is removed,
   * so memory and disk stay as before. Callers serialise through the store's queue.
   */
  async putMany(items: readonly T[]): Promise<void> {
    const valid = items.map((it) => this.spec.item.parse(it));
    const touched = valid.flatMap((it) => [this.spec.partitionOf(it), this.where.get(it.id)]).filter((key): key is string => key !== undefined && KEY.test(key));
    await this.holding(touched, async (lows) => {
      const { next, placed } = planBatch(valid, this.spec.partitionOf, { itemsIn: (key) => lows.get(key)?.data.items ?? [], keyOf: (id) => this.where.get(id) });
      const written: { key: string; low: Loaded<T>; before: T[] | null }[] = [];
      for (const key of [...next.keys()].sort()) {
        const low = lows.get(key)!;
        const before = this.keys.has(key) ? low.data.items : null;
        try {
          await this.commit(key, low, next.get(key)!);
        } catch (error) {
          await this.restore(written.reverse());
          throw error;
        }
        written.push({ key, low, before });
      }
      for (const [id, key] of placed) this.where.set(id, key);
    });
  }

  /** Best effort: a restore that fails too leaves that partition's memory and disk agreeing on the new items. */
  private async restore(written: readonly { key: string; low: Loaded<T>; before: T[] | null }[]): Promise<void> {
    for (const { key, low, before } of written) {
      // A partition that did not exist before: remove its new file rather than leave an empty one.
      if (before) await this.commit(key, low, before).catch(() => undefined);
      else await this.remove(key).catch(() => undefined);
    }
  }

  /**
   * Removes every item (the sample portfolio going away), file by file, memory after disk. A
   * failure midway leaves the files not yet removed in place and in memory, to be removed again.
   */
  async clear(): Promise<void> {
    for (const key of [...this.keys].sort()) {
      const gone = this.loaded.get(key)?.data.items.map((it) => it.id) ?? this.index?.entries.get(key)?.ids ?? [];
      await this.remove(key).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.forget(key);
      });
      for (const id of gone) this.where.delete(id);
    }
  }
}
