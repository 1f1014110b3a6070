import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { CaseRecordStored, PartnerPlan, QuotaMonth } from '@main/ipc/contract';

import { aCase } from '../builders/cases';
import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

deskTest.override({ now: '2026-03-30T02:00:00Z' });

async function logTechnicalCases(desk: Desk, partnerId: string, count: number) {
  for (let i = 0; i < count; i++) {
    expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T02:00:00Z` })));
  }
}

describe('cases through IPC', () => {
  deskTest('C1/C4: stores a case with the level in force and its due time', async ({ desk, dir }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(
      await desk.dispatch('cases/open', aCase(partnerId, { severity: 'core-production-unavailable', openedAt: '2026-03-02T10:00:00+08:00' })),
    );
    expect(opened).toMatchObject({ level: 'premier', dueAt: '2026-03-02T02:15:00Z', state: 'open', history: [{ action: 'opened' }] });
    // T1: stored in the file of its Beijing day (once written behind the change log), so logging it rewrites one small file.
    await desk.store.writeBehind();
    expect(await readdir(join(dir, 'cases'))).toEqual(['2026-03-02.json']);
  });

  deskTest('Q3: refuses the 31st technical case of a Standard month, then a pack lets it in (M7 charged)', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    await logTechnicalCases(desk, partnerId, 30);
    const refused = await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-30T02:00:00Z' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'TICKET_QUOTA_EXHAUSTED', rule: 'Q3' } });
    expect(expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', { partnerId }))).toHaveLength(30);

    const quota = expectOk<QuotaMonth>(await desk.dispatch('quotas/buy-pack', { partnerId, boughtOn: '2026-03-30', count: 1 }));
    expect(quota).toMatchObject({ month: '2026-03', used: 30, limit: 40, remaining: 10, packs: [{ count: 1, validUntil: '2026-03-31' }] });
    expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-30T02:00:00Z' })));
    const plan = expectOk<PartnerPlan>(await desk.dispatch('subscriptions/get', { partnerId }));
    expect(plan.charges.at(-1)).toMatchObject({ kind: 'addon-pack', amount: 50_000, date: '2026-03-30', rule: 'M7' });
    // Q1: April starts again at 30, in Beijing time.
    expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-31T16:30:00Z' })));
    expect(expectOk<QuotaMonth>(await desk.dispatch('quotas/month', { partnerId, month: '2026-04' }))).toMatchObject({ used: 1, remaining: 29 });
  });

  deskTest('a quota check cannot be overtaken: two cases sent at once for the last place, one is refused', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    await logTechnicalCases(desk, partnerId, 29);
    const answers = await Promise.all([desk.dispatch('cases/open', aCase(partnerId)), desk.dispatch('cases/open', aCase(partnerId))]);
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort()).toEqual(['TICKET_QUOTA_EXHAUSTED', 'ok']);
  });

  deskTest('P2/P3/Q2: refusals by plan, severity, category and pack', async ({ desk }) => {
    const basic = await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Basic Partner' });
    expect(await desk.dispatch('cases/open', aCase(basic.partnerId, { severity: undefined }))).toMatchObject({
      ok: false,
      error: { code: 'TECH_SUPPORT_NOT_INCLUDED' },
    });
    expectOk(await desk.dispatch('cases/open', aCase(basic.partnerId, { kind: 'service', category: 'accounting-dispute', severity: undefined })));
    const standard = await aSubscribedPartner(desk, {}, { name: 'Standard Partner' });
    expect(await desk.dispatch('cases/open', aCase(standard.partnerId, { severity: 'core-production-unavailable' }))).toMatchObject({
      ok: false,
      error: { code: 'SEVERITY_NOT_IN_PLAN' },
    });
    expect(await desk.dispatch('cases/open', aCase(standard.partnerId, { severity: undefined }))).toMatchObject({
      ok: false,
      error: { code: 'SEVERITY_REQUIRED' },
    });
    expect(await desk.dispatch('cases/open', aCase(standard.partnerId, { category: 'quota-adjustment' }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'category' },
    });
    expect(await desk.dispatch('cases/open', aCase(standard.partnerId, { openedAt: '2026-03-02 10:00' }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'openedAt' },
    });
    const premier = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Premier Partner' });
    expect(await desk.dispatch('quotas/buy-pack', { partnerId: premier.partnerId, boughtOn: '2026-03-10', count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'ADDON_NOT_APPLICABLE' },
    });
    expect(expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', {}))).toHaveLength(1);
  });
});
