import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { CaseEntryCheck, CaseRecordStored, QuotaMonth, SlaAlert, SlaRow } from '@main/ipc/contract';

import { aCase as aBuiltCase } from '../builders/cases';
import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// main's clock starts at the fixture's Monday 2 March 2026, 10:00 Beijing; a test moves it where it matters.

/** Premier and Standard answer a production exception within 3 hours. */
const aCase = (partnerId: string, overrides: Record<string, unknown> = {}) => aBuiltCase(partnerId, { severity: 'production-exception', ...overrides });
const update = (desk: Desk, id: string, change: Record<string, unknown>) => desk.dispatch('cases/update', { id, change });
const stored = async (desk: Desk, id: string) => expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', {})).find((c) => c.id === id);

describe('case lifecycle through IPC', () => {
  deskTest('C2: records the first response with who and when, kept in the history and on disk', async ({ desk, dir, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    clock.set('2026-03-02T04:00:00Z');
    const answered = expectOk<CaseRecordStored>(
      await update(desk, opened.id, { action: 'respond', respondedAt: '2026-03-02T11:30:00+08:00', respondedBy: 'Wang Fang (vendor)' }),
    );
    expect(answered).toMatchObject({ state: 'responded', respondedAt: '2026-03-02T11:30:00+08:00', respondedBy: 'Wang Fang (vendor)' });
    expect(answered.history.map((h) => h.action)).toEqual(['opened', 'respond']);
    await desk.store.writeBehind();
    const file = JSON.parse(await readFile(join(dir, 'cases', '2026-03-02.json'), 'utf8')) as { items: CaseRecordStored[] };
    expect(file.items[0]).toMatchObject({
      state: 'responded',
      history: [{ at: '2026-03-02T02:00:00.000Z' }, { at: '2026-03-02T04:00:00.000Z', action: 'respond' }],
    });
    // A case is answered once.
    expect(await update(desk, opened.id, { action: 'respond', respondedAt: '2026-03-02T03:40:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'CASE_ACTION_NOT_ALLOWED' },
    });
  });

  deskTest('C3: a severity correction keeps the original, recomputes due and leaves the guarantee', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { severity: 'core-production-unavailable' })));
    expect(await update(desk, opened.id, { action: 'correct-severity', severity: 'general-guidance', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'change.reason' },
    });
    const corrected = expectOk<CaseRecordStored>(
      await update(desk, opened.id, { action: 'correct-severity', severity: 'general-guidance', reason: 'A how-to question, not an outage' }),
    );
    expect(corrected).toMatchObject({ severity: 'core-production-unavailable', correctedSeverity: 'general-guidance' });
    expect(corrected.history.at(-1)).toMatchObject({
      action: 'correct-severity',
      reason: 'A how-to question, not an outage',
      detail: 'core-production-unavailable → general-guidance',
    });
    const [row] = expectOk<SlaRow[]>(await desk.dispatch('sla/board', {}));
    expect(row).toMatchObject({
      guaranteed: false,
      dueAt: '2026-03-02T18:00:00Z',
      severity: 'core-production-unavailable',
      correctedSeverity: 'general-guidance',
    });
  });

  deskTest('Q4: a withdrawn case still counts, a voided one gives its place back', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    const a = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    const b = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    expectOk(await update(desk, a.id, { action: 'withdraw', reason: 'Solved by the customer' }));
    expect(await update(desk, b.id, { action: 'void', reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.reason' } });
    expectOk(await update(desk, b.id, { action: 'void', reason: 'Logged twice' }));
    expect(expectOk<QuotaMonth>(await desk.dispatch('quotas/month', { partnerId, month: '2026-03' }))).toMatchObject({ used: 1, remaining: 29 });
    expect(await update(desk, b.id, { action: 'close' })).toMatchObject({ ok: false, error: { code: 'CASE_ACTION_NOT_ALLOWED', data: { state: 'voided' } } });
    expect(expectOk<SlaRow[]>(await desk.dispatch('sla/board', {}))).toEqual([]);
  });

  deskTest('refuses a response before the opening or in the future, and an unknown case, changing nothing', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    expect(await update(desk, opened.id, { action: 'respond', respondedAt: '2026-03-02T01:00:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'C2', field: 'respondedAt' },
    });
    expect(await update(desk, opened.id, { action: 'respond', respondedAt: '2026-03-02T02:00:01Z' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'C2' },
    });
    expect(await update(desk, opened.id, { action: 'respond', respondedAt: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'change.respondedAt' },
    });
    expect(await update(desk, opened.id, { action: 'reopen' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.action' } });
    expect(await update(desk, 'nope', { action: 'close' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await stored(desk, opened.id)).toEqual(opened);
  });
});

describe("a partner's newest cases", () => {
  deskTest('answers the latest first, across months, leaving out other partners', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Lotus Digital' });
    const other = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Azure Bay' });
    for (const openedAt of ['2026-01-05T02:00:00Z', '2026-02-10T02:00:00Z', '2026-02-11T02:00:00Z', '2026-03-01T02:00:00Z']) {
      expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt, vendorRef: openedAt.slice(0, 10) })));
    }
    expectOk(await desk.dispatch('cases/open', aCase(other.partnerId, { openedAt: '2026-03-02T01:00:00Z' })));
    const newest = expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', { partnerId, newest: 3 }));
    expect(newest.map((c) => c.vendorRef)).toEqual(['2026-03-01', '2026-02-11', '2026-02-10']);
    expect(await desk.dispatch('cases/list', { partnerId, newest: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'newest' } });
  });
});

describe('the case entry check', () => {
  deskTest('shows the severities of the level, what is left this month and the due time, storing nothing', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    expectOk(await desk.dispatch('cases/open', aCase(partnerId)));
    const check = expectOk<CaseEntryCheck>(await desk.dispatch('cases/check', aCase(partnerId, { severity: 'production-unavailable' })));
    expect(check).toMatchObject({ level: 'standard', remaining: 29, limit: 30, dueAt: '2026-03-02T02:30:00Z', refusal: null });
    expect(check.severities.map((s) => s.id)).toEqual(['production-unavailable', 'production-exception', 'system-exception', 'general-guidance']);
    const basic = await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Basic Co' });
    expect(expectOk<CaseEntryCheck>(await desk.dispatch('cases/check', aCase(basic.partnerId, { severity: undefined })))).toMatchObject({
      level: 'basic',
      severities: [],
      refusal: { code: 'TECH_SUPPORT_NOT_INCLUDED' },
    });
    expect(expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', {}))).toHaveLength(1);
  });
});

describe('SLA alerts', () => {
  deskTest('C2: each case is alerted once at risk and once breached, as main’s clock moves', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Lotus Digital' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { severity: 'core-production-unavailable' })));
    const alerts = async () => expectOk<SlaAlert[]>(await desk.dispatch('sla/alerts', {}));
    expect(await alerts()).toEqual([]);
    clock.set('2026-03-02T02:11:15Z');
    expect(await alerts()).toMatchObject([{ caseId: opened.id, status: 'at-risk', partnerName: 'Lotus Digital', dueAt: '2026-03-02T02:15:00Z' }]);
    expect(await alerts()).toEqual([]);
    clock.set('2026-03-02T02:15:01Z');
    expect(await alerts()).toMatchObject([{ caseId: opened.id, status: 'breached' }]);
    expect(await alerts()).toEqual([]);
    expect((await stored(desk, opened.id))?.alerted).toEqual(['at-risk', 'breached']);
  });

  deskTest('a case first seen breached is alerted once; answered and corrected cases are not chased', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const late = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T00:00:00Z' })));
    const answered = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T00:00:00Z' })));
    expectOk(await update(desk, answered.id, { action: 'respond', respondedAt: '2026-03-01T05:00:00Z' }));
    const corrected = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T00:00:00Z' })));
    expectOk(await update(desk, corrected.id, { action: 'correct-severity', severity: 'general-guidance', reason: 'over-rated' }));
    expect(expectOk<SlaAlert[]>(await desk.dispatch('sla/alerts', {}))).toMatchObject([{ caseId: late.id, status: 'breached' }]);
    expect(expectOk<SlaAlert[]>(await desk.dispatch('sla/alerts', {}))).toEqual([]);
  });
});
