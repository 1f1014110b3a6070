import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import type { BookingRecord, SampleStatus } from '@main/ipc/contract';
import type { FileSystem } from '@main/store/durable-file';

import { faultyFs } from '../builders/faulty-fs';
import { killableFs } from '../builders/killable-fs';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Monday 2 March 2026, 10:00 Beijing.
const NOW = new Date('2026-03-02T02:00:00Z');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()));
afterEach(() => cleanup());

const openAt = (folder: string, fs?: FileSystem) => openDesk({ dataDir: folder, services: testServices({ now: () => NOW }), ...(fs ? { fs } : {}) });
const filesIn = (folder: string) => readdir(folder).catch(() => [] as string[]);
/** The journal's commit records and staged files: the change log, held open all along, is not one. */
const journalIn = async (folder: string) => (await filesIn(join(folder, 'journal'))).filter((name) => name !== 'changes.log');

/** The sample as the reopened desk holds it: all of it, or none of it, and nothing left over. */
async function sampleAfterReopen(folder: string): Promise<'all' | 'none'> {
  const desk = await openAt(folder);
  const status = expectOk<SampleStatus>(await desk.dispatch('sample/status', {}));
  const [cases, bookings] = [desk.store.collection('cases').size, desk.store.collection('bookings').size];
  const files = [...(await filesIn(join(folder, 'cases'))), ...(await filesIn(join(folder, 'bookings')))];
  const journal = await journalIn(folder);
  await desk.close();
  expect({ notices: desk.store.notices, interrupted: status.interrupted, journal }).toEqual({ notices: [], interrupted: null, journal: [] });
  if (status.sample === null) {
    expect({ partners: desk.store.read().partners.length, cases, bookings, files }).toEqual({ partners: 0, cases: 0, bookings: 0, files: [] });
    return 'none';
  }
  expect({ partners: desk.store.read().partners.length, cases, bookings }).toEqual({
    partners: status.sample.partners,
    cases: status.sample.cases,
    bookings: status.sample.bookings,
  });
  return 'all';
}

/**
 * Kills `change` at moments spread over its commit (the staging, either side of the record getting
 * its name, the files going into place) and checks each reopened desk against the answer.
 */
async function killAtMoments(
  prepare: (folder: string) => Promise<void>,
  change: (desk: Desk) => Promise<boolean>,
  expected: { done: 'all' | 'none'; undone: 'all' | 'none' },
) {
  const template = join(dir, 'template');
  await prepare(template);
  const probe = join(dir, 'probe');
  await cp(template, probe, { recursive: true });
  const counting = killableFs();
  const desk = await openAt(probe, counting);
  counting.arm(Number.POSITIVE_INFINITY);
  expect(await change(desk)).toBe(true);
  await desk.close();
  const steps = counting.calls();
  const record = counting.log.findIndex((what) => /^rename .*\.commit$/.test(what)) + 1;
  expect(record).toBeGreaterThan(0);
  const moments = [Math.floor(record / 2), record - 1, record, record + 2, Math.floor((record + steps) / 2), steps];
  for (const at of moments) {
    const folder = join(dir, `kill-${at}`);
    await cp(template, folder, { recursive: true });
    const killable = killableFs();
    const dying = await openAt(folder, killable);
    killable.arm(at);
    const answered = await change(dying);
    await rm(join(folder, '.lock'));
    expect({ at, found: await sampleAfterReopen(folder) }).toEqual({ at, found: answered ? expected.done : expected.undone });
    // The "killed" desk's timers (the index a second after a write) must not write into a folder
    // being removed: its file system refuses everything now, so closing it only stops them.
    await dying.close().catch(() => undefined);
  }
}

describe('the sample, all or nothing', () => {
  it('loads as one commit: a kill at any moment leaves all of it or an empty desk, as answered', async () => {
    await killAtMoments(
      async (folder) => (await openAt(folder)).close(),
      async (desk) => (await desk.dispatch('sample/load', {})).ok,
      { done: 'all', undone: 'none' },
    );
  }, 120_000);

  it('is removed as one commit: a kill at any moment leaves all of it or none, as answered', async () => {
    await killAtMoments(
      async (folder) => {
        const desk = await openAt(folder);
        expectOk(await desk.dispatch('sample/load', {}));
        await desk.close();
      },
      async (desk) => (await desk.dispatch('sample/remove', {})).ok,
      { done: 'none', undone: 'all' },
    );
  }, 120_000);
});

describe('a reschedule into another year', () => {
  const bookingsIn = async (year: string) => (JSON.parse(await readFile(join(dir, 'bookings', `${year}.json`), 'utf8')) as { items: BookingRecord[] }).items;

  async function aBookingInDecember(fs?: FileSystem) {
    const desk = await openAt(dir, fs);
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier', start: '2026-03-01' });
    const booking = expectOk<BookingRecord>(
      await desk.dispatch('bookings/create', { kind: 'training', partnerId, start: '2026-12-15', method: 'online', topics: ['compute'] }),
    );
    // In its year file, not only the change log: the faults below count the reschedule's own renames.
    await desk.store.writeBehind();
    return { desk, booking };
  }
  const reschedule = (desk: Desk, id: string) =>
    desk.dispatch('bookings/update', { id, change: { action: 'reschedule', start: '2027-01-12', reason: 'Trainer ill' } });

  it('refused by the disk before its record stands: answers DISK_FULL with the booking as it was', async () => {
    const faulty = faultyFs();
    const { desk, booking } = await aBookingInDecember(faulty);
    faulty.failNextRenames(1, { after: 1 });
    expect(await reschedule(desk, booking.id)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect((await desk.store.collection('bookings').get(booking.id))?.status).toBe('booked');
    expect((await bookingsIn('2026')).map((b) => b.status)).toEqual(['booked']);
    expect(await filesIn(join(dir, 'bookings'))).toEqual(['2026.json']);
    await desk.close();
  });

  it('refused by the disk once its record stands: answers the new booking, which the next open completes', async () => {
    const faulty = faultyFs();
    const { desk, booking } = await aBookingInDecember(faulty);
    // Both year files staged and the record written; then the disk refuses every rename.
    faulty.failNextRenames(1000, { after: 3 });
    const moved = expectOk<BookingRecord>(await reschedule(desk, booking.id));
    expect(moved).toMatchObject({ start: '2027-01-12', status: 'booked' });
    await desk.close();
    const again = await openAt(dir);
    expect((await again.store.collection('bookings').get(booking.id))?.status).toBe('cancelled');
    expect((await again.store.collection('bookings').get(moved.id))?.start).toBe('2027-01-12');
    expect((await bookingsIn('2027')).map((b) => b.id)).toEqual([moved.id]);
    expect(await journalIn(dir)).toEqual([]);
    await again.close();
  });
});
