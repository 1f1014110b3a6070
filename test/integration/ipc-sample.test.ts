import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import { samplePriceBook } from '@core/money';
import { clockStatusAt } from '@core/sla';
import { beijingDateOf, parseInstant } from '@core/time';
import type { Desk } from '@main/desk';
import type { Partner, SampleStatus, SlaRow } from '@main/ipc/contract';
import { generateSample } from '@main/seed/sample-portfolio';
import { MAIN_FILE } from '@main/store/store';

import { deskTest } from '../builders/desk-fixture';
import { faultyFs } from '../builders/faulty-fs';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Monday 2 March 2026, 10:00 Beijing.
const NOW = new Date('2026-03-02T02:00:00Z');
deskTest.override({ now: NOW });

const status = async (desk: Desk) => expectOk<SampleStatus>(await desk.dispatch('sample/status', {}));
const onDisk = async (dir: string) => JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')) as Record<string, unknown>;
const filesIn = (dir: string, folder: string) => readdir(join(dir, folder)).catch(() => [] as string[]);

describe('sample/load', () => {
  deskTest('fills an empty desk with a dozen partners on every level, their cases and bookings, and marks it as sample', async ({ desk, dir }) => {
    expect(await status(desk)).toEqual({ sample: null, empty: true, interrupted: null });
    const answer = expectOk<SampleStatus>(await desk.dispatch('sample/load', {}));
    expect(answer.empty).toBe(false);
    expect(answer.sample).toMatchObject({ loadedAt: NOW.toISOString(), until: '2026-03-02', partners: 12 });
    const data = desk.store.read();
    expect(data.partners).toHaveLength(12);
    expect(new Set(data.subscriptions.flatMap((s) => s.levels.map((l) => l.level)))).toEqual(new Set(['basic', 'standard', 'premier']));
    expect(new Set(data.subscriptions.map((s) => s.billing))).toEqual(new Set(['monthly', 'yearly']));
    expect(data.consumption.length).toBeGreaterThan(0);
    // Nothing happens after today (T1): no case opened after now, no consumption for this month yet.
    const cases = await desk.store.collection('cases').all();
    expect(cases.length).toBe(answer.sample!.cases);
    expect(cases.every((c) => parseInstant(c.openedAt) <= NOW.getTime())).toBe(true);
    expect(data.consumption.every((c) => c.month < '2026-03')).toBe(true);
    expect(desk.store.collection('bookings').size).toBe(answer.sample!.bookings);
    expect(answer.sample!.bookings).toBeGreaterThan(0);
    // C2: the SLA board has clocks running, at risk and breached right now.
    const board = expectOk<SlaRow[]>(await desk.dispatch('sla/board', {}));
    const states = new Set(
      board
        .filter((r) => r.respondedAt === null && r.guaranteed)
        .map((r) => clockStatusAt({ atRiskMs: parseInstant(r.atRiskAt), dueMs: parseInstant(r.dueAt) }, NOW.getTime(), null)),
    );
    expect(states).toEqual(new Set(['running', 'at-risk', 'breached']));
    expect(board.every((r) => r.partnerName !== '')).toBe(true);
    expect(await onDisk(dir)).toMatchObject({ schemaVersion: 7, sample: answer.sample });
  });

  deskTest('is refused while the desk holds a partner, and nothing changes', async ({ desk, dir }) => {
    await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    const before = await onDisk(dir);
    const answer = await desk.dispatch('sample/load', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'SAMPLE_NOT_EMPTY', data: { partners: 1, cases: 0, bookings: 0 } } });
    expect(!answer.ok && answer.error.message).toMatch(/only be loaded into an empty desk.*nothing was changed/);
    expect(await onDisk(dir)).toEqual(before);
    expect(desk.store.collection('cases').size).toBe(0);
    expect((await status(desk)).empty).toBe(false);
  });

  deskTest('is refused a second time, keeping the first sample as it was', async ({ desk }) => {
    const first = expectOk<SampleStatus>(await desk.dispatch('sample/load', {}));
    expect(await desk.dispatch('sample/load', {})).toMatchObject({ ok: false, error: { code: 'SAMPLE_NOT_EMPTY' } });
    expect((await status(desk)).sample).toEqual(first.sample);
    expect(desk.store.collection('cases').size).toBe(first.sample!.cases);
  });

  deskTest('leaves the desk empty again when its last write fails', async ({ desk, dir, reopen }) => {
    const fs = faultyFs();
    desk = await reopen({ fs });
    await desk.store.backupDone;
    expectOk(await desk.dispatch('settings/update', { language: 'en' }));
    // Every partition file is staged for the commit; staging desk.json, the last, fails, so the
    // commit's record is never written and nothing of the load stands.
    const sample = generateSample({ nowMs: NOW.getTime(), priceBook: samplePriceBook });
    const partitions = new Set(sample.cases.map((c) => beijingDateOf(c.openedAt))).size + new Set(sample.bookings.map((b) => b.start.slice(0, 4))).size;
    fs.failNextRenames(1, { after: partitions });
    expect(await desk.dispatch('sample/load', {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await status(desk)).toEqual({ sample: null, empty: true, interrupted: null });
    expect([...(await filesIn(dir, 'cases')), ...(await filesIn(dir, 'bookings'))]).toEqual([]);
    expect(await onDisk(dir)).toMatchObject({ partners: [], sample: null, settings: { language: 'en' } });
  });
});

describe('sample/remove', () => {
  deskTest('empties partners, plans, charges, packs, consumption, cases and bookings on disk and in memory, keeping settings', async ({ desk, dir }) => {
    expectOk(await desk.dispatch('settings/update', { language: 'zh-CN' }));
    expectOk(await desk.dispatch('sample/load', {}));
    const answer = expectOk<SampleStatus>(await desk.dispatch('sample/remove', {}));
    expect(answer).toEqual({ sample: null, empty: true, interrupted: null });
    expect(desk.store.collection('cases').size + desk.store.collection('bookings').size).toBe(0);
    expect([...(await filesIn(dir, 'cases')), ...(await filesIn(dir, 'bookings'))]).toEqual([]);
    expect(await onDisk(dir)).toMatchObject({
      partners: [],
      subscriptions: [],
      charges: [],
      packs: [],
      consumption: [],
      sample: null,
      settings: { language: 'zh-CN' },
      priceBook: samplePriceBook,
    });
    expect(expectOk<Partner[]>(await desk.dispatch('partners/list', { includeArchived: true }))).toEqual([]);
    expect(expectOk<SlaRow[]>(await desk.dispatch('sla/board', {}))).toEqual([]);
  });

  deskTest('is refused without the sample mark, leaving the user’s own partners alone', async ({ desk }) => {
    await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    expect(await desk.dispatch('sample/remove', {})).toMatchObject({ ok: false, error: { code: 'NO_SAMPLE' } });
    expect(desk.store.read().partners.map((p) => p.name)).toEqual(['Lotus Digital']);
  });
});

describe('the sample across restarts', () => {
  deskTest('opens again valid and marked, and can then be removed', async ({ desk, reopen }) => {
    const loaded = expectOk<SampleStatus>(await desk.dispatch('sample/load', {}));
    desk = await reopen();
    expect(desk.store.notices).toEqual([]);
    expect(await status(desk)).toEqual({ ...loaded, interrupted: null });
    expect(desk.store.collection('cases').size).toBe(loaded.sample!.cases);
    expectOk(await desk.dispatch('sample/remove', {}));
    desk = await reopen();
    expect(await status(desk)).toEqual({ sample: null, empty: true, interrupted: null });
  });

  deskTest('a load cut short before desk.json was written is undone at start-up, and the user is told', async ({ desk, dir, reopen }) => {
    // What a crash between the collections and desk.json leaves: sample cases and bookings, no partners.
    const sample = generateSample({ nowMs: NOW.getTime(), priceBook: samplePriceBook });
    await desk.store.putMany('cases', () => ({ items: sample.cases, result: null }));
    await desk.store.putMany('bookings', () => ({ items: sample.bookings, result: null }));
    desk = await reopen();
    expect(await status(desk)).toEqual({ sample: null, empty: true, interrupted: { cases: sample.cases.length, bookings: sample.bookings.length } });
    expect([...(await filesIn(dir, 'cases')), ...(await filesIn(dir, 'bookings'))]).toEqual([]);
  });

  deskTest('a removal cut short still shows as sample data, and removing it again finishes', async ({ desk, reopen }) => {
    expectOk(await desk.dispatch('sample/load', {}));
    // What a crash after the collections were cleared leaves: the partners and the mark.
    await desk.store.clear('cases');
    desk = await reopen();
    expect((await status(desk)).sample).not.toBeNull();
    expectOk(await desk.dispatch('sample/remove', {}));
    expect(desk.store.read().partners).toEqual([]);
  });
});

describe('data version 6', () => {
  deskTest('a version 5 desk.json keeps all its data, gains an empty sample mark, and a copy is kept before migrating', async ({ desk, dir, reopen }) => {
    await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    await desk.close();
    const { sample: _sample, ...rest } = await onDisk(dir);
    const v5 = { ...rest, schemaVersion: 5 };
    await writeFile(join(dir, MAIN_FILE), JSON.stringify(v5));
    await mkdir(join(dir, 'backups'), { recursive: true });
    desk = await reopen();
    expect(await onDisk(dir)).toEqual({ ...v5, schemaVersion: 7, sample: null });
    expect(desk.store.read().partners.map((p) => p.name)).toEqual(['Lotus Digital']);
    const pre = (await readdir(join(dir, 'backups'))).find((b) => b.endsWith('pre-migration-v5'));
    expect(pre).toBeDefined();
    expect(JSON.parse(await readFile(join(dir, 'backups', pre!, MAIN_FILE), 'utf8'))).toEqual(v5);
  });
});
