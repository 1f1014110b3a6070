import type { Low } from 'lowdb';
import type { PartitionedCollection } from './collection';
import type { CollectionDraft, CollectionOp } from './collection-draft';
import type { DataFileSpec } from './data-file';
import type { Journal } from './journal';

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
  journal: Journal;
  collectionOf: <K extends keyof C>(name: K) => PartitionedCollection<C[K]>;
  serialise: <R>(work: () => Promise<R>) => Promise<R>;
};

/**
 * Every write of the store goes through `commit`: the main file and the collections' files of
 * one change are one Journal commit (see journal.ts), and memory follows only once it stands.
 */
export function storeWrites<M, C extends Record<string, Item>>({ main, mainSpec, journal, collectionOf, serialise }: Parts<M, C>) {
  const commit = async (next: M | undefined, ops: Ops<C>): Promise<void> => {
    // Checked before any partition is read for the plan: a refused change costs nothing.
    const valid = next === undefined ? undefined : mainSpec.schema.parse(next);
    const drafts: CollectionDraft[] = [];
    try {
      for (const [name, list] of ops) drafts.push(await (collectionOf(name) as unknown as PartitionedCollection<Item>).draft(list));
      const change = {
        writes: [...drafts.flatMap((d) => d.writes), ...(valid === undefined ? [] : [{ file: MAIN_FILE, text: () => JSON.stringify(valid) }])],
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
    } finally {
      for (const draft of drafts) draft.release();
    }
  };
  const only = <K extends keyof C>(name: K, op: CollectionOp<Item>): Ops<C> => new Map([[name, [op]]]);

  return {
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
