import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { type DeskData, deskFile } from '@main/store/desk-data';
import { openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { faultyFs } from '../builders/faulty-fs';
import { tempDataDir } from '../builders/services';

// Entries partitioned by day, as cases are.
type Entry = { id: string; day: string; text: string };
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: z.string().max(20) }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.text,
};

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()));
afterEach(() => cleanup());

const open = (fs?: ReturnType<typeof faultyFs>) =>
  openStore<DeskData, { entries: Entry }>({
    dir,
    main: deskFile,
    collections: { entries },
    now: () => new Date('2026-03-02T02:00:00Z'),
    ...(fs ? { fs } : {}),
  });
const file = (name: string) => join(dir, 'entries', name);
const oldFile = (name: string, items: Entry[]) =>
  mkdir(join(dir, 'entries'), { recursive: true }).then(() => writeFile(file(name), JSON.stringify({ schemaVersion: 1, items })));

describe('checksummed partitions', () => {
  it('writes each partition in ASCII with a checksum of its items, and reads non-ASCII text back exactly', async () => {
    const store = await open();
    await store.put('entries', { id: 'a', day: '2026-03-02', text: '客户 → 已回复' });
    await store.close();
    const text = await readFile(file('2026-03-02.json'), 'utf8');
    expect(text).toMatch(/^\{"schemaVersion":1,"checksum":"[0-9a-f]{40}","items":\[/);
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    const again = await open();
    expect((await again.collection('entries').get('a'))?.text).toBe('客户 → 已回复');
    await again.close();
  });

  it('checks a file whose items no longer match their checksum in full, and sets it aside when it is not valid', async () => {
    const store = await open();
    await store.put('entries', { id: 'a', day: '2026-03-02', text: 'short' });
    await store.close();
    // Edited by hand: the text is too long for the schema, the checksum is stale.
    const edited = (await readFile(file('2026-03-02.json'), 'utf8')).replace('"short"', '"far too long for the schema"');
    await writeFile(file('2026-03-02.json'), edited);
    const again = await open();
    expect(await again.collection('entries').all()).toEqual([]);
    expect(again.notices[0]).toMatchObject({ file: 'entries/2026-03-02.json', restoredFrom: null });
    expect(again.notices[0]!.reason).toMatch(/items\.0\.text/);
    await again.close();
  });

  it('accepts a hand edit that is still valid, and writes a fresh checksum on the next write', async () => {
    const store = await open();
    await store.put('entries', { id: 'a', day: '2026-03-02', text: 'short' });
    await store.close();
    await writeFile(file('2026-03-02.json'), (await readFile(file('2026-03-02.json'), 'utf8')).replace('"short"', '"edited"'));
    const again = await open();
    expect((await again.collection('entries').get('a'))?.text).toBe('edited');
    expect(again.notices).toEqual([]);
    await again.close();
  });
});

describe('a change of partitioning', () => {
  it('splits a month file into day files on open, after keeping a copy of it', async () => {
    await oldFile('2026-03.json', [
      { id: 'a', day: '2026-03-01', text: 'one' },
      { id: 'b', day: '2026-03-02', text: 'two' },
      { id: 'c', day: '2026-03-02', text: 'three' },
    ]);
    const store = await open();
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual(['2026-03-01.json', '2026-03-02.json']);
    expect((await store.collection('entries').inPartitions('2026-03')).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect((await store.collection('entries').get('c'))?.text).toBe('three');
    const kept = (await readdir(join(dir, 'backups'))).find((name) => name.includes('pre-migration-entries-partitions'));
    expect(JSON.parse(await readFile(join(dir, 'backups', kept!, 'entries', '2026-03.json'), 'utf8')).items).toHaveLength(3);
    await store.close();
  });

  it('finishes a split that a crash interrupted, keeping one copy of each item', async () => {
    // The day file was written, then the app died before the month file went.
    await oldFile('2026-03.json', [
      { id: 'a', day: '2026-03-01', text: 'one' },
      { id: 'b', day: '2026-03-02', text: 'two' },
    ]);
    await oldFile('2026-03-01.json', [{ id: 'a', day: '2026-03-01', text: 'one' }]);
    const store = await open();
    expect((await store.collection('entries').all()).map((e) => e.id)).toEqual(['a', 'b']);
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual(['2026-03-01.json', '2026-03-02.json']);
    await store.close();
  });

  it('leaves the month file in place when writing a day file fails, and splits it on the next open', async () => {
    await oldFile('2026-03.json', [
      { id: 'a', day: '2026-03-01', text: 'one' },
      { id: 'b', day: '2026-03-02', text: 'two' },
    ]);
    const fs = faultyFs();
    fs.failNextRenames(1, { after: 1 });
    await expect(open(fs)).rejects.toThrow(/ENOSPC/);
    expect(await readdir(join(dir, 'entries'))).toContain('2026-03.json');
    const store = await open();
    expect((await store.collection('entries').all()).map((e) => e.id)).toEqual(['a', 'b']);
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual(['2026-03-01.json', '2026-03-02.json']);
    await store.close();
  });
});

describe('clearing a collection', () => {
  it('removes every partition file and item, and stays empty after a restart', async () => {
    const store = await open();
    await store.putMany('entries', () => ({
      items: [
        { id: 'a', day: '2026-03-01', text: 'x' },
        { id: 'b', day: '2026-03-05', text: 'y' },
      ],
      result: null,
    }));
    await store.clear('entries');
    expect(store.collection('entries').size).toBe(0);
    expect(await readdir(join(dir, 'entries'))).toEqual([]);
    await store.close();
    const again = await open();
    expect(await again.collection('entries').all()).toEqual([]);
    await again.close();
  });
});
