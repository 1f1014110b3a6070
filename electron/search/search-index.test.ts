import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { aBooking } from '@test/builders/bookings';
import { aStoredCase } from '@test/builders/cases';
import { aPartner } from '@test/builders/partners';
import { tempDataDir, testServices } from '@test/builders/services';

import { type Desk, openDesk } from '../desk';
import { partitionText } from '../store/checksummed-file';
import type { StoredCase } from '../store/records/cases';
import { normalise, normaliseQuery } from './normalise';
import { PartitionRows } from './partition-rows';
import { closeSearchIndex, searchIndexOf } from './search-index';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function aDesk(dir?: string): Promise<{ desk: Desk; dir: string }> {
  if (!dir) {
    const temp = await tempDataDir();
    cleanups.push(temp.cleanup);
    dir = temp.dir;
  }
  const desk = await openDesk({ dataDir: dir, services: testServices({ now: () => new Date('2026-03-02T02:00:00Z') }) });
  cleanups.unshift(async () => {
    await closeSearchIndex(desk.store);
    await desk.close();
  });
  return { desk, dir };
}

const caseIds = async (desk: Desk, text: string) => (await searchIndexOf(desk.store).query(text, 20)).cases.items.map((c) => c.caseId);
const aCase = (overrides: Partial<StoredCase>) =>
  aStoredCase({ history: [{ at: overrides.openedAt ?? '2026-03-02T02:00:00Z', action: 'opened', reason: '' }], ...overrides });

describe('normalise', () => {
  it('folds full-width to half-width, lower case, and runs of spaces', () => {
    expect(normalise('ＶＲ－２０２３　Ａｂｃ')).toBe('vr-2023 abc');
    expect(normalise('Shenzhen\t\n  RETAIL')).toBe('shenzhen retail');
    expect(normaliseQuery('  深圳　零售 ')).toBe('深圳 零售');
  });
});

describe('partition rows', () => {
  const rows = PartitionRows.of(
    [
      ['1', '华东云科技有限公司', 'x'],
      ['2', 'abc', '华东'],
    ],
    (row) => row,
    [1, 2],
  );

  it('finds Chinese text anywhere in a field, each row once, with its field and how well it matched', () => {
    const hits: unknown[] = [];
    rows.find(normaliseQuery('云科技'), (...hit) => hits.push(hit));
    expect(hits).toEqual([[0, 0, 2]]);
    hits.length = 0;
    rows.find('华东', (...hit) => hits.push(hit));
    expect(hits).toEqual([
      [0, 0, 1],
      [1, 1, 0],
    ]);
    expect(rows.row(1)).toEqual(['2', 'abc', '华东']);
  });

  it('says whether a field is exactly a text, for a quick look at the partition (never missing a row that has it)', () => {
    expect(rows.mayHold('2')).toBe(true);
    expect(rows.mayHold('1')).toBe(true);
    expect(rows.mayHold('华东')).toBe(true);
    expect(rows.mayHold('华')).toBe(false);
    expect(rows.mayHold('ab')).toBe(false);
  });

  it('reads back from what an index file keeps, and refuses rows that do not fit their text', () => {
    expect(PartitionRows.stored(rows.raw, rows.hay, 2)?.row(0)).toEqual(['1', '华东云科技有限公司', 'x']);
    expect(PartitionRows.stored(rows.raw, 'only one field', 2)).toBeNull();
  });
});

describe('the search index', () => {
  it('follows put, putMany and transact, and a clear', async () => {
    const { desk } = await aDesk();
    await searchIndexOf(desk.store).ready;
    await desk.store.put('cases', aCase({ id: 'c-1', vendorRef: 'VR-1', openedAt: '2023-03-02T02:00:00Z' }));
    expect(await caseIds(desk, 'vr-1')).toEqual(['c-1']);
    await desk.store.putMany('cases', () => ({
      items: [aCase({ id: 'c-2', customer: '深圳零售' }), aCase({ id: 'c-1', vendorRef: 'VR-9', openedAt: '2023-03-02T02:00:00Z' })],
      result: null,
    }));
    expect(await caseIds(desk, 'vr-1')).toEqual([]);
    expect(await caseIds(desk, '零售')).toEqual(['c-2']);
    await desk.store.transact((_, tx) => tx.putMany('bookings', [aBooking('p-1', { id: 'b-1', title: '双十一保障' })]));
    expect((await searchIndexOf(desk.store).query('十一', 5)).bookings.items.map((b) => b.bookingId)).toEqual(['b-1']);
    await desk.store.clear('cases');
    expect(await caseIds(desk, 'vr-9')).toEqual([]);
  });

  it('reads again a day whose file changed while the app was closed, and ignores a damaged index file', async () => {
    const first = await aDesk();
    await first.desk.store.putMany('cases', () => ({
      items: [
        aCase({ id: 'c-1', vendorRef: 'OLD-REF', openedAt: '2024-05-02T02:00:00Z' }),
        aCase({ id: 'c-2', vendorRef: 'KEPT', openedAt: '2024-06-02T02:00:00Z' }),
      ],
      result: null,
    }));
    expect(await caseIds(first.desk, 'old-ref')).toEqual(['c-1']);
    await closeSearchIndex(first.desk.store);
    await first.desk.close();
    // A day restored from elsewhere: the index's rows for it no longer match its file.
    const file = join(first.dir, 'cases', '2024-05-02.json');
    const items = (JSON.parse(await readFile(file, 'utf8')) as { items: StoredCase[] }).items;
    await writeFile(file, partitionText({ schemaVersion: 1, items: [{ ...items[0]!, vendorRef: 'NEW-REF' }] }));
    // And June's index file torn.
    await writeFile(join(first.dir, 'index', 'search', 'cases', '2024-06.json'), '{"version":1,"partitions":{"2024-06-02":');
    const { desk } = await aDesk(first.dir);
    expect(await caseIds(desk, 'old-ref')).toEqual([]);
    expect(await caseIds(desk, 'new-ref')).toEqual(['c-1']);
    expect(await caseIds(desk, 'kept')).toEqual(['c-2']);
    expect(searchIndexOf(desk.store).cases.rebuilt).toBe(2);
  });

  it('finds partners by name, contact and email, in Chinese too', async () => {
    const { desk } = await aDesk();
    await desk.dispatch('partners/create', aPartner({ name: '上海数联', contactName: '王芳', contactEmail: 'fang@shulian.cn' }));
    await desk.dispatch('partners/create', aPartner({ name: 'Crane Works' }));
    const by = async (text: string) => (await searchIndexOf(desk.store).query(text, 5)).partners.items.map((p) => [p.name, p.matched]);
    expect(await by('数联')).toEqual([['上海数联', 'name']]);
    expect(await by('王')).toEqual([['上海数联', 'contactName']]);
    expect(await by('SHULIAN')).toEqual([['上海数联', 'contactEmail']]);
    expect(await by('ｃｒａｎｅ')).toEqual([['Crane Works', 'name']]);
  });
});
