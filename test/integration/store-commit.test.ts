import * as fsSync from 'node:fs';
import * as fs from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { type DeskData, deskFile } from '@main/store/desk-data';
import type { FileSystem, SyncCalls } from '@main/store/durable-file';
import { MAIN_FILE, openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { faultyFs } from '../builders/faulty-fs';
import { tempDataDir } from '../builders/services';

type Entry = { id: string; day: string; text: string };
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string(), text: z.string().max(20) }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.text,
  resident: { partition: (day) => day >= '2026-02', item: () => false, cachedItems: 100 },
};
const e = (id: string, day: string, text = id): Entry => ({ id, day, text });

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()));
afterEach(() => cleanup());

const open = (fsys?: FileSystem) =>
  openStore<DeskData, { entries: Entry }>({
    dir,
    main: deskFile,
    collections: { entries },
    now: () => new Date('2026-03-02T02:00:00Z'),
    ...(fsys ? { fs: fsys } : {}),
  });
const language = (d: DeskData, to: 'en' | 'zh-CN') => ({ ...d, settings: { ...d.settings, language: to } });
const onDisk = async (day: string) => (JSON.parse(await readFile(join(dir, 'entries', `${day}.json`), 'utf8')) as { items: Entry[] }).items;
const deskOnDisk = async () => JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')) as DeskData;
/** What the journal holds besides the change log (held open for appending all along). */
const journal = async () => (await readdir(join(dir, 'journal')).catch(() => [] as string[])).filter((name) => name !== 'changes.log');

/** A change of two days and desk.json: three files, so a journalled commit. */
const threeFiles = (store: Awaited<ReturnType<typeof open>>) =>
  store.transact((data, tx) => {
    tx.putMany('entries', [e('a', '2026-03-01', 'a2'), e('n', '2026-03-02')]);
    tx.setMain(language(data, 'zh-CN'));
    return 'stored';
  });

async function aDesk() {
  const store = await open();
  await store.mutate((d) => ({ next: language(d, 'en'), result: null }));
  await store.putMany('entries', () => ({ items: [e('a', '2026-03-01'), e('b', '2026-03-01')], result: null }));
  await store.close();
}

describe('the hot path', () => {
  it('logs one item with one append and one fsync of the change log; the day file follows once writes pause', async () => {
    await aDesk();
    const calls: string[] = [];
    const counting: FileSystem = {
      ...fs,
      open: ((path: string, flags: string) => (calls.push(`open ${flags}`), fs.open(path, flags))) as FileSystem['open'],
      rename: (from, to) => (calls.push(`rename ${String(to).slice(dir.length + 1)}`), fs.rename(from, to)),
      unlink: (path) => (calls.push('unlink'), fs.unlink(path)),
      sync: {
        ...fsSync,
        writeSync: ((fd: number, data: Uint8Array) => (calls.push('append'), fsSync.writeSync(fd, data))) as SyncCalls['writeSync'],
        fdatasyncSync: (fd) => (calls.push('datasync'), fsSync.fdatasyncSync(fd)),
      },
    };
    const store = await open(counting);
    const before = await onDisk('2026-03-01');
    calls.length = 0;
    await store.put('entries', e('c', '2026-03-01'));
    // One line appended to the log, synced: nothing else before the answer.
    expect(calls).toEqual(['append', 'datasync']);
    expect(await readFile(join(dir, 'journal', 'changes.log'), 'latin1')).toContain('"id":"c"');
    expect(await onDisk('2026-03-01')).toEqual(before);
    expect(await journal()).toEqual([]);
    calls.length = 0;
    // A change of desk.json writes the day file first (the log's changes in their files), then
    // desk.json in place, then the checksum that lets the next open skip its schema check (a cache: no fsync).
    await store.mutate((d) => ({ next: language(d, 'zh-CN'), result: null }));
    expect(calls).toEqual([
      'open wx',
      'rename entries/2026-03-01.json',
      'open r',
      'open wx',
      'rename desk.json',
      'open r',
      'open wx',
      'rename index/desk.json.sum',
    ]);
    expect((await onDisk('2026-03-01')).map((it) => it.id)).toEqual(['a', 'b', 'c']);
    expect(await readFile(join(dir, 'journal', 'changes.log'), 'latin1')).toBe('');
    await store.close();
  });

  it('writes the day files behind the log by itself once writes pause', async () => {
    await aDesk();
    const store = await open();
    await store.put('entries', e('c', '2026-03-01'));
    await store.put('entries', e('d', '2026-03-02'));
    await expect.poll(async () => (await readFile(join(dir, 'journal', 'changes.log'), 'latin1')).length, { timeout: 5000 }).toBe(0);
    expect((await onDisk('2026-03-01')).map((it) => it.id)).toEqual(['a', 'b', 'c']);
    expect((await onDisk('2026-03-02')).map((it) => it.id)).toEqual(['d']);
    await store.close();
  });
});

describe('a commit the disk refuses', () => {
  it('before its record stands: answers the error, memory and disk as they were, nothing left behind', async () => {
    await aDesk();
    const faulty = faultyFs();
    const store = await open(faulty);
    const before = await onDisk('2026-03-01');
    // The second staged file's rename fails: the record was never written.
    faulty.failNextRenames(1, { after: 1 });
    await expect(threeFiles(store)).rejects.toThrow(/ENOSPC/);
    expect(store.read().settings.language).toBe('en');
    expect(await store.collection('entries').get('a')).toEqual(e('a', '2026-03-01'));
    expect(await store.collection('entries').get('n')).toBeUndefined();
    expect(await onDisk('2026-03-01')).toEqual(before);
    expect(await journal()).toEqual([]);
    expect(await threeFiles(store)).toBe('stored');
    await store.close();
  });

  it('after its record stands: finishes at once when the disk gives in, and answers the truth', async () => {
    await aDesk();
    const faulty = faultyFs();
    const store = await open(faulty);
    // Three staged files and the record pass; the first rename into place fails, the retry passes.
    faulty.failNextRenames(1, { after: 4 });
    expect(await threeFiles(store)).toBe('stored');
    expect(await deskOnDisk()).toMatchObject({ settings: { language: 'zh-CN' } });
    expect((await onDisk('2026-03-02')).map((it) => it.id)).toEqual(['n']);
    expect(await journal()).toEqual([]);
    await store.close();
  });

  it('after its record stands, while the disk keeps refusing: answers done, later writes wait for it, and the next open completes it', async () => {
    await aDesk();
    const faulty = faultyFs();
    const store = await open(faulty);
    faulty.failNextRenames(1000, { after: 4 });
    // The change stands (its record is durable), so the answer is that it was stored, never "nothing changed".
    expect(await threeFiles(store)).toBe('stored');
    expect(store.read().settings.language).toBe('zh-CN');
    expect((await store.collection('entries').get('a'))?.text).toBe('a2');
    expect((await journal()).filter((n) => n.endsWith('.commit'))).toHaveLength(1);
    // A later write would land under files the record still has to put in place: refused until then.
    await expect(store.put('entries', e('b', '2026-03-01', 'b2'))).rejects.toThrow(/ENOSPC/);
    expect((await store.collection('entries').get('b'))?.text).toBe('b');
    await store.close();
    const again = await open();
    expect(again.read().settings.language).toBe('zh-CN');
    expect((await again.collection('entries').all()).map((it) => it.text).sort()).toEqual(['a2', 'b', 'n']);
    expect(again.notices).toEqual([]);
    expect(await journal()).toEqual([]);
    await again.close();
  });

  it('after its record stands: the next write finishes it first once the disk gives in', async () => {
    await aDesk();
    const faulty = faultyFs();
    const store = await open(faulty);
    faulty.failNextRenames(2, { after: 4 });
    expect(await threeFiles(store)).toBe('stored');
    expect(await deskOnDisk()).toMatchObject({ settings: { language: 'en' } });
    await store.put('entries', e('b', '2026-03-01', 'b2'));
    await store.writeBehind();
    expect((await onDisk('2026-03-01')).map((it) => it.text)).toEqual(['a2', 'b2']);
    expect(await deskOnDisk()).toMatchObject({ settings: { language: 'zh-CN' } });
    expect(await journal()).toEqual([]);
    await store.close();
  });
});

describe('a transaction', () => {
  it('stores nothing when its build throws or its main file does not validate', async () => {
    await aDesk();
    const store = await open();
    await expect(store.transact((_d, tx) => (tx.putMany('entries', [e('x', '2026-03-05')]), Promise.reject(new Error('refused'))))).rejects.toThrow('refused');
    await expect(store.transact((d, tx) => (tx.putMany('entries', [e('x', '2026-03-05')]), tx.setMain(language(d, 'fr' as 'en'))))).rejects.toThrow();
    await expect(store.transact((_d, tx) => tx.putMany('entries', [e('x', '2026-03-05', 'far too long for the schema')]))).rejects.toThrow();
    expect(store.collection('entries').size).toBe(2);
    expect(await readdir(join(dir, 'entries'))).toEqual(['2026-03-01.json']);
    expect(await journal()).toEqual([]);
    await store.close();
  });

  it('clears and refills a collection in one commit', async () => {
    await aDesk();
    const store = await open();
    await store.transact((_d, tx) => {
      tx.clear('entries');
      tx.putMany('entries', [e('z', '2026-03-04')]);
    });
    expect((await store.collection('entries').all()).map((it) => it.id)).toEqual(['z']);
    expect(await readdir(join(dir, 'entries'))).toEqual(['2026-03-04.json']);
    await store.close();
    const again = await open();
    expect((await again.collection('entries').all()).map((it) => it.id)).toEqual(['z']);
    expect(again.notices).toEqual([]);
    await again.close();
  });
});

describe('the journal at open', () => {
  it('removes staged files whose record was never written, changing nothing', async () => {
    await aDesk();
    await mkdir(join(dir, 'journal'), { recursive: true });
    await writeFile(join(dir, 'journal', '1772416800000-0badc0de.0.staged'), '{"schemaVersion":1,"items":[]}');
    const store = await open();
    expect(store.collection('entries').size).toBe(2);
    expect(await journal()).toEqual([]);
    await store.close();
  });

  it('sets a damaged record aside with its staged files, and says so', async () => {
    await aDesk();
    await mkdir(join(dir, 'journal'), { recursive: true });
    await writeFile(join(dir, 'journal', '1772416800000-0badc0de.commit'), '{"journal":1,"wri');
    await writeFile(join(dir, 'journal', '1772416800000-0badc0de.0.staged'), '{}');
    const store = await open();
    expect(store.notices).toMatchObject([{ kind: 'damaged-file', file: 'journal/1772416800000-0badc0de.commit', restoredFrom: null }]);
    expect((await journal()).sort()).toEqual(['1772416800000-0badc0de.0.staged', store.notices[0]!.movedTo!.slice('journal/'.length)]);
    expect(store.collection('entries').size).toBe(2);
    await store.close();
  });
});
