import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskFile, type DeskData } from '../../electron/store/desk-data';
import { openStore } from '../../electron/store/store';
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

const open = () => openStore<DeskData, { entries: Entry }>({ dir, main: deskFile, collections: { entries }, now: () => new Date(today) });
const inBackup = (backup: string, month: string) => join(dir, 'backups', backup, 'entries', `${month}.json`);
const itemsIn = async (path: string) => (JSON.parse(await readFile(path, 'latin1')) as { items: Entry[] }).items;
/** A store with two months of entries, and the next day's backup of them taken while it runs. */
async function aDayBackedUp() {
  const store = await open();
  await store.backupDone;
  await store.putMany('entries', () => ({ items: [{ id: 'a', month: '2026-01', text: 'a' }, { id: 'b', month: '2026-02', text: 'b' }], result: null }));
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
