import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/desk';
import type { CaseEntryCheck, CaseRecordStored, QuotaMonth, SlaAlert, SlaRow } from '../../electron/ipc/contract';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { aCase as aBuiltCase } from '../builders/cases';

let dir: string;
let cleanup: () => Promise<void>;
let desk: Desk;
let services: ReturnType<typeof testServices>;
/** main's clock, moved by each test. */
let now = new Date('2026-03-02T02:00:00Z');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  now = new Date('2026-03-02T02:00:00Z');
  services = testServices({ now: () => now });
  desk = await openDesk({ dataDir: dir, services });
});
afterEach(async () => {
  await desk.close();
  await cleanup();
});

/** Premier and Standard answer a production exception within 3 hours. */
const aCase = (partnerId: string, overrides: Record<string, unknown> = {}) => aBuiltCase(partnerId, { severity: 'production-exception', ...overrides });
const update = (id: string, change: Record<string, unknown>) => desk.dispatch('cases/update', { id, change });
const stored = async (id: string) => expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', {})).find((c) => c.id === id);

describe('case lifecycle through IPC', () => {
  it('C2: records the first response with who and when, kept in the history and on disk', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    now = new Date('2026-03-02T04:00:00Z');
    const answered = expectOk<CaseRecordStored>(await update(opened.id, { action: 'respond', respondedAt: '2026-03-02T11:30:00+08:00', respondedBy: 'Wang Fang (vendor)' }));
    expect(answered).toMatchObject({ state: 'responded', respondedAt: '2026-03-02T11:30:00+08:00', respondedBy: 'Wang Fang (vendor)' });
    expect(answered.history.map((h) => h.action)).toEqual(['opened', 'respond']);
    await desk.store.writeBehind();
    const file = JSON.parse(await readFile(join(dir, 'cases', '2026-03-02.json'), 'utf8')) as { items: CaseRecordStored[] };
    expect(file.items[0]).toMatchObject({ state: 'responded', history: [{ at: '2026-03-02T02:00:00.000Z' }, { at: '2026-03-02T04:00:00.000Z', action: 'respond' }] });
    // A case is answered once.
    expect(await update(opened.id, { action: 'respond', respondedAt: '2026-03-02T03:40:00Z' })).toMatchObject({ ok: false, error: { code: 'CASE_ACTION_NOT_ALLOWED' } });
  });

  it('C3: a severity correction keeps the original, recomputes due and leaves the guarantee', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { severity: 'core-production-unavailable' })));
    expect(await update(opened.id, { action: 'correct-severity', severity: 'general-guidance', reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.reason' } });
    const corrected = expectOk<CaseRecordStored>(await update(opened.id, { action: 'correct-severity', severity: 'general-guidance', reason: 'A how-to question, not an outage' }));
    expect(corrected).toMatchObject({ severity: 'core-production-unavailable', correctedSeverity: 'general-guidance' });
    expect(corrected.history.at(-1)).toMatchObject({ action: 'correct-severity', reason: 'A how-to question, not an outage', detail: 'core-production-unavailable → general-guidance' });
    const [row] = expectOk<SlaRow[]>(await desk.dispatch('sla/board', {}));
    expect(row).toMatchObject({ guaranteed: false, dueAt: '2026-03-02T18:00:00Z', severity: 'core-production-unavailable', correctedSeverity: 'general-guidance' });
  });

  it('Q4: a withdrawn case still counts, a voided one gives its place back', async () => {
    const { partnerId } = await aSubscribedPartner(desk);
    const a = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    const b = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    expectOk(await update(a.id, { action: 'withdraw', reason: 'Solved by the customer' }));
    expect(await update(b.id, { action: 'void', reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.reason' } });
    expectOk(await update(b.id, { action: 'void', reason: 'Logged twice' }));
    expect(expectOk<QuotaMonth>(await desk.dispatch('quotas/month', { partnerId, month: '2026-03' }))).toMatchObject({ used: 1, remaining: 29 });
    expect(await update(b.id, { action: 'close' })).toMatchObject({ ok: false, error: { code: 'CASE_ACTION_NOT_ALLOWED', data: { state: 'voided' } } });
    expect(expectOk<SlaRow[]>(await desk.dispatch('sla/board', {}))).toEqual([]);
  });

  it('refuses a response before the opening or in the future, and an unknown case, changing nothing', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId)));
    expect(await update(opened.id, { action: 'respond', respondedAt: '2026-03-02T01:00:00Z' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', rule: 'C2', field: 'respondedAt' } });
    expect(await update(opened.id, { action: 'respond', respondedAt: '2026-03-02T02:00:01Z' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', rule: 'C2' } });
    expect(await update(opened.id, { action: 'respond', respondedAt: 'soon' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.respondedAt' } });
    expect(await update(opened.id, { action: 'reopen' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.action' } });
    expect(await update('nope', { action: 'close' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await stored(opened.id)).toEqual(opened);
  });
});

describe("a partner's newest cases", () => {
  it('answers the latest first, across months, leaving out other partners', async () => {
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
  it('shows the severities of the level, what is left this month and the due time, storing nothing', async () => {
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
  it('C2: each case is alerted once at risk and once breached, as main’s clock moves', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Lotus Digital' });
    const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { severity: 'core-production-unavailable' })));
    const alerts = async () => expectOk<SlaAlert[]>(await desk.dispatch('sla/alerts', {}));
    expect(await alerts()).toEqual([]);
    now = new Date('2026-03-02T02:11:15Z');
    expect(await alerts()).toMatchObject([{ caseId: opened.id, status: 'at-risk', partnerName: 'Lotus Digital', dueAt: '2026-03-02T02:15:00Z' }]);
    expect(await alerts()).toEqual([]);
    now = new Date('2026-03-02T02:15:01Z');
    expect(await alerts()).toMatchObject([{ caseId: opened.id, status: 'breached' }]);
    expect(await alerts()).toEqual([]);
    expect((await stored(opened.id))?.alerted).toEqual(['at-risk', 'breached']);
  });

  it('a case first seen breached is alerted once; answered and corrected cases are not chased', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const late = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T00:00:00Z' })));
    const answered = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T00:00:00Z' })));
    expectOk(await update(answered.id, { action: 'respond', respondedAt: '2026-03-01T05:00:00Z' }));
    const corrected = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T00:00:00Z' })));
    expectOk(await update(corrected.id, { action: 'correct-severity', severity: 'general-guidance', reason: 'over-rated' }));
    expect(expectOk<SlaAlert[]>(await desk.dispatch('sla/alerts', {}))).toMatchObject([{ caseId: late.id, status: 'breached' }]);
    expect(expectOk<SlaAlert[]>(await desk.dispatch('sla/alerts', {}))).toEqual([]);
  });
});
