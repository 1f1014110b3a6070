// The store's shared types, in a file of their own so that the modules using them import no
// class of each other's (see the narrow interfaces below).
import type { Low } from 'lowdb';
import type { z } from 'zod';

import type { Partition } from './checksummed-file';
import type { DataFileSpec, LoadContext } from './data-file';
import type { Journal } from './journal';
import type { Migration } from './migrations';

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
  /** The partition an item lives in; a file-name-safe key such as '2026-03-02'. */
  partitionOf: (item: T) => string;
  /** Orders two stored versions of one item (a later change has a larger revision). */
  revision: (item: T) => string;
  /**
   * Keeps only part of the collection in memory: the partitions `partition` names and those
   * holding an item `item` names; the others are read when asked for, and at most `cachedItems`
   * of their items stay cached. Without it every partition is loaded at start.
   */
  resident?: { partition: (key: string, now: Date) => boolean; item: (item: T) => boolean; cachedItems: number };
  /**
   * A small summary of each partition, kept beside the index and updated in the write that
   * changes the partition, so that a question about every partition (a month's quota counts,
   * the vendor references of all time) is answered without reading them.
   */
  facts?: {
    /** The facts of a partition's items (what `read` answers for the text of `of`), made from items memory holds. */
    compute: (items: readonly T[]) => unknown;
    /** The facts of a partition's items, as text: kept as one string per partition, parsed only when asked for. */
    of: (items: readonly T[]) => string;
    /** The facts in a text of `of`, or undefined when the text is not one (a damaged file). */
    read: (text: string) => unknown;
    /**
     * `of` of a partition's items once `added` are appended to them, from `of` of those before
     * (`text`) and the added items alone; undefined when `text` is not facts. Without it, `of`
     * goes through every item again.
     */
    appended?: (text: string, added: readonly T[]) => string | undefined;
    /** `compute` of a partition's items once `added` are appended, from `compute` of those before (a new value); undefined when those are not facts. */
    added?: (facts: unknown, added: readonly T[]) => unknown;
  };
};

export type Loaded<T> = Low<Partition<T>>;

/** What a commit does to one collection, in order: store items (insert or replace), or remove every item. */
export type CollectionOp<T> = { kind: 'put'; items: readonly T[] } | { kind: 'clear' };

/** What the index knows of one partition file without reading it. */
export type PartitionEntry = {
  /** inode, size and mtime of the file when the entry was made: any other write changes one. */
  stamp: string;
  /** Whether the file holds an item the app keeps in memory (a case still being worked on). */
  hot: boolean;
  ids: string[];
  /**
   * The collection's summary of the partition, as text (see CollectionSpec.facts), once known:
   * kept in a file of its own (see FactsFiles), read and checked where it is used, not at open.
   */
  facts?: string;
};

/** What a write or a repair needs of the index. */
export type IndexAccess = {
  readonly entries: ReadonlyMap<string, PartitionEntry>;
  /** A partition's facts as text, when known (read from its group's facts file if need be). */
  factsOf(key: string): Promise<string | undefined>;
  stampOf(key: string): Promise<string | null>;
  schedule(): void;
  flush(): Promise<void>;
};

/**
 * A collection's memory as a commit and the repairs at open see it (PartitionCache is one):
 * they read it and change it only through these calls.
 */
/** How a partition came to be written (see PartitionCache.written). */
export type Written<T> = {
  /** The change is in the change log, not yet in the file. */
  logged?: boolean;
  /** The partition's facts after the write, made beforehand (see draftChange); otherwise summed up from its items. */
  facts?: { text: string | undefined };
  /** The items the write appended, nothing else changed: the facts remembered for the partition carry on. */
  added?: readonly T[];
};

export type PartitionMemory<T extends { id: string }> = {
  readonly spec: CollectionSpec<T>;
  readonly ctx: LoadContext;
  readonly journal: Journal;
  readonly fileSpec: DataFileSpec<Partition<T>>;
  readonly index: IndexAccess;
  /** Every partition file there is, loaded or not. */
  readonly keys: ReadonlySet<string>;
  readonly loaded: ReadonlyMap<string, Loaded<T>>;
  /** Resolves once every item's partition is known (see ItemPlaces.placed): before placeOf in a write. */
  whenPlaced(): Promise<void>;
  /** The partition an item is in. */
  placeOf(id: string): string | undefined;
  /** Notes the partition an item is in now. */
  place(id: string, key: string): void;
  /** Forgets where every item is (a collection cleared). */
  clearPlaces(): void;
  fileOf(key: string): string;
  textOf(items: T[]): Buffer;
  create(key: string): Loaded<T>;
  /** `keep`: a write may append to the partition (see ChecksummedPartitionFile.keep). */
  ensure(key: string, keep?: boolean): Promise<Loaded<T> | null>;
  hold(keys: readonly string[]): Promise<Map<string, Loaded<T>>>;
  release(): void;
  pin(key: string, low: Loaded<T>): boolean;
  unpin(key: string): void;
  written(key: string, low: Loaded<T>, items: T[], how?: Written<T>): Promise<void>;
  forget(key: string): void;
};
