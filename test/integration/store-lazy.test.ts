import { cp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { StoreNotice } from '@main/store/data-file';
import { type DeskData, deskFile } from '@main/store/desk-data';
import { openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { faultyFs } from '../builders/faulty-fs';
import { tempDataDir } from '../builders/services';

// Entries by day, kept in memory like cases: this month and the last, and days with an open entry.
type Entry = { id: string; day: string; state: 'open' | 'closed'; text: string };
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), state: z.enum(['open', 'closed']), text: z.string().max(20) }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.text,
  resident: { partition: (day) => day >= '2026-02', item: (e) => e.state === 'open', cachedItems: 2 },
};
const entry = (id: string, day: string, overrides: Partial<Entry> = {}): Entry => ({ id, day, state: 'closed', text: id, ...overrides });

let dir: string;
let cleanup: () => Promise<void>;
let today = '2026-03-02T02:00:00Z';
let late: StoreNotice[] = [];
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  today = '2026-03-02T02:00:00Z';
  late = [];
});
afterEach(() => cleanup());

const open = (fs?: ReturnType<typeof faultyFs>) =>
  openStore<DeskData, { entries: Entry }>({
    dir,
    main: deskFile,
    collections: { entries },
    now: () => new Date(today),
    onNotice: (n) => late.push(n),
    ...(fs ? { fs } : {}),
  });
const file = (day: string) => join(dir, 'entries', `${day}.json`);

/** Three old closed days, one old day with an open entry, and one day of this month. */
async function aHistory(): Promise<void> {
  const store = await open();
  await store.putMany('entries', () => ({
    items: [
      entry('a', '2025-10-01'),
      entry('b', '2025-11-01'),
      entry('c', '2025-12-01'),
      entry('w', '2025-09-01', { state: 'open' }),
      entry('m', '2026-03-01'),
    ],
    result: null,
  }));
  await store.close();
}

/**
 * Damages a day file in place the way a bad sector might: same inode, size and mtime, so the
 * index still vouches for it at start and only reading it finds the damage.
 */
async function damageUnseen(day: string): Promise<void> {
  const path = file(day);
  const mtime = 1_700_000_000;
  await utimes(path, mtime, mtime);
  // A start records the file as it is now (its whole-second mtime can be put back exactly).
  await (await open()).close();
  await writeFile(path, (await readFile(path, 'latin1')).replace('"items":[', '"items":{'), 'latin1');
  await utimes(path, mtime, mtime);
}

describe('a collection kept in memory only in part', () => {
  it('opens with only recent days and days holding open entries in memory, and still knows every id', async () => {
    await aHistory();
    const store = await open();
    expect(store.collection('entries').size).toBe(5);
    // 'm' (this month) and 'w' (still open): the closed old days stay on disk until asked for.
    expect(store.itemsInMemory().entries).toBe(2);
    expect(
      store
        .collection('entries')
        .inMemory()
        .map((e) => e.id),
    ).toEqual(['w']);
    expect((await store.collection('entries').get('b'))?.text).toBe('b');
    expect((await store.collection('entries').inPartitions('2025-12')).map((e) => e.id)).toEqual(['c']);
    expect((await store.collection('entries').all()).map((e) => e.id)).toEqual(['w', 'a', 'b', 'c', 'm']);
    await store.close();
  });

  it('updates an entry of an old day durably: on disk before the answer, and found after a restart', async () => {
    await aHistory();
    const store = await open();
    await store.put('entries', entry('a', '2025-10-01', { text: 'edited' }));
    // In the change log at once, in its day file once the writes pause.
    expect(await readFile(join(dir, 'journal', 'changes.log'), 'utf8')).toContain('"text":"edited"');
    await store.writeBehind();
    expect(JSON.parse(await readFile(file('2025-10-01'), 'utf8')).items).toEqual([entry('a', '2025-10-01', { text: 'edited' })]);
    await store.close();
    const again = await open();
    expect((await again.collection('entries').get('a'))?.text).toBe('edited');
    expect(again.collection('entries').size).toBe(5);
    await again.close();
  });

  it('keeps at most the bound of old entries cached, and reads an evicted day again when asked', async () => {
    await aHistory();
    const store = await open();
    for (const id of ['a', 'b', 'c']) await store.collection('entries').get(id);
    // Two resident entries and at most two cached ones (cachedItems: 2).
    expect(store.itemsInMemory().entries).toBeLessThanOrEqual(4);
    expect((await store.collection('entries').get('a'))?.text).toBe('a');
    await store.close();
  });

  it('keeps an old day in memory while it holds an open entry, and lets it go once closed', async () => {
    await aHistory();
    const store = await open();
    await store.put('entries', entry('w', '2025-09-01', { state: 'closed' }));
    expect(store.collection('entries').inMemory()).toEqual([]);
    await store.close();
    const again = await open();
    expect(again.itemsInMemory().entries).toBe(1);
    expect((await again.collection('entries').get('w'))?.state).toBe('closed');
    await again.close();
  });
});

describe('damage and crashes with days left on disk', () => {
  it('sets a damaged old day aside when it is first read, reports it, and restores the newest backup', async () => {
    await aHistory();
    // A later day's start makes the daily backup of every file.
    today = '2026-03-03T02:00:00Z';
    await damageUnseen('2025-11-01');
    const store = await open();
    expect(store.notices).toEqual([]);
    expect((await store.collection('entries').get('b'))?.text).toBe('b');
    expect(late).toMatchObject([{ kind: 'damaged-file', file: 'entries/2025-11-01.json', restoredFrom: '2026-03-03' }]);
    expect(store.notices).toEqual(late);
    expect((await readdir(join(dir, 'entries'))).some((n) => n.startsWith('2025-11-01.json.damaged-'))).toBe(true);
    await store.close();
  });

  it('sets a damaged old day aside with nothing to restore, and forgets its entries', async () => {
    await aHistory();
    await damageUnseen('2025-11-01');
    const store = await open();
    expect(await store.collection('entries').get('b')).toBeUndefined();
    expect(late).toMatchObject([{ file: 'entries/2025-11-01.json', restoredFrom: null }]);
    expect(store.collection('entries').size).toBe(4);
    await store.close();
  });

  it('reads a day in full when the index lost its last write in a crash', async () => {
    await aHistory();
    const saved = join(dir, 'index-before');
    await cp(join(dir, 'index'), saved, { recursive: true });
    const store = await open();
    await store.put('entries', entry('a', '2025-10-01', { text: 'after' }));
    await store.put('entries', entry('n', '2025-10-01'));
    await store.close();
    // The index files as they were before the writes, as if the crash came before they were written.
    await rm(join(dir, 'index'), { recursive: true });
    await cp(saved, join(dir, 'index'), { recursive: true });
    const again = await open();
    expect((await again.collection('entries').get('a'))?.text).toBe('after');
    expect((await again.collection('entries').get('n'))?.id).toBe('n');
    expect(again.collection('entries').size).toBe(6);
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('rebuilds a missing or torn index from the day files', async () => {
    await aHistory();
    await writeFile(join(dir, 'index', 'entries', '2025-10.json'), '{"version":1,"parti');
    await rm(join(dir, 'index', 'entries', '2025-11.json'));
    const store = await open();
    expect(store.collection('entries').size).toBe(5);
    expect((await store.collection('entries').get('a'))?.text).toBe('a');
    await store.close();
  });

  it('leaves an old day and memory as they were when its write fails midway, and reads it back after a restart', async () => {
    await aHistory();
    const fs = faultyFs();
    const store = await open(fs);
    // The append to the change log fails halfway: the half line is cut back off.
    fs.failNextWrites(1);
    await expect(store.put('entries', entry('a', '2025-10-01', { text: 'lost' }))).rejects.toThrow(/ENOSPC/);
    expect((await store.collection('entries').get('a'))?.text).toBe('a');
    expect(await readFile(join(dir, 'journal', 'changes.log'), 'utf8')).toBe('');
    // So is a day file's write behind the log, later: the change stays in the log and memory.
    await store.put('entries', entry('b', '2025-11-01', { text: 'kept' }));
    fs.failNextWrites(1);
    await expect(store.writeBehind()).rejects.toThrow(/ENOSPC/);
    expect((await store.collection('entries').get('b'))?.text).toBe('kept');
    expect(await readFile(join(dir, 'journal', 'changes.log'), 'utf8')).toContain('"text":"kept"');
    await store.close();
    expect((await readdir(join(dir, 'entries'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const again = await open();
    expect((await again.collection('entries').get('a'))?.text).toBe('a');
    expect((await again.collection('entries').get('b'))?.text).toBe('kept');
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it('checks a day not read since start before the daily backup copies it, so a damaged one is set aside, not kept', async () => {
    await aHistory();
    await damageUnseen('2025-11-01');
    today = '2026-03-03T02:00:00Z';
    const store = await open();
    expect(await store.backupDone).toBe(join(dir, 'backups', '2026-03-03'));
    expect(late).toMatchObject([{ file: 'entries/2025-11-01.json', restoredFrom: null }]);
    const kept = await readdir(join(dir, 'backups', '2026-03-03', 'entries'));
    expect(kept.sort()).toEqual(['2025-09-01.json', '2025-10-01.json', '2025-12-01.json', '2026-03-01.json']);
    await store.close();
  });

  it('after a crash in the middle of a move between old days, keeps only the latest copy', async () => {
    await aHistory();
    const before = await readFile(file('2025-10-01'));
    const store = await open();
    await store.put('entries', entry('a', '2025-11-15', { text: 'moved' }));
    await store.close();
    // The app died after writing the new day and before rewriting the old one.
    await writeFile(file('2025-10-01'), before);
    const again = await open();
    expect((await again.collection('entries').get('a'))?.text).toBe('moved');
    expect(await again.collection('entries').inPartitions('2025-10')).toEqual([]);
    expect(again.collection('entries').size).toBe(5);
    await again.close();
  });
});
