import { join } from 'node:path';

import type { LoggedPut } from './change-log';
import { appendedText, type ChecksummedPartitionFile } from './checksummed-file';
import type { FileChange } from './journal';
import { planBatch } from './partition-batch';
import type { CollectionOp, Loaded, PartitionMemory } from './store-types';

/**
 * One collection's share of a commit: the files it writes and removes, and how its memory
 * follows (see CommitSteps). `release` lets its partitions be evicted again, whatever happened.
 */
export type CollectionDraft = FileChange & {
  apply: (pending: boolean) => Promise<void>;
  /** The change as one line of the change log, when it writes exactly one partition and removes nothing; null otherwise. */
  logged: LoggedPut | null;
  /** Memory after the change went into the change log instead of the files (see PartitionCache.written). */
  applyLogged: () => Promise<void>;
  settle: () => Promise<void>;
  release: () => void;
};

const KEY = /^[A-Za-z0-9_-]+$/;

/** Items checked and planned between two breaths of the event loop (about 20 ms of work). */
const SLICE = 2_000;

/**
 * Notes each item new to the collection under its partition; a partition where an item is
 * replaced or moved from or to (one already stored) is taken out for good (`whole`): it is
 * written whole.
 */
function noteAdded<T extends { id: string }>(
  items: readonly T[],
  partitionOf: (item: T) => string,
  keyOf: (id: string) => string | undefined,
  added: Map<string, T[]>,
  whole: Set<string>,
): void {
  for (const item of items) {
    const key = partitionOf(item);
    const before = keyOf(item.id);
    if (before !== undefined) {
      whole.add(key).add(before);
      continue;
    }
    if (whole.has(key)) continue;
    const list = added.get(key);
    if (list) list.push(item);
    else added.set(key, [item]);
  }
  for (const key of whole) added.delete(key);
}

/**
 * A partition's bytes once `added` (items it did not hold) are appended: spliced onto its file
 * (see appendedText) while that file is still the app's own last write of it, with as many
 * items as memory holds before them; otherwise all of `items`, written whole.
 */
async function appendedTextOf<T extends { id: string }>(
  collection: PartitionMemory<T>,
  key: string,
  items: T[],
  added: readonly T[],
  low: Loaded<T> | undefined,
): Promise<Buffer> {
  const { index, ctx, spec } = collection;
  const entry = index.entries.get(key);
  if (entry && entry.ids.length + added.length === items.length && (await index.stampOf(key)) === entry.stamp) {
    const bytes = await ctx.fs.readFile(join(ctx.dir, collection.fileOf(key))).catch(() => null);
    // The same file as when the write read it (the stamp says so), so the hash made then holds.
    const checked = bytes ? (low?.adapter as ChecksummedPartitionFile<T> | undefined)?.takeChecked(bytes.length) : undefined;
    const spliced = bytes && appendedText(bytes, spec.schemaVersion, added, checked);
    if (spliced) return spliced;
  }
  return collection.textOf(items);
}

/**
 * A partition's facts once it holds `items` (see CollectionSpec.facts): its index entry's facts
 * with `added` appended when those are new items at the end of what the entry lists (an import's
 * days), otherwise summed up from every item.
 */
async function factsAfter<T extends { id: string }>(
  collection: PartitionMemory<T>,
  key: string,
  items: T[],
  added?: readonly T[],
): Promise<string | undefined> {
  const { spec, index } = collection;
  const facts = spec.facts;
  const entry = index.entries.get(key);
  if (!facts || !added || !facts.appended || !entry || entry.ids.length + added.length !== items.length) return facts?.of(items);
  const before = await index.factsOf(key);
  return (before === undefined ? undefined : facts.appended(before, added)) ?? facts.of(items);
}

/**
 * Plans a collection's ops against its partitions as they are now, without touching disk or
 * memory: each affected partition's items afterwards (written whole, once, however many items
 * it gets), and for a clear every partition file there is (removed). Validates every item first,
 * so a bad one fails the commit before anything is written.
 */
export async function draftChange<T extends { id: string }>(collection: PartitionMemory<T>, ops: readonly CollectionOp<T>[]): Promise<CollectionDraft> {
  const { spec } = collection;
  const lows = new Map<string, Loaded<T>>();
  const next = new Map<string, T[]>();
  const placed = new Map<string, string>();
  /** Per partition, the items new to it, while nothing else about it changes (one put of new items): written by appending. */
  const added = new Map<string, T[]>();
  const whole = new Set<string>();
  await collection.whenPlaced();
  const appendable = ops.length === 1 && ops[0]!.kind === 'put';
  /** Every item put, as checked: what the change log would hold. */
  const put: T[] = [];
  let cleared = false;
  /** Lets the partitions be evicted again, and drops the hashes their reads kept for an append. */
  const release = () => {
    for (const low of lows.values()) (low.adapter as ChecksummedPartitionFile<T>).takeChecked(-1);
    collection.release();
  };
  try {
    for (const op of ops) {
      if (op.kind === 'clear') {
        cleared = true;
        next.clear();
        placed.clear();
        continue;
      }
      const keyOf = (id: string) => placed.get(id) ?? (cleared ? undefined : collection.placeOf(id));
      // Checked and planned a slice at a time, the event loop let through between slices: a
      // 50,000-case import never holds main for long (each slice plans onto the ones before).
      for (let at = 0; at < op.items.length; at += SLICE) {
        if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        const valid = op.items.slice(at, at + SLICE).map((it) => spec.item.parse(it));
        for (const item of valid) put.push(item);
        const touched = valid.flatMap((it) => [spec.partitionOf(it), keyOf(it.id)]).filter((key): key is string => key !== undefined && KEY.test(key));
        for (const [key, low] of await collection.hold(touched)) lows.set(key, low);
        if (appendable) noteAdded(valid, spec.partitionOf, keyOf, added, whole);
        const batch = planBatch(valid, spec.partitionOf, { itemsIn: (key) => next.get(key) ?? (cleared ? [] : (lows.get(key)?.data.items ?? [])), keyOf });
        for (const [key, items] of batch.next) next.set(key, items);
        for (const [id, key] of batch.placed) placed.set(id, key);
      }
    }
  } catch (error) {
    release();
    throw error;
  }
  // A move leaves its old partition empty, written as such; a clear removes the files it empties.
  const writes = [...next].filter(([, items]) => !cleared || items.length > 0);
  const removed = cleared ? [...collection.keys].filter((key) => !next.get(key)?.length) : [];
  const pinned: string[] = [];
  /** Each written partition's facts, made with its file's text. */
  const facts = new Map<string, { text: string | undefined }>();
  const placeItems = () => {
    for (const [id, key] of placed) collection.place(id, key);
  };
  return {
    logged:
      !cleared && appendable && writes.length === 1 && removed.length === 0 ? { collection: spec.name, schemaVersion: spec.schemaVersion, items: put } : null,
    applyLogged: async () => {
      const [key, items] = writes[0]!;
      await collection.written(key, lows.get(key)!, items, { logged: true, added: added.get(key) });
      placeItems();
      collection.index.schedule();
    },
    writes: writes.map(([key, items]) => {
      const appended = added.get(key);
      return {
        file: collection.fileOf(key),
        text: async () => {
          const bytes = appended ? await appendedTextOf(collection, key, items, appended, lows.get(key)) : collection.textOf(items);
          // Made here, while the files written before it wait on the disk, rather than in apply.
          facts.set(key, { text: await factsAfter(collection, key, items, appended) });
          return bytes;
        },
      };
    }),
    removes: removed.map((key) => collection.fileOf(key)),
    apply: async (pending) => {
      if (cleared) collection.clearPlaces();
      for (const key of removed) collection.forget(key);
      for (const [key, items] of writes) {
        const low = lows.get(key)!;
        await collection.written(key, low, items, { facts: facts.get(key) });
        // Until the files are in place, a partition read again from disk would show the old items.
        if (pending && collection.pin(key, low)) pinned.push(key);
      }
      placeItems();
      collection.index.schedule();
    },
    settle: async () => {
      for (const key of pinned.splice(0)) collection.unpin(key);
      // The index must not list a removed file once the record that removed it is gone.
      if (removed.length > 0) await collection.index.flush();
    },
    release,
  };
}
