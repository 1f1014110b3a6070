import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import type { DataFileSpec } from '@main/store/data-file';
import { DataTooNewError } from '@main/store/data-file';
import { type DeskData, deskFile } from '@main/store/desk-data';
import { StoreLockedError } from '@main/store/lock';
import { MAIN_FILE, openStore } from '@main/store/store';

import { faultyFs } from '../builders/faulty-fs';
import { monthEntries, type MonthEntry } from '../builders/month-entries';
import { tempDataDir } from '../builders/services';

type Entry = MonthEntry;
const entries = monthEntries;

let dir: string;
let cleanup: () => Promise<void>;
let today = '2026-03-02T02:00:00Z';
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  today = '2026-03-02T02:00:00Z';
});
afterEach(() => cleanup());

const open = (extra: { fs?: ReturnType<typeof faultyFs>; main?: DataFileSpec<DeskData> } = {}) =>
  openStore<DeskData, { entries: Entry }>({
    dir,
    main: extra.main ?? deskFile,
    collections: { entries },
    now: () => new Date(today),
    ...(extra.fs ? { fs: extra.fs } : {}),
  });

const setLanguage = (language: 'en' | 'zh-CN') => (d: DeskData) => ({ next: { ...d, settings: { ...d.settings, language } }, result: null });

describe('the store', () => {
  it('persists a mutation to disk before answering, and reads it back after a restart', async () => {
    const store = await open();
    await store.mutate(setLanguage('zh-CN'));
    const onDisk = JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8'));
    expect(onDisk.settings.language).toBe('zh-CN');
    await store.close();
    const again = await open();
    expect(again.read().settings.language).toBe('zh-CN');
    await again.close();
  });

  it('never lets a reader see a change that is not yet on disk', async () => {
    const fs = faultyFs();
    const store = await open({ fs });
    const held = fs.holdNextRename();
    const writing = store.mutate(setLanguage('zh-CN'));
    await held.reached;
    // The temp file is written and synced, the rename not yet done: nothing is stored yet.
    expect(store.read().settings.language).toBeNull();
    held.release();
    await writing;
    expect(store.read().settings.language).toBe('zh-CN');
    await store.close();
  });

  it('leaves no temp files behind after writes', async () => {
    const store = await open();
    await store.mutate(setLanguage('en'));
    await store.mutate(setLanguage('zh-CN'));
    await store.close();
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes the temp files killed writes left behind, and nothing else', async () => {
    await (await open()).close();
    await mkdir(join(dir, 'entries'), { recursive: true });
    await mkdir(join(dir, 'index', 'entries'), { recursive: true });
    const leftovers = ['.desk.json.4242.0123456789ab.tmp', 'entries/.2026-03.json.77.abcdefabcdef.tmp', 'index/entries/.2026-03.json.9.a1b2c3d4e5f6.tmp'];
    for (const name of leftovers) await writeFile(join(dir, name), '{"half":');
    await writeFile(join(dir, 'notes.tmp'), 'mine');
    await writeFile(join(dir, 'entries', '.hidden.tmp'), 'mine too');
    await (await open()).close();
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual(['notes.tmp']);
    expect(await readdir(join(dir, 'entries'))).toContain('.hidden.tmp');
    expect((await readdir(join(dir, 'index', 'entries'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it("takes the day's backup while the app runs, and one before a bulk change, keeping only the newest", async () => {
    const store = await open();
    await store.backupDone;
    await store.mutate(setLanguage('zh-CN'));
    expect(await store.dailyBackupIfDue()).toBeNull();
    today = '2026-03-02T17:30:00Z'; // 01:30 on 3 March in Beijing (T1): a new day
    expect(await store.dailyBackupIfDue()).toBe(join(dir, 'backups', '2026-03-03'));
    expect(JSON.parse(await readFile(join(dir, 'backups', '2026-03-03', MAIN_FILE), 'utf8')).settings.language).toBe('zh-CN');
    for (let i = 0; i < 7; i++) {
      today = `2026-03-03T0${i}:00:00Z`;
      expect(await store.backupBefore('case-import')).toBe(join(dir, 'backups', `2026-03-03T0${i}-00-00Z-before-case-import`));
    }
    const kept = (await readdir(join(dir, 'backups'))).sort();
    expect(kept).toEqual(['2026-03-02', '2026-03-03', ...[2, 3, 4, 5, 6].map((i) => `2026-03-03T0${i}-00-00Z-before-case-import`)]);
    await store.close();
  });

  it('refuses a second open of the same folder while the first is open', async () => {
    const first = await open();
    await expect(open()).rejects.toBeInstanceOf(StoreLockedError);
    await first.close();
    const second = await open();
    await second.close();
  });

  it('takes over a lock left before a reboot, though its PID now belongs to a live process', async () => {
    // This test process is alive; the lock says its holder started before this computer booted.
    const stale = { pid: process.pid, host: hostname(), bootedAt: Date.now() - uptime() * 1000 - 7 * 86_400_000, startedAt: 0, startTicks: null };
    await writeFile(join(dir, '.lock'), JSON.stringify(stale));
    const store = await open();
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await store.close();
    expect(await readdir(dir)).not.toContain('.lock');
  });

  it('keeps memory and disk as they were when a write fails, and answers with the error', async () => {
    const fs = faultyFs();
    const store = await open({ fs });
    await store.mutate(setLanguage('en'));
    const before = await readFile(join(dir, MAIN_FILE), 'utf8');
    fs.failNextRenames(1);
    await expect(store.mutate(setLanguage('zh-CN'))).rejects.toThrow(/ENOSPC/);
    expect(store.read().settings.language).toBe('en');
    expect(await readFile(join(dir, MAIN_FILE), 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.mutate(setLanguage('zh-CN'));
    expect(store.read().settings.language).toBe('zh-CN');
    await store.close();
  });

  it('refuses data that would not validate, without touching disk', async () => {
    const store = await open();
    await expect(store.mutate((d) => ({ next: { ...d, settings: { ...d.settings, language: 'fr' as 'en' } }, result: null }))).rejects.toThrow();
    expect(store.read().settings.language).toBeNull();
    await store.close();
  });

  it('moves a damaged file aside, restores the newest good backup and reports it', async () => {
    const store = await open();
    await store.mutate(setLanguage('zh-CN'));
    await store.close();
    // The next day's start makes that day's backup of the good file.
    today = '2026-03-03T02:00:00Z';
    await (await open()).close();
    await writeFile(join(dir, MAIN_FILE), '{"schemaVersion":1,"settings":{"language":"zh-CN"},"partn');
    today = '2026-03-04T09:30:00Z';
    const restored = await open();
    expect(restored.read().settings.language).toBe('zh-CN');
    expect(restored.notices).toHaveLength(1);
    const notice = restored.notices[0]!;
    expect(notice).toMatchObject({ kind: 'damaged-file', file: MAIN_FILE, restoredFrom: '2026-03-03' });
    expect(notice.reason).toMatch(/not valid JSON/);
    const kept = await readFile(join(dir, notice.movedTo!), 'utf8');
    expect(kept).toContain('"partn');
    await restored.close();
  });

  it('never leaves the folder without desk.json: a restore cut short leaves the damaged file, found again next time', async () => {
    const store = await open();
    await store.mutate(setLanguage('zh-CN'));
    await store.close();
    today = '2026-03-03T02:00:00Z';
    await (await open()).close();
    const damaged = '{"schemaVersion":1,"settings":{"language":"zh-CN"},"partn';
    await writeFile(join(dir, MAIN_FILE), damaged);
    today = '2026-03-04T09:30:00Z';
    // The copy aside is written; the disk fills up before the good copy is put in place.
    const fs = faultyFs();
    fs.failNextRenames(1, { after: 1 });
    await expect(open({ fs })).rejects.toThrow(/ENOSPC/);
    expect(await readFile(join(dir, MAIN_FILE), 'utf8')).toBe(damaged);
    const restored = await open();
    expect(restored.read().settings.language).toBe('zh-CN');
    expect(restored.notices).toMatchObject([{ kind: 'damaged-file', file: MAIN_FILE, restoredFrom: '2026-03-03' }]);
    expect(await readFile(join(dir, restored.notices[0]!.movedTo!), 'utf8')).toBe(damaged);
    await restored.close();
  });

  it('restores a desk.json that went missing from the newest good backup, and says so', async () => {
    const store = await open();
    await store.mutate(setLanguage('zh-CN'));
    await store.close();
    today = '2026-03-03T02:00:00Z';
    await (await open()).close();
    await rm(join(dir, MAIN_FILE));
    const restored = await open();
    expect(restored.read().settings.language).toBe('zh-CN');
    expect(restored.notices).toEqual([{ kind: 'missing-file', file: MAIN_FILE, reason: 'it was missing', movedTo: null, restoredFrom: '2026-03-03' }]);
    expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8'))).toMatchObject({ settings: { language: 'zh-CN' } });
    await restored.close();
  });

  it('starts empty, keeping the damaged file, when no backup is good', async () => {
    await writeFile(join(dir, MAIN_FILE), JSON.stringify({ schemaVersion: 1, settings: { language: 'xx' }, partners: [] }));
    const store = await open();
    expect(store.read().partners).toEqual([]);
    expect(store.notices[0]).toMatchObject({ file: MAIN_FILE, restoredFrom: null });
    expect(store.notices[0]!.reason).toMatch(/settings\.language/);
    expect(await readdir(dir)).toContain(store.notices[0]!.movedTo!);
    await store.close();
  });

  it('refuses to open data written by a newer version instead of overwriting it', async () => {
    await writeFile(join(dir, MAIN_FILE), JSON.stringify({ schemaVersion: 99 }));
    await expect(open()).rejects.toBeInstanceOf(DataTooNewError);
    expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8'))).toEqual({ schemaVersion: 99 });
  });

  it('migrates old data on open after keeping a copy of it', async () => {
    const v2: DataFileSpec<DeskData> = {
      ...deskFile,
      schemaVersion: 2,
      schema: deskFile.schema as unknown as z.ZodType<DeskData>,
      migrations: [{ from: 1, up: (raw) => ({ ...raw, settings: { language: 'en' } }) }],
    };
    const relaxed = {
      ...v2,
      schema: z.object({ schemaVersion: z.literal(2), settings: z.object({ language: z.literal('en') }), partners: z.array(z.unknown()) }),
    };
    await writeFile(join(dir, MAIN_FILE), JSON.stringify({ schemaVersion: 1, settings: { language: null }, partners: [] }));
    const store = await open({ main: relaxed as unknown as DataFileSpec<DeskData> });
    expect(store.read().settings.language).toBe('en');
    expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')).schemaVersion).toBe(2);
    const backups = await readdir(join(dir, 'backups'));
    const pre = backups.find((b) => b.includes('pre-migration-v1'));
    expect(pre).toBeDefined();
    expect(JSON.parse(await readFile(join(dir, 'backups', pre!, MAIN_FILE), 'utf8')).schemaVersion).toBe(1);
    await store.close();
  });

  it('keeps one backup a day and only the newest ones', async () => {
    for (let day = 1; day <= 13; day++) {
      today = `2026-03-${String(day).padStart(2, '0')}T02:00:00Z`;
      const store = await open();
      await store.mutate(setLanguage(day % 2 ? 'en' : 'zh-CN'));
      await store.close();
    }
    const daily = (await readdir(join(dir, 'backups'))).sort();
    expect(daily).toHaveLength(10);
    expect(daily[0]).toBe('2026-03-04');
    expect(daily.at(-1)).toBe('2026-03-13');
  });
});

describe('a partitioned collection', () => {
  it('writes only the partition an item belongs to and finds items after a restart', async () => {
    const store = await open();
    await store.put('entries', { id: 'a', month: '2026-02', text: 'first' });
    await store.put('entries', { id: 'b', month: '2026-03', text: 'second' });
    await store.writeBehind();
    const february = join(dir, 'entries', '2026-02.json');
    const before = await readFile(february, 'utf8');
    await store.put('entries', { id: 'c', month: '2026-03', text: 'third' });
    await store.writeBehind();
    expect(await readFile(february, 'utf8')).toBe(before);
    expect(await readFile(join(dir, 'entries', '2026-03.json'), 'utf8')).toContain('third');
    await store.close();
    const again = await open();
    expect((await again.collection('entries').all()).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect((await again.collection('entries').get('c'))?.text).toBe('third');
    await again.close();
  });

  it('moves an item whose partition changes, and keeps both files as they were when that fails', async () => {
    const fs = faultyFs();
    const store = await open({ fs });
    await store.put('entries', { id: 'a', month: '2026-02', text: 'x' });
    await store.put('entries', { id: 'a', month: '2026-03', text: 'x' });
    expect(await store.collection('entries').inPartition('2026-02')).toEqual([]);
    expect((await store.collection('entries').get('a'))?.month).toBe('2026-03');
    fs.failNextRenames(1);
    await expect(store.put('entries', { id: 'a', month: '2026-04', text: 'y' })).rejects.toThrow(/ENOSPC/);
    expect(await store.collection('entries').get('a')).toEqual({ id: 'a', month: '2026-03', text: 'x' });
    await store.close();
  });

  it('after a crash in the middle of a move, keeps only the latest copy of the item', async () => {
    await mkdir(join(dir, 'entries'), { recursive: true });
    // The move wrote the new partition, then the app died before it rewrote the old one.
    await writeFile(join(dir, 'entries', '2026-02.json'), JSON.stringify({ schemaVersion: 1, items: [{ id: 'a', month: '2026-02', text: 'v1' }] }));
    await writeFile(join(dir, 'entries', '2026-03.json'), JSON.stringify({ schemaVersion: 1, items: [{ id: 'a', month: '2026-03', text: 'v2' }] }));
    const store = await open();
    expect(await store.collection('entries').all()).toEqual([{ id: 'a', month: '2026-03', text: 'v2' }]);
    expect((await store.collection('entries').get('a'))?.text).toBe('v2');
    await store.close();
  });

  it('sets a damaged partition aside without losing the others', async () => {
    const store = await open();
    await store.put('entries', { id: 'a', month: '2026-02', text: 'kept' });
    await store.put('entries', { id: 'b', month: '2026-03', text: 'lost' });
    await store.close();
    await mkdir(join(dir, 'entries'), { recursive: true });
    await writeFile(join(dir, 'entries', '2026-03.json'), 'garbage');
    const again = await open();
    expect((await again.collection('entries').all()).map((e) => e.id)).toEqual(['a']);
    expect(again.notices[0]).toMatchObject({ file: 'entries/2026-03.json' });
    await again.close();
  });
});

const inBackup = (backup: string, month: string) => join(dir, 'backups', backup, 'entries', `${month}.json`);
const itemsIn = async (path: string) => (JSON.parse(await readFile(path, 'latin1')) as { items: Entry[] }).items;
/** A store with two months of entries, and the next day's backup of them taken while it runs. */
async function aDayBackedUp() {
  const store = await open();
  await store.backupDone;
  await store.putMany('entries', () => ({
    items: [
      { id: 'a', month: '2026-01', text: 'a' },
      { id: 'b', month: '2026-02', text: 'b' },
    ],
    result: null,
  }));
  today = '2026-03-02T17:00:00Z'; // 3 March in Beijing
  expect(await store.dailyBackupIfDue()).toBe(join(dir, 'backups', DAILY));
  return store;
}
const DAILY = '2026-03-03';

const inode = async (path: string) => (await stat(path)).ino;

describe('backups while the app runs', () => {
  it('link a file unchanged since the last backup to its copy there, and copy what changed', async () => {
    const store = await aDayBackedUp();
    await store.put('entries', { id: 'b', month: '2026-02', text: 'b, edited' });
    today = '2026-03-02T18:00:00Z';
    const name = (await store.backupBefore('case-import'))!.split('/').at(-1)!;
    // January did not change: one file, two names. February did: a copy of its new content.
    expect(await inode(inBackup(name, '2026-01'))).toBe(await inode(inBackup(DAILY, '2026-01')));
    expect(await inode(inBackup(name, '2026-02'))).not.toBe(await inode(inBackup(DAILY, '2026-02')));
    expect((await itemsIn(inBackup(name, '2026-02')))[0]!.text).toBe('b, edited');
    expect((await itemsIn(inBackup(DAILY, '2026-02')))[0]!.text).toBe('b');
    await store.close();
  });

  it('copy a file changed in place by another program, or whose earlier copy is gone', async () => {
    const store = await aDayBackedUp();
    // Same inode, other bytes, and a later mtime: the earlier copy no longer holds this file.
    const january = join(dir, 'entries', '2026-01.json');
    await writeFile(january, (await readFile(january, 'latin1')).replace('"items"', '"items" '), 'latin1');
    await utimes(january, new Date(), new Date(Date.now() + 5_000));
    await rm(join(dir, 'backups', DAILY, 'entries', '2026-02.json'));
    today = '2026-03-02T18:00:00Z';
    const name = (await store.backupBefore('case-import'))!.split('/').at(-1)!;
    expect(await readFile(inBackup(name, '2026-01'), 'latin1')).toBe(await readFile(january, 'latin1'));
    expect(await inode(inBackup(name, '2026-01'))).not.toBe(await inode(inBackup(DAILY, '2026-01')));
    expect((await itemsIn(inBackup(name, '2026-02')))[0]!.text).toBe('b');
    await store.close();
  });
});
