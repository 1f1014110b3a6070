import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { z } from 'zod';

import { type DeskData, deskFile } from '@main/store/desk-data';
import type { FileSystem } from '@main/store/durable-file';
import { MAIN_FILE, openStore, type Store } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { killableFs } from './killable-fs';

// A small store for killing writes at every step: entries by day kept in memory in part, as
// cases are; notes by year, all in memory, as bookings are.
export type Entry = { id: string; day: string; text: string };
export type Note = { id: string; year: string; text: string };
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
const notes: CollectionSpec<Note> = {
  name: 'notes',
  schemaVersion: 1,
  item: z.object({ id: z.string(), year: z.string(), text: z.string() }),
  migrations: [],
  partitionOf: (n) => n.year,
  revision: (n) => n.text,
};

const NOW = new Date('2026-03-02T02:00:00Z');
export const openKillStore = (dir: string, fsys?: FileSystem) =>
  openStore<DeskData, Shape>({ dir, main: deskFile, collections: { entries, notes }, now: () => NOW, ...(fsys ? { fs: fsys } : {}) });
export const e = (id: string, day: string, text = id): Entry => ({ id, day, text });
export const n = (id: string, year: string, text = id): Note => ({ id, year, text });

export type Change = (store: Store<DeskData, Shape>) => Promise<unknown>;
/** Everything a change reaches, as stored: desk.json's language and every item, read back from disk. */
export type State = { language: string | null; entries: Entry[]; notes: Note[] };

/** A folder holding desk.json, four entries over three days and two notes, with the day's backup; and its parent, for copies. */
export async function aKillTemplate(): Promise<{ root: string; template: string }> {
  const root = await mkdtemp(join(tmpdir(), 'psd-commit-'));
  const template = join(root, 'template');
  const store = await openKillStore(template);
  await store.mutate((d) => ({ next: { ...d, settings: { ...d.settings, language: 'en' } }, result: null }));
  await store.putMany('entries', () => ({ items: [e('a', '2025-10-01'), e('b', '2025-10-01'), e('c', '2025-11-01'), e('d', '2026-03-01')], result: null }));
  await store.putMany('notes', () => ({ items: [n('x', '2025'), n('y', '2026')], result: null }));
  // The day's backup holds every file: a file the index lost track of would come back from it.
  await store.backupDone;
  await store.close();
  return { root, template };
}

const sortById = <T extends { id: string }>(items: T[]) => [...items].sort((x, y) => x.id.localeCompare(y.id));

export async function itemsOnDisk<T extends { id: string }>(dir: string, folder: string): Promise<T[]> {
  const names = (await readdir(join(dir, folder)).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  const files = await Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, folder, name), 'utf8')) as { items: T[] }));
  return sortById(files.flatMap((file) => file.items));
}

/** Reopens with the real file system and checks that memory and disk agree, nothing damaged, no leftovers. */
export async function stateAfterReopen(dir: string): Promise<State> {
  const store = await openKillStore(dir);
  expect(store.notices).toEqual([]);
  const state = {
    language: store.read().settings.language,
    entries: sortById(await store.collection('entries').all()),
    notes: sortById(await store.collection('notes').all()),
  };
  expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')).settings.language).toBe(state.language);
  expect(await itemsOnDisk(dir, 'entries')).toEqual(state.entries);
  expect(await itemsOnDisk(dir, 'notes')).toEqual(state.notes);
  await store.close();
  const leftovers = (await readdir(dir, { recursive: true })).filter((name) => /\.tmp$|\.staged$|\.commit$/.test(name));
  expect(leftovers).toEqual([]);
  return state;
}

/**
 * Opens a fresh copy of a crashed folder (`copyFor`) killed at each of the `steps` calls an open
 * of it takes; the next open must find `expected` every time, however far the recovery got.
 */
export async function expectEveryKilledOpenRecovers(steps: number, copyFor: (at: number) => Promise<string>, expected: State): Promise<void> {
  for (let at = 1; at <= steps; at++) {
    const dir = await copyFor(at);
    const killing = killableFs();
    killing.arm(at);
    await openKillStore(dir, killing).then(
      () => rm(join(dir, '.lock')),
      () => undefined,
    );
    expect({ at, found: await stateAfterReopen(dir) }).toEqual({ at, found: expected });
  }
}
