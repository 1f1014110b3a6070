import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import type { CaseRecordStored, DataNotice } from '@main/ipc/contract';
import { seededRandom } from '@main/seed/random';
import { DataTooNewError } from '@main/store/data-file';

import { aBooking } from '../builders/bookings';
import { aCase } from '../builders/cases';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { wholeState } from '../torture/desk-state';

// Every kind of file the store keeps, hit by every kind of damage, then opened as the app's next
// start would. The folder is made on 2 March 2026 (Beijing) and opened again on 3 March, which
// takes that day's backup of every good file; the damaged start is later on 3 March, so the
// backups are exactly as they were and the newest good one is backups/2026-03-03.
const DAY_1 = '2026-03-02T02:00:00Z';
const DAY_2 = '2026-03-03T02:00:00Z';
const DAMAGED_START = '2026-03-03T09:30:00Z';

let dir: string;
let cleanup: () => Promise<void>;
let now = DAY_1;
let services = testServices();
const open = (): Promise<Desk> => {
  services = testServices({
    now: () => new Date(now),
    newId: (() => {
      let n = 0;
      return () => `${now}-${++n}`;
    })(),
  });
  return openDesk({ dataDir: dir, services });
};
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()));
afterEach(() => cleanup());

/** A partner on Premier since October 2025 with a closed case in December (an old month), an open one this month, and a booking. */
async function aFolder(): Promise<void> {
  now = DAY_1;
  const desk = await open();
  const { partnerId } = await aSubscribedPartner(desk, { start: '2025-10-01', level: 'premier' });
  const old = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2025-12-10T02:00:00Z', notes: '十二月 ✓' })));
  expectOk(await desk.dispatch('cases/update', { id: old.id, change: { action: 'close' } }));
  expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T02:00:00Z' })));
  await desk.store.put('bookings', aBooking(partnerId, { start: '2026-04-14' }));
  await desk.close();
  now = DAY_2;
  // An old day is left on disk at start only while the index vouches for it: its mtime is set to
  // a whole second first, so it can be put back exactly after an in-place damage (see damage()).
  await utimes(join(dir, OLD_DAY), STAMP_S, STAMP_S);
  await (await open()).close();
}

const OLD_DAY = 'cases/2025-12-10.json';
const STAMP_S = 1_770_000_000;

type Hashes = Map<string, string>;
async function hashes(): Promise<Hashes> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return new Map(
    await Promise.all(
      files.sort().map(
        async (f) =>
          [
            f,
            createHash('sha1')
              .update(await readFile(join(dir, f)))
              .digest('hex'),
          ] as const,
      ),
    ),
  );
}

type Damage = { name: string; sameSize: boolean; apply: (bytes: Buffer) => Buffer | null };
const garble = (bytes: Buffer) => {
  const random = seededRandom(7);
  const out = Buffer.from(bytes);
  const at = Math.floor(out.length / 2) - 8;
  for (let i = 0; i < 16; i++) out[at + i] = random.int(0, 255);
  return out;
};
/** Valid JSON padded with spaces to the file's length (JSON allows trailing white space). */
const padded = (json: string, length: number) => Buffer.from(json.padEnd(Math.max(length, json.length), ' '));
const DAMAGES: Damage[] = [
  { name: 'truncated to half its bytes', sameSize: false, apply: (b) => b.subarray(0, Math.floor(b.length / 2)) },
  { name: 'garbled in the middle', sameSize: true, apply: garble },
  { name: 'zero-length', sameSize: false, apply: () => Buffer.alloc(0) },
  { name: 'NUL-filled', sameSize: true, apply: (b) => Buffer.alloc(b.length) },
  {
    name: 'valid JSON of the wrong schema',
    sameSize: true,
    apply: (b) =>
      padded(JSON.stringify({ schemaVersion: Number(JSON.parse(b.toString('latin1')).schemaVersion), items: [{ id: 'x' }], partners: 'none' }), b.length),
  },
  { name: 'missing', sameSize: false, apply: () => null },
];
/** Version 9 where the file says 1 or 7 (an index file's own field is `version`). */
const FUTURE: Damage = {
  name: 'a future schemaVersion',
  sameSize: true,
  apply: (b) => Buffer.from(b.toString('latin1').replace(/^\{"(schemaVersion|version)":\d/, '{"$1":9'), 'latin1'),
};

/** Damages a file in place; one the index vouches for keeps its inode, size and mtime when the damage allows. */
async function damage(file: string, how: Damage): Promise<Buffer | null> {
  const path = join(dir, file);
  const damaged = how.apply(await readFile(path));
  if (damaged === null) await rm(path);
  else await writeFile(path, damaged);
  if (damaged !== null && file === OLD_DAY && how.sameSize) await utimes(path, STAMP_S, STAMP_S);
  return damaged;
}

const tempFiles = async () => [...(await hashes()).keys()].filter((f) => f.endsWith('.tmp'));
/** What may change when one file is restored: the file, its damaged copy, and the index (a cache). */
const unrelated = (h: Hashes, file: string) => new Map([...h].filter(([f]) => f !== file && !f.includes('.damaged-') && !f.startsWith('index/')));

describe.each([
  { kind: 'desk.json', file: 'desk.json', read: 'at start' },
  { kind: 'a case day file of this month', file: 'cases/2026-03-01.json', read: 'at start' },
  { kind: 'a case day file of an old month', file: OLD_DAY, read: 'lazily' },
  { kind: 'a bookings year file', file: 'bookings/2026.json', read: 'at start' },
])('$kind ($file, read $read)', ({ file, read }) => {
  it.each(DAMAGES)('$name: the newest good backup restored and reported, the damaged bytes kept aside', async (how) => {
    await aFolder();
    const desk0 = await open();
    const before = await wholeState(desk0);
    await desk0.close();
    const backup = await readFile(join(dir, 'backups', '2026-03-03', file));
    const unchanged = unrelated(await hashes(), file);
    const damaged = await damage(file, how);

    now = DAMAGED_START;
    const desk = await open();
    // An old day the index still vouches for is read, and its damage found, only when asked for.
    if (read === 'lazily' && how.sameSize) expect(desk.store.notices).toEqual([]);
    expectOk(await desk.dispatch('cases/list', { month: '2025-12' }));
    const notice: DataNotice = {
      kind: damaged ? 'damaged-file' : 'missing-file',
      file,
      reason: expect.any(String),
      movedTo: damaged ? expect.stringMatching(/\.damaged-2026-03-03T09-30-00Z$/) : null,
      restoredFrom: '2026-03-03',
    };
    expect(desk.store.notices).toEqual([notice]);
    if (read === 'lazily' && how.sameSize) expect(services.emitted).toEqual([{ event: 'app/data-notice', payload: notice }]);
    expect(await wholeState(desk)).toEqual(before);
    await desk.close();

    if (damaged) expect(await readFile(join(dir, desk.store.notices[0]!.movedTo!))).toEqual(damaged);
    expect(JSON.parse(await readFile(join(dir, file), 'utf8'))).toMatchObject(
      file === 'desk.json' ? JSON.parse(backup.toString('utf8')) : { items: JSON.parse(backup.toString('latin1')).items },
    );
    expect(unrelated(await hashes(), file)).toEqual(unchanged);
    expect(await tempFiles()).toEqual([]);
    // Once restored it stays restored: the next start finds nothing wrong.
    const again = await open();
    expect(again.store.notices).toEqual([]);
    expect(await wholeState(again)).toEqual(before);
    await again.close();
  });

  it('a future schemaVersion: refused as written by a newer version, and left untouched', async () => {
    await aFolder();
    const damaged = await damage(file, FUTURE);
    const folder = await hashes();
    now = DAMAGED_START;
    if (read === 'at start') {
      await expect(open()).rejects.toBeInstanceOf(DataTooNewError);
    } else {
      // Not read at start, so the app opens; the month that needs it cannot be read, and is not overwritten.
      const desk = await open();
      expect((await desk.dispatch('cases/list', { month: '2025-12' })).ok).toBe(false);
      expect(desk.store.notices).toEqual([]);
      await desk.close();
    }
    expect(await readFile(join(dir, file))).toEqual(damaged);
    expect(unrelated(await hashes(), '')).toEqual(unrelated(folder, ''));
  });
});

describe.each([
  { file: 'index/cases/2025-12.json', partition: 'cases/2025-12-10.json' },
  { file: 'index/bookings/2026.json', partition: 'bookings/2026.json' },
])('an index file ($file, a cache)', ({ file, partition }) => {
  it.each([...DAMAGES, FUTURE])('$name: rebuilt without a word, and every answer stays right', async (how) => {
    await aFolder();
    const desk0 = await open();
    const before = await wholeState(desk0);
    const december = expectOk<CaseRecordStored[]>(await desk0.dispatch('cases/list', { month: '2025-12' }));
    await desk0.close();
    const unchanged = unrelated(await hashes(), '');
    await damage(file, how);

    now = DAMAGED_START;
    const desk = await open();
    expect(expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', { month: '2025-12' }))).toEqual(december);
    expect(await wholeState(desk)).toEqual(before);
    expect(desk.store.notices).toEqual([]);
    await desk.close();
    const key = partition.slice(partition.indexOf('/') + 1, -'.json'.length);
    const ids = (JSON.parse(await readFile(join(dir, partition), 'latin1')) as { items: { id: string }[] }).items.map((it) => it.id);
    expect(JSON.parse(await readFile(join(dir, file), 'utf8'))).toMatchObject({ version: 2, partitions: { [key]: { ids } } });
    expect(unrelated(await hashes(), '')).toEqual(unchanged);
    expect(await tempFiles()).toEqual([]);
  });
});

describe.each([
  { file: 'index/cases/2025-12.facts.json', kind: "a month's facts (the index's summary of each day)" },
  { file: 'index/desk.json.sum', kind: "desk.json's checksum (lets an open skip its schema check)" },
])('$kind, a cache', ({ file }) => {
  it.each([...DAMAGES, FUTURE])('$name: not trusted, without a word, and every answer stays right', async (how) => {
    await aFolder();
    const desk0 = await open();
    const before = await wholeState(desk0);
    const facts = await desk0.store.collection('cases').factsOf('2025-12-10');
    await desk0.close();
    const unchanged = unrelated(await hashes(), '');
    await damage(file, how);
    now = DAMAGED_START;
    const desk = await open();
    expect(await desk.store.collection('cases').factsOf('2025-12-10')).toEqual(facts);
    expect(await wholeState(desk)).toEqual(before);
    expect(desk.store.notices).toEqual([]);
    await desk.close();
    expect(unrelated(await hashes(), '')).toEqual(unchanged);
    expect(await tempFiles()).toEqual([]);
  });
});

describe('the lock a killed app left (.lock)', () => {
  /** The lock as the app writes it, naming a process that has ended. */
  async function aStaleLock(): Promise<Buffer> {
    await aFolder();
    const desk = await open();
    const live = JSON.parse(await readFile(join(dir, '.lock'), 'utf8')) as { pid: number };
    await desk.close();
    const stale = Buffer.from(JSON.stringify({ ...live, pid: spawnSync(process.execPath, ['-e', '']).pid }));
    await writeFile(join(dir, '.lock'), stale);
    return stale;
  }

  it.each([{ name: 'intact', sameSize: true, apply: (b: Buffer) => b }, ...DAMAGES])(
    '$name: taken over, the data as it was, released on close',
    async (how) => {
      await aStaleLock();
      const desk0Data = await hashes();
      await damage('.lock', how);
      now = DAMAGED_START;
      const desk = await open();
      expect(desk.store.notices).toEqual([]);
      expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
      await desk.close();
      expect(existsSync(join(dir, '.lock'))).toBe(false);
      expect(unrelated(await hashes(), '.lock')).toEqual(unrelated(desk0Data, '.lock'));
    },
  );
});

describe("a backup's copy (backups/2026-03-04/desk.json)", () => {
  /** Two daily backups that differ: 3 March's holds the partner as made, 4 March's holds it renamed. */
  async function twoBackups(): Promise<{ older: unknown }> {
    await aFolder();
    const desk = await open();
    const [partner] = desk.store.read().partners;
    expectOk(await desk.dispatch('partners/update', { id: partner!.id, changes: { name: 'Renamed after the 3 March backup' } }));
    await desk.close();
    now = '2026-03-04T02:00:00Z';
    await (await open()).close();
    return { older: JSON.parse(await readFile(join(dir, 'backups', '2026-03-03', 'desk.json'), 'utf8')) };
  }

  it.each([...DAMAGES, FUTURE])('$name, the live desk.json sound: nothing is read from it or changed', async (how) => {
    await twoBackups();
    const damaged = await damage('backups/2026-03-04/desk.json', how);
    const folder = await hashes();
    now = '2026-03-04T09:30:00Z';
    const desk = await open();
    expect(desk.store.notices).toEqual([]);
    expect(desk.store.read().partners[0]!.name).toBe('Renamed after the 3 March backup');
    await desk.close();
    expect(unrelated(await hashes(), '')).toEqual(unrelated(folder, ''));
    if (damaged) expect(await readFile(join(dir, 'backups/2026-03-04/desk.json'))).toEqual(damaged);
  });

  // A newer version's copy (the app was downgraded since) is one this version cannot read: skipped like a damaged one.
  it.each([...DAMAGES, FUTURE])('$name, and the live desk.json truncated too: the older good backup is restored', async (how) => {
    const { older } = await twoBackups();
    await damage('backups/2026-03-04/desk.json', how);
    await damage('desk.json', DAMAGES[0]!);
    now = '2026-03-04T09:30:00Z';
    const desk = await open();
    expect(desk.store.notices).toEqual([
      { kind: 'damaged-file', file: 'desk.json', reason: expect.any(String), movedTo: expect.any(String), restoredFrom: '2026-03-03' },
    ]);
    expect(desk.store.read()).toEqual(older);
    await desk.close();
    expect(await tempFiles()).toEqual([]);
  });
});

it('the damage matrix itself: the garbled bytes break the JSON, and the untouched stamp keeps an old day lazy', async () => {
  await aFolder();
  const text = (await readFile(join(dir, OLD_DAY))).toString('latin1');
  expect(() => JSON.parse(garble(Buffer.from(text, 'latin1')).toString('latin1'))).toThrow();
  const { mtimeMs, size } = await stat(join(dir, OLD_DAY));
  await damage(OLD_DAY, DAMAGES[3]!);
  expect(await stat(join(dir, OLD_DAY))).toMatchObject({ mtimeMs, size });
});
