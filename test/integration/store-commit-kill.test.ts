import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CollectionSpec } from '../../electron/store/collection';
import { deskFile, type DeskData } from '../../electron/store/desk-data';
import type { FileSystem } from '../../electron/store/durable-file';
import { killableFs } from '../builders/killable-fs';
import { MAIN_FILE, openStore, type Store } from '../../electron/store/store';

// Entries by day kept in memory in part, as cases are; notes by year, all in memory, as bookings are.
type Entry = { id: string; day: string; text: string };
type Note = { id: string; year: string; text: string };
type Shape = { entries: Entry; notes: Note };
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string(), text: z.string() }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.text,
  resident: { partition: (day) => day >= '2026-02', item: () => false, cachedItems: 2 },
};
const notes: CollectionSpec<Note> = { name: 'notes', schemaVersion: 1, item: z.object({ id: z.string(), year: z.string(), text: z.string() }), migrations: [], partitionOf: (n) => n.year, revision: (n) => n.text };

const NOW = new Date('2026-03-02T02:00:00Z');
const open = (dir: string, fsys?: FileSystem) => openStore<DeskData, Shape>({ dir, main: deskFile, collections: { entries, notes }, now: () => NOW, ...(fsys ? { fs: fsys } : {}) });
const e = (id: string, day: string, text = id): Entry => ({ id, day, text });
const n = (id: string, year: string, text = id): Note => ({ id, year, text });

type Change = (store: Store<DeskData, Shape>) => Promise<unknown>;
/** Everything a change reaches, as stored: desk.json's language and every item, read back from disk. */
type State = { language: string | null; entries: Entry[]; notes: Note[] };

let root: string;
let template: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'psd-commit-'));
  template = join(root, 'template');
  const store = await open(template);
  await store.mutate((d) => ({ next: { ...d, settings: { ...d.settings, language: 'en' } }, result: null }));
  await store.putMany('entries', () => ({ items: [e('a', '2025-10-01'), e('b', '2025-10-01'), e('c', '2025-11-01'), e('d', '2026-03-01')], result: null }));
  await store.putMany('notes', () => ({ items: [n('x', '2025'), n('y', '2026')], result: null }));
  // The day's backup holds every file: a file the index lost track of would come back from it.
  await store.backupDone;
  await store.close();
});
// Stores that died keep their index timers: their late writes are retried over.
afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

const sortById = <T extends { id: string }>(items: T[]) => [...items].sort((x, y) => x.id.localeCompare(y.id));

async function itemsOnDisk<T extends { id: string }>(dir: string, folder: string): Promise<T[]> {
  const names = (await readdir(join(dir, folder)).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  const files = await Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, folder, name), 'utf8')) as { items: T[] }));
  return sortById(files.flatMap((file) => file.items));
}

/** Reopens with the real file system and checks that memory and disk agree, nothing damaged, no leftovers. */
async function stateAfterReopen(dir: string): Promise<State> {
  const store = await open(dir);
  expect(store.notices).toEqual([]);
  const state = { language: store.read().settings.language, entries: sortById(await store.collection('entries').all()), notes: sortById(await store.collection('notes').all()) };
  expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')).settings.language).toBe(state.language);
  expect(await itemsOnDisk(dir, 'entries')).toEqual(state.entries);
  expect(await itemsOnDisk(dir, 'notes')).toEqual(state.notes);
  await store.close();
  const leftovers = (await readdir(dir, { recursive: true })).filter((name) => /\.tmp$|\.staged$|\.commit$/.test(name));
  expect(leftovers).toEqual([]);
  return state;
}

/** Runs `change` with a kill at every step it takes, and checks each outcome is all of it or none, as answered. */
let run = 0;
async function killAtEveryStep(change: Change): Promise<{ steps: number; done: number; undone: number }> {
  run++;
  const prepare = async (name: string) => {
    const dir = join(root, `${run}-${name}`);
    await cp(template, dir, { recursive: true });
    return dir;
  };
  const reference = await prepare('reference');
  const before = await stateAfterReopen(reference);
  const counting = killableFs();
  const store = await open(reference, counting);
  counting.arm(Number.POSITIVE_INFINITY);
  await change(store);
  const steps = counting.calls();
  await store.close();
  const after = await stateAfterReopen(reference);
  expect(after).not.toEqual(before);
  let [done, undone] = [0, 0];
  for (let at = 1; at <= steps; at++) {
    const dir = await prepare(`kill-${at}`);
    const killable = killableFs();
    const dying = await open(dir, killable);
    killable.arm(at);
    const answered = await change(dying).then(() => true, () => false);
    // The process died here: no close, its lock is left behind and taken over by the next open.
    await rm(join(dir, '.lock'));
    const found = await stateAfterReopen(dir);
    expect({ at, found }).toEqual({ at, found: answered ? after : before });
    // Stops the dead store's timers (its file system refuses everything), so none writes into a folder being removed.
    await dying.close().catch(() => undefined);
    if (answered) done++;
    else undone++;
    // The reopened folder takes later changes as usual (checked at some steps: each open costs).
    if (at % 8 === 0) {
      const again = await open(dir);
      await again.putMany('entries', () => ({ items: [e('later', '2026-03-02')], result: null }));
      await again.close();
      expect((await itemsOnDisk<Entry>(dir, 'entries')).some((it) => it.id === 'later')).toBe(true);
    }
  }
  return { steps, done, undone };
}

describe('a commit killed at every step', () => {
  it('stores all of a change across desk.json and both collections, or none of it, exactly as answered', async () => {
    const outcome = await killAtEveryStep((store) =>
      store.transact((data, tx) => {
        // A new day, an old day changed, an item moved between days (one emptied), a new year.
        tx.putMany('entries', [e('a', '2025-10-01', 'a2'), e('c', '2025-12-01'), e('new', '2026-03-02')]);
        tx.putMany('notes', [n('z', '2027'), n('x', '2025', 'x2')]);
        tx.setMain({ ...data, settings: { ...data.settings, language: 'zh-CN' } });
      }),
    );
    // Both outcomes happened: killed before the record stood, and after.
    expect(outcome.done).toBeGreaterThan(0);
    expect(outcome.undone).toBeGreaterThan(0);
  }, 120_000);

  it('clears collections and rewrites desk.json as one, with no file the index knew brought back from the backup', async () => {
    const outcome = await killAtEveryStep((store) =>
      store.transact((data, tx) => {
        tx.clear('entries');
        tx.clear('notes');
        tx.setMain({ ...data, settings: { ...data.settings, language: null } });
      }),
    );
    expect(outcome.done).toBeGreaterThan(0);
  }, 120_000);

  it('completes a commit whose roll forward is itself killed at every step of the next open', async () => {
    run++;
    const transact: Change = (store) => store.transact((data, tx) => (tx.clear('notes'), tx.putMany('entries', [e('new', '2026-03-02')]), tx.setMain({ ...data, settings: { ...data.settings, language: 'zh-CN' } })));
    const first = join(root, `${run}-first`);
    await cp(template, first, { recursive: true });
    const killable = killableFs();
    const store = await open(first, killable);
    killable.arm(Number.POSITIVE_INFINITY);
    await transact(store);
    await store.close();
    // Killed right after the record got its name: the next open has all of the change to do.
    const recordWritten = killable.log.findIndex((what) => /^rename .*\.commit$/.test(what)) + 1;
    const crashed = join(root, `${run}-crashed`);
    await cp(template, crashed, { recursive: true });
    const again = killableFs();
    const dying = await open(crashed, again);
    again.arm(recordWritten + 1);
    expect(await transact(dying).then(() => 'stored')).toBe('stored');
    await rm(join(crashed, '.lock'));
    expect((await readdir(join(crashed, 'journal'))).filter((name) => name.endsWith('.commit'))).toHaveLength(1);
    await dying.close().catch(() => undefined);
    const counting = killableFs();
    const probe = join(root, `${run}-probe`);
    await cp(crashed, probe, { recursive: true });
    counting.arm(Number.POSITIVE_INFINITY);
    await (await open(probe, counting)).close();
    const steps = counting.calls();
    expect(steps).toBeGreaterThan(20);
    const expected = await stateAfterReopen(probe);
    expect(expected).toMatchObject({ language: 'zh-CN', notes: [] });
    for (let at = 1; at <= steps; at++) {
      const dir = join(root, `${run}-recovery-${at}`);
      await cp(crashed, dir, { recursive: true });
      const killing = killableFs();
      killing.arm(at);
      await open(dir, killing).then(
        () => rm(join(dir, '.lock')),
        () => undefined,
      );
      expect({ at, found: await stateAfterReopen(dir) }).toEqual({ at, found: expected });
    }
  }, 120_000);

  it('moves an item between partitions with put, all or nothing', async () => {
    await killAtEveryStep((store) => store.put('entries', e('b', '2025-11-01', 'moved')));
  }, 120_000);
});
