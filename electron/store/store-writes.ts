import type { Low } from 'lowdb';

import { type ChangeLog, LOG_FLUSH_BYTES } from './change-log';
import type { PartitionedCollection } from './collection';
import type { CollectionDraft } from './collection-draft';
import type { DataFileSpec } from './data-file';
import type { Journal } from './journal';
import type { CollectionOp } from './store-types';

export const MAIN_FILE = 'desk.json';

/** The parts of one all-or-nothing change, gathered by `Store.transact` and committed together. */
export type Transaction<M, C extends Record<string, { id: string }>> = {
  /** Stores items of a collection (insert or replace), each affected partition written once. */
  putMany<K extends keyof C>(name: K, items: readonly C[K][]): void;
  /** Removes every item of a collection (its files go). */
  clear<K extends keyof C>(name: K): void;
  /** The main file's next content (validated against its schema before anything is written). */
  setMain(next: M): void;
};

type Item = { id: string };
type Ops<C> = Map<keyof C, CollectionOp<Item>[]>;

type Parts<M, C extends Record<string, Item>> = {
  main: Low<M>;
  mainSpec: DataFileSpec<M>;
  /** Remembers that a text of the main file passed its checks (see ValidatedJsonFile). */
  mainChecked: (text: string) => Promise<void>;
  journal: Journal;
  collectionOf: <K extends keyof C>(name: K) => PartitionedCollection<C[K]>;
  collections: () => Iterable<PartitionedCollection<Item>>;
  /** Where a change to one partition goes first (null: straight to the files, as while the log itself is replayed). */
  log: () => ChangeLog | null;
  serialise: <R>(work: () => Promise<R>) => Promise<R>;
};

/** How long the partition files may lag behind the change log after the last change. */
const WRITE_BEHIND_MS = 500;

/**
 * Every write of the store goes through `commit`: the main file and the collections' files of
 * one change are one Journal commit (see journal.ts), and memory follows only once it stands.
 */
export function storeWrites<M, C extends Record<string, Item>>({
  main,
  mainSpec,
  mainChecked,
  journal,
  collectionOf,
  collections,
  log,
  serialise,
}: Parts<M, C>) {
  /**
   * Brings every partition file up to memory and empties the change log (in the write queue).
   * Throws while the disk refuses: the log keeps every change, and no other commit may run
   * over files the log would later replay onto.
   */
  const writeBehind = async (): Promise<void> => {
    const changes = log();
    if (!changes || (changes.bytes === 0 && !changes.broken)) return;
    for (const collection of collections()) await collection.writeBehind();
    changes.empty();
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const scheduleWriteBehind = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A failure leaves the log as it is: the next commit, backup or close tries again.
      void serialise(writeBehind).catch(() => undefined);
    }, delay);
    timer.unref();
  };

  const commit = async (next: M | undefined, ops: Ops<C>): Promise<void> => {
    // Checked before any partition is read for the plan: a refused change costs nothing.
    const valid = next === undefined ? undefined : mainSpec.schema.parse(next);
    const drafts: CollectionDraft[] = [];
    try {
      const changes = log();
      if (valid === undefined && ops.size === 1 && changes && !changes.broken) {
        const [name, list] = [...ops][0]!;
        const draft = await (collectionOf(name) as unknown as PartitionedCollection<Item>).draft(list);
        drafts.push(draft);
        if (draft.logged) {
          // The hot path (a case logged, a response recorded, a booking): one append and one
          // fsync, durable before the answer; the file follows once the writes pause.
          changes.append(draft.logged);
          await draft.applyLogged();
          scheduleWriteBehind(changes.bytes > LOG_FLUSH_BYTES ? 0 : WRITE_BEHIND_MS);
          return;
        }
      }
      // Anything larger writes files: those behind the log first, so nothing is replayed over
      // them. A draft already made stays good: it planned from memory, which this leaves as is.
      await writeBehind();
      if (drafts.length === 0) for (const [name, list] of ops) drafts.push(await (collectionOf(name) as unknown as PartitionedCollection<Item>).draft(list));
      const mainText = valid === undefined ? undefined : JSON.stringify(valid);
      const change = {
        writes: [...drafts.flatMap((d) => d.writes), ...(mainText === undefined ? [] : [{ file: MAIN_FILE, text: () => mainText }])],
        removes: drafts.flatMap((d) => d.removes),
      };
      await journal.commit(change, {
        apply: async (pending) => {
          if (valid !== undefined) main.data = valid;
          for (const draft of drafts) await draft.apply(pending);
        },
        settle: async () => {
          for (const draft of drafts) await draft.settle();
        },
      });
      // Validated before it was written: the next open may trust these bytes.
      if (mainText !== undefined) await mainChecked(mainText);
      // Told once the change is durable (team sync applies it to its documents).
      if (valid !== undefined) for (const see of mainObservers) see(valid);
    } finally {
      for (const draft of drafts) draft.release();
    }
  };
  const mainObservers = new Set<(data: Readonly<M>) => void>();
  const only = <K extends keyof C>(name: K, op: CollectionOp<Item>): Ops<C> => new Map([[name, [op]]]);

  return {
    /** Calls `see` with the main file's content after each durable write of it; answers how to stop. */
    observeMain: (see: (data: Readonly<M>) => void) => {
      mainObservers.add(see);
      return () => void mainObservers.delete(see);
    },
    /** Brings the files up to the change log now (before a backup, at close). */
    writeBehind: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      return writeBehind();
    },
    mutate: <R>(change: (current: Readonly<M>) => { next: M; result: R }) =>
      serialise(async () => {
        const { next, result } = change(main.data);
        await commit(next, new Map());
        return result;
      }),
    put: <K extends keyof C>(name: K, item: C[K] | ((current: Readonly<M>) => C[K] | Promise<C[K]>)) =>
      serialise(async () => {
        const value = typeof item === 'function' ? await (item as (current: Readonly<M>) => C[K] | Promise<C[K]>)(main.data) : item;
        await commit(undefined, only(name, { kind: 'put', items: [value] }));
        return value;
      }),
    putMany: <K extends keyof C, R>(name: K, build: (current: Readonly<M>) => { items: C[K][]; result: R } | Promise<{ items: C[K][]; result: R }>) =>
      serialise(async () => {
        const { items, result } = await build(main.data);
        if (items.length > 0) await commit(undefined, only(name, { kind: 'put', items }));
        return result;
      }),
    clear: <K extends keyof C>(name: K) => serialise(() => commit(undefined, only(name, { kind: 'clear' }))),
    transact: <R>(build: (current: Readonly<M>, tx: Transaction<M, C>) => R | Promise<R>) =>
      serialise(async () => {
        let next: M | undefined;
        const ops: Ops<C> = new Map();
        let open = true;
        const add = (name: keyof C, op: CollectionOp<Item>) => {
          if (!open) throw new Error('A transaction takes its parts only while it is being built.');
          collectionOf(name);
          ops.set(name, [...(ops.get(name) ?? []), op]);
        };
        const result = await build(main.data, {
          putMany: (name, items) => add(name, { kind: 'put', items }),
          clear: (name) => add(name, { kind: 'clear' }),
          setMain: (value) => {
            if (!open) throw new Error('A transaction takes its parts only while it is being built.');
            next = value;
          },
        });
        open = false;
        await commit(next, ops);
        return result;
      }),
  };
}
