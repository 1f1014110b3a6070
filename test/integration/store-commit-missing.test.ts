import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { StoreNotice } from '@main/store/data-file';
import { type DeskData, deskFile } from '@main/store/desk-data';
import { openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { tempDataDir } from '../builders/services';

// Entries by day kept in memory in part (as cases are), notes by year all in memory (as bookings are).
type Entry = { id: string; day: string };
type Note = { id: string; year: string };
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string() }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.day,
  resident: { partition: (day) => day >= '2026-02', item: () => false, cachedItems: 10 },
};
const notes: CollectionSpec<Note> = {
  name: 'notes',
  schemaVersion: 1,
  item: z.object({ id: z.string(), year: z.string() }),
  migrations: [],
  partitionOf: (n) => n.year,
  revision: (n) => n.year,
};

let dir: string;
let cleanup: () => Promise<void>;
let today: string;
let late: StoreNotice[];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  today = '2026-03-02T02:00:00Z';
  late = [];
});
afterEach(() => cleanup());

const open = () =>
  openStore<DeskData, { entries: Entry; notes: Note }>({
    dir,
    main: deskFile,
    collections: { entries, notes },
    now: () => new Date(today),
    onNotice: (n) => late.push(n),
  });

/** Old and recent days and two years of notes, then a start on the next day, which backs every file up. */
async function aDeskBackedUp(): Promise<void> {
  const store = await open();
  await store.putMany('entries', () => ({
    items: [
      { id: 'a', day: '2025-10-01' },
      { id: 'b', day: '2025-11-01' },
      { id: 'm', day: '2026-03-01' },
    ],
    result: null,
  }));
  await store.putMany('notes', () => ({
    items: [
      { id: 'x', year: '2025' },
      { id: 'y', year: '2026' },
    ],
    result: null,
  }));
  await store.close();
  today = '2026-03-03T02:00:00Z';
  const next = await open();
  await next.backupDone;
  await next.close();
}

const missing = (file: string, restoredFrom: string | null): StoreNotice => ({
  kind: 'missing-file',
  file,
  reason: 'it was missing',
  movedTo: null,
  restoredFrom,
});

describe('a partition file that vanished', () => {
  it('is restored from the newest backup that has it, and reported, for a day left on disk and for a year held in memory', async () => {
    await aDeskBackedUp();
    await rm(join(dir, 'entries', '2025-10-01.json'));
    await rm(join(dir, 'notes', '2026.json'));
    const store = await open();
    expect(store.notices).toEqual([missing('entries/2025-10-01.json', '2026-03-03'), missing('notes/2026.json', '2026-03-03')]);
    expect(late).toEqual([]);
    expect((await store.collection('entries').get('a'))?.day).toBe('2025-10-01');
    expect(store.collection('entries').size).toBe(3);
    expect(store.collection('notes').size).toBe(2);
    await store.close();
    const again = await open();
    expect(again.notices).toEqual([]);
    expect(again.collection('entries').size).toBe(3);
    await again.close();
  });

  it('is reported as lost when no backup has it, once', async () => {
    const store = await open();
    await store.putMany('entries', () => ({
      items: [
        { id: 'a', day: '2025-10-01' },
        { id: 'm', day: '2026-03-01' },
      ],
      result: null,
    }));
    await store.close();
    await rm(join(dir, 'entries', '2025-10-01.json'));
    const reopened = await open();
    expect(reopened.notices).toEqual([missing('entries/2025-10-01.json', null)]);
    expect(reopened.collection('entries').size).toBe(1);
    expect(await reopened.collection('entries').get('a')).toBeUndefined();
    await reopened.close();
    const again = await open();
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('is not one the app removed itself: a cleared collection stays empty though the backups hold its files', async () => {
    await aDeskBackedUp();
    const store = await open();
    await store.transact((_d, tx) => (tx.clear('entries'), tx.clear('notes')));
    await store.close();
    const again = await open();
    expect(again.notices).toEqual([]);
    expect(again.collection('entries').size + again.collection('notes').size).toBe(0);
    expect(await readdir(join(dir, 'entries'))).toEqual([]);
    await again.close();
  });

  it('is not one moved by a change of partitioning', async () => {
    await aDeskBackedUp();
    const store = await open();
    // An entry moved to another day leaves its old day file empty, not gone.
    await store.put('entries', { id: 'a', day: '2025-12-01' });
    await store.close();
    const again = await open();
    expect(again.notices).toEqual([]);
    expect((await again.collection('entries').all()).map((e) => e.id).sort()).toEqual(['a', 'b', 'm']);
    await again.close();
  });
});
