import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { BookingRecord, CaseRecordStored } from '@main/ipc/contract';
import type { SearchResults } from '@main/ipc/contract/search';
import { closeSearchIndex, searchIndexOf } from '@main/search/search-index';
import type { StoredCase } from '@main/store/records/cases';

import { aCase } from '../builders/cases';
import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

deskTest.override({ now: '2026-03-02T02:00:00Z' });

const search = async (desk: Desk, text: string) => expectOk<SearchResults>(await desk.dispatch('search/query', { text }));

describe('search/query across every stored year', () => {
  deskTest('finds a case three years back by its vendor reference, follows an edit, and again after a restart', async ({ desk, dir, reopen }) => {
    const { partnerId } = await aSubscribedPartner(desk, { start: '2023-01-01', level: 'premier' }, { name: '华东云科技' });
    const old = expectOk<CaseRecordStored>(
      await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2023-03-06T02:00:00Z', severity: 'system-exception', vendorRef: 'VR-2023-0042' })),
    );
    expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T02:00:00Z', vendorRef: 'VR-2026-0001', customer: '深圳零售' })));

    const found = await search(desk, 'vr-2023-0042');
    expect(found.cases.total).toBe(1);
    expect(found.cases.items[0]).toMatchObject({ caseId: old.id, partnerId, partnerName: '华东云科技', vendorRef: 'VR-2023-0042', matched: 'vendorRef' });
    // Chinese without word spaces: any part of a field, and full-width text folded.
    expect((await search(desk, '零售')).cases.items.map((c) => c.vendorRef)).toEqual(['VR-2026-0001']);
    expect((await search(desk, 'ＶＲ－２０２３')).cases.items.map((c) => c.caseId)).toEqual([old.id]);
    expect((await search(desk, '东云')).partners.items.map((p) => p.partnerId)).toEqual([partnerId]);

    // An edit: found by the new reference, no longer by the old one.
    const stored = (await desk.store.collection('cases').get(old.id)) as StoredCase;
    await desk.store.put('cases', {
      ...stored,
      vendorRef: 'VR-2023-9999',
      history: [...stored.history, { at: '2026-03-02T02:00:00Z', action: 'edit', reason: '' }],
    });
    expect((await search(desk, 'VR-2023-0042')).cases.total).toBe(0);
    expect((await search(desk, 'VR-2023-9999')).cases.items.map((c) => c.caseId)).toEqual([old.id]);
    expectOk(await desk.dispatch('partners/update', { id: partnerId, changes: { name: '华南云科技' } }));
    expect((await search(desk, '东云')).partners.total).toBe(0);
    expect((await search(desk, '9999')).cases.items[0]?.partnerName).toBe('华南云科技');

    // After a restart: from the index files, which the search wrote beside the store's index.
    await closeSearchIndex(desk.store);
    desk = await reopen();
    expect((await search(desk, 'VR-2023-9999')).cases.items.map((c) => c.caseId)).toEqual([old.id]);
    expect((await search(desk, 'VR-2023-0042')).cases.total).toBe(0);
    expect(searchIndexOf(desk.store).cases.rebuilt).toBe(0);
    expect(await readdir(join(dir, 'index', 'search', 'cases'))).toContain('2023-03.json');
  });

  deskTest('refuses an empty or over-long text, and caps each group at its limit with the total', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { start: '2026-01-01', level: 'premier' });
    for (let day = 1; day <= 5; day += 1)
      expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: `2026-02-0${day}T02:00:00Z`, vendorRef: `REF-${day}` })));
    const answer = expectOk<SearchResults>(await desk.dispatch('search/query', { text: '  ref-  ', limit: 2 }));
    expect(answer.cases.total).toBe(5);
    // Newest days first.
    expect(answer.cases.items.map((c) => c.vendorRef)).toEqual(['REF-5', 'REF-4']);
    const exact = expectOk<SearchResults>(await desk.dispatch('search/query', { text: 'ref-3', limit: 2 }));
    expect(exact.cases.items.map((c) => c.vendorRef)).toEqual(['REF-3']);
    const empty = await desk.dispatch('search/query', { text: '   ' });
    expect(empty.ok).toBe(false);
    const long = await desk.dispatch('search/query', { text: 'x'.repeat(201) });
    expect(long.ok).toBe(false);
  });

  deskTest("serves a partner's cases of all time from the days the index says hold one", async ({ desk }) => {
    const a = await aSubscribedPartner(desk, { start: '2024-01-01', level: 'premier' }, { name: 'Alpha' });
    const b = await aSubscribedPartner(desk, { start: '2024-01-01', level: 'premier' }, { name: 'Beta' });
    const open = async (partnerId: string, openedAt: string) =>
      expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt }))).id;
    const first = await open(a.partnerId, '2024-02-01T02:00:00Z');
    await open(b.partnerId, '2024-03-01T02:00:00Z');
    const second = await open(a.partnerId, '2025-06-01T02:00:00Z');
    await open(b.partnerId, '2025-06-01T03:00:00Z');
    expect(await searchIndexOf(desk.store).daysOfPartner(a.partnerId)).toEqual(['2024-02-01', '2025-06-01']);
    expect(expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', { partnerId: a.partnerId })).map((c) => c.id)).toEqual([first, second]);
  });

  deskTest('bookings/get answers one booking to open from a result, and refuses an unknown id', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { start: '2026-01-01', level: 'premier' }, { name: 'Gamma' });
    const booked = expectOk<BookingRecord>(
      await desk.dispatch('bookings/create', {
        kind: 'training',
        partnerId,
        start: '2026-03-20',
        method: 'online',
        topics: ['compute'],
        title: '双十一 保障演练',
      }),
    );
    const hit = (await search(desk, '双十一')).bookings.items[0];
    expect(hit).toMatchObject({ bookingId: booked.id, partnerId, partnerName: 'Gamma', matched: 'title' });
    expect((await search(desk, 'gamma')).bookings.items.map((b) => [b.bookingId, b.matched])).toEqual([[booked.id, 'partner']]);
    expect(expectOk<BookingRecord>(await desk.dispatch('bookings/get', { id: hit!.bookingId }))).toEqual(booked);
    const unknown = await desk.dispatch('bookings/get', { id: 'no-such-booking' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });
});
