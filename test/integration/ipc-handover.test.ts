import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import type { CaseRecordStored, SlaRow } from '@main/ipc/contract';
import type { HandoverApplied, HandoverExported, HandoverPreview } from '@main/ipc/contract/handover';
import type { SearchResults } from '@main/ipc/contract/search';
import { caseFactsOf } from '@main/store/case-facts';
import type { FileSystem } from '@main/store/durable-file';
import { MAIN_FILE } from '@main/store/store';

import { aCase } from '../builders/cases';
import { deskTest, type TestClock } from '../builders/desk-fixture';
import { faultyFs } from '../builders/faulty-fs';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Friday 20 February 2026, 10:00 in Beijing: the sample's six months reach back into 2025.
deskTest.override({ now: '2026-02-20T02:00:00Z' });

/**
 * A second desk (a colleague's) in its own temp folder, on the same clock, closed and removed after
 * the test. Its ids are its own, as two desks' UUIDs would be.
 */
async function colleagueDesk(clock: TestClock, fs?: FileSystem): Promise<Desk> {
  const { dir, cleanup } = await tempDataDir();
  let next = 0;
  const services = testServices({ now: clock.now, newId: () => `colleague-${++next}` }, dir);
  const desk = await openDesk({ dataDir: dir, services, ...(fs ? { fs } : {}) });
  onTestFinished(async () => {
    await desk.close();
    await cleanup();
  });
  return desk;
}

/** Exports the partners and reads back the file the save dialog's stand-in wrote. */
async function handOver(desk: Desk, partnerIds: string[]): Promise<{ exported: HandoverExported; text: string }> {
  const exported = expectOk<HandoverExported>(await desk.dispatch('handover/export', { partnerIds }));
  return { exported, text: await readFile(exported.path!, 'utf8') };
}

const preview = async (desk: Desk, text: string) => expectOk<HandoverPreview>(await desk.dispatch('handover/preview', { text }));
const apply = async (desk: Desk, text: string, checksum: string) => expectOk<HandoverApplied>(await desk.dispatch('handover/apply', { text, checksum }));
const previewAndApply = async (desk: Desk, text: string) => apply(desk, text, (await preview(desk, text)).checksum);

/** Every stored file of the desk's data (desk.json, the day and year files), brought up to the change log first. */
async function storedFiles(desk: Desk): Promise<Record<string, string>> {
  await desk.store.writeBehind();
  // A desk never written to has no desk.json yet.
  const files: Record<string, string> = { [MAIN_FILE]: await readFile(join(desk.store.dir, MAIN_FILE), 'utf8').catch(() => '') };
  for (const folder of ['cases', 'bookings']) {
    const names = (await readdir(join(desk.store.dir, folder)).catch(() => [] as string[])).sort();
    for (const name of names) files[`${folder}/${name}`] = await readFile(join(desk.store.dir, folder, name), 'utf8');
  }
  return files;
}

/** What the reports say of a partner: the quota summary and service report of each month, and the billing summary over them. */
async function reportsOf(desk: Desk, partnerId: string, months: string[]) {
  const quota = [];
  const service = [];
  for (const month of months) {
    quota.push(expectOk(await desk.dispatch('reports/quota-summary', { month, partnerId })));
    service.push(expectOk(await desk.dispatch('reports/service-report', { partnerId, month })));
  }
  const billing = expectOk(await desk.dispatch('reports/billing-summary', { from: months[0], to: months.at(-1), partnerId }));
  return { quota, service, billing };
}

const MONTHS = ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'];
/** Sample partners: monthly Standard (with a pack bought below), yearly with three levels and KEA, yearly Premier with KEA days. */
const HANDED = ['sample-partner-000007', 'sample-partner-000004', 'sample-partner-000008'];

describe('handover/export, preview and apply', () => {
  deskTest('the round trip is exact: every report of the partners handed over reads the same on the empty desk that took them', async ({ desk, clock }) => {
    expectOk(await desk.dispatch('sample/load', {}));
    expectOk(await desk.dispatch('quotas/buy-pack', { partnerId: HANDED[0], boughtOn: '2026-02-10', count: 1 }));
    const { exported, text } = await handOver(desk, HANDED);
    expect(exported.path).toMatch(/handover-2026-02-20-3-partners\.psdhandover\.json$/);
    const cases = (await desk.store.collection('cases').all()).filter((c) => HANDED.includes(c.partnerId));
    expect(new Set(cases.map((c) => c.openedAt.slice(0, 4)))).toEqual(new Set(['2025', '2026']));
    expect(exported).toMatchObject({ partners: 3, counts: { cases: cases.length, packs: 1 }, bytes: Buffer.byteLength(text) });

    const other = await colleagueDesk(clock);
    const seen = await preview(other, text);
    expect(seen.partners.map((p) => [p.partnerId, p.status])).toEqual(HANDED.map((id) => [id, 'new']));
    expect(seen.totals).toMatchObject({ partners: 3, newPartners: 3, changedPartners: 0, cases: cases.length });
    const applied = await apply(other, text, seen.checksum);
    expect(applied).toMatchObject({ partners: 3, newPartners: 3, counts: { ...exported.counts } });
    expect(applied.backup).not.toBeNull();

    for (const partnerId of HANDED) expect(await reportsOf(other, partnerId, MONTHS)).toEqual(await reportsOf(desk, partnerId, MONTHS));
    // Everything else of the partners too: the plans as recorded, the partner list, the bookings.
    for (const partnerId of HANDED) {
      expect(expectOk(await other.dispatch('subscriptions/get', { partnerId }))).toEqual(expectOk(await desk.dispatch('subscriptions/get', { partnerId })));
      expect(expectOk(await other.dispatch('statement/partner', { partnerId }))).toEqual(expectOk(await desk.dispatch('statement/partner', { partnerId })));
    }
  });

  deskTest('a preview stores nothing, and a second import of the same file changes nothing', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-02-19T02:00:00Z', vendorRef: 'VR-1' })));
    const { text } = await handOver(desk, [partnerId]);
    const other = await colleagueDesk(clock);
    await aSubscribedPartner(other, {}, { name: 'Cedar Systems' });

    const before = await storedFiles(other);
    await preview(other, text);
    expect(await storedFiles(other)).toEqual(before);

    await previewAndApply(other, text);
    const once = await storedFiles(other);
    const again = await preview(other, text);
    expect(again.partners.map((p) => p.status)).toEqual(['same']);
    expect(again.problems).toEqual([]);
    expect(await apply(other, text, again.checksum)).toEqual({
      partners: 1,
      newPartners: 0,
      changedPartners: 0,
      counts: { subscriptions: 0, charges: 0, packs: 0, consumption: 0, cases: 0, bookings: 0 },
      problems: 0,
      backup: null,
    });
    expect(await storedFiles(other)).toEqual(once);
  });

  deskTest('apply is all or nothing: a disk refusing the commit midway leaves the colleague’s desk as it was', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier', start: '2025-06-01' }, { name: 'Lotus Digital' });
    for (const openedAt of ['2025-07-01T02:00:00Z', '2026-01-12T02:00:00Z', '2026-02-19T02:00:00Z'])
      expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt })));
    const { text } = await handOver(desk, [partnerId]);
    const fs = faultyFs();
    const other = await colleagueDesk(clock, fs);
    await other.store.backupDone;
    const before = await storedFiles(other);
    const { checksum } = await preview(other, text);
    // Three day files and desk.json to stage: the second fails, so the commit's record is never written.
    fs.failNextRenames(1, { after: 1 });
    expect(await other.dispatch('handover/apply', { text, checksum })).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(other.store.read().partners).toEqual([]);
    expect(other.store.collection('cases').size).toBe(0);
    expect(await storedFiles(other)).toEqual(before);
    expect(expectOk<CaseRecordStored[]>(await other.dispatch('cases/list', { partnerId }))).toEqual([]);
    // The same file goes in whole once the disk takes it.
    expect((await apply(other, text, checksum)).counts.cases).toBe(3);
    expect(expectOk<CaseRecordStored[]>(await other.dispatch('cases/list', { partnerId }))).toHaveLength(3);
  });

  deskTest('Q3: two desks that each logged cases in the same Standard month see the month over its limit before confirming', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard', start: '2026-01-01' }, { name: 'Lotus Digital' });
    const other = await colleagueDesk(clock);
    await previewAndApply(other, (await handOver(desk, [partnerId])).text);
    const log = async (on: Desk, n: number, day: number) => {
      for (let i = 0; i < n; i++) expectOk(await on.dispatch('cases/open', aCase(partnerId, { openedAt: `2026-02-${day}T0${i % 10}:0${i % 6}:00Z` })));
    };
    // 16 here and 15 there: each desk within the 30 of February, together 31.
    await log(desk, 16, 10);
    await log(other, 15, 11);
    const { text } = await handOver(desk, [partnerId]);
    const seen = await preview(other, text);
    expect(seen.problems).toEqual([{ kind: 'quota-over', rule: 'Q3', partnerId, partnerName: 'Lotus Digital', period: '2026-02', count: 31, limit: 30 }]);
    expect(seen.partners[0]).toMatchObject({ status: 'changed', differences: [{ area: 'cases', added: 16, updated: 0, kept: 0 }] });
    // Kept and shown, never dropped: the month holds all 31 once applied.
    expect(await apply(other, text, seen.checksum)).toMatchObject({ counts: { cases: 16 }, problems: 1 });
    expect(expectOk(await other.dispatch('quotas/month', { partnerId, month: '2026-02' }))).toMatchObject({ used: 31, limit: 30, remaining: 0 });
  });

  deskTest(
    'what follows the store follows a hand-over: day facts, the search, the SLA board, a partner’s cases of all time, and after a restart',
    async ({ desk, clock }) => {
      const { partnerId } = await aSubscribedPartner(desk, { level: 'premier', start: '2024-01-01' }, { name: '华东云科技' });
      const old = expectOk<CaseRecordStored>(
        await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2024-03-06T02:00:00Z', vendorRef: 'VR-2024-0042' })),
      );
      const open = expectOk<CaseRecordStored>(
        await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-02-20T01:00:00Z', vendorRef: 'VR-2026-0007' })),
      );
      const { text, exported } = await handOver(desk, [partnerId]);
      const other = await colleagueDesk(clock);
      await previewAndApply(other, text);

      const found = expectOk<SearchResults>(await other.dispatch('search/query', { text: 'vr-2024-0042' }));
      expect(found.cases.items.map((c) => [c.caseId, c.partnerName])).toEqual([[old.id, '华东云科技']]);
      // C2: both are still being worked on, the one of 2024 long breached.
      expect(new Set(expectOk<SlaRow[]>(await other.dispatch('sla/board', {})).map((r) => [r.id, r.partnerName].join(' ')))).toEqual(
        new Set([`${old.id} 华东云科技`, `${open.id} 华东云科技`]),
      );
      const listed = expectOk<CaseRecordStored[]>(await other.dispatch('cases/list', { partnerId }));
      expect(listed.map((c) => c.id).sort()).toEqual([old.id, open.id].sort());
      // Each case says where it came from, after what it went through on the desk that handed it over.
      const stored = await other.store.collection('cases').get(old.id);
      expect(stored?.history.map((h) => h.action)).toEqual(['opened', 'handed-over']);
      expect(stored?.history.at(-1)).toEqual({
        at: clock.now().toISOString(),
        action: 'handed-over',
        reason: (JSON.parse(text) as { createdAt: string }).createdAt,
      });
      // The day's facts (Q1 counts, references, SLA outcomes) are those of the day's cases.
      for (const day of ['2024-03-06', '2026-02-20']) {
        expect(await other.store.collection('cases').factsOf(day)).toEqual(caseFactsOf(await other.store.collection('cases').inPartition(day)));
      }
      expect(exported.counts.cases).toBe(2);
      const dir = other.store.dir;
      await other.close();
      const again = await openDesk({ dataDir: dir, services: testServices({ now: clock.now }, dir) });
      try {
        expect(again.store.notices).toEqual([]);
        expect(expectOk<SearchResults>(await again.dispatch('search/query', { text: 'VR-2026-0007' })).cases.total).toBe(1);
        expect(expectOk(await again.dispatch('sla/board', {}))).toHaveLength(2);
      } finally {
        await again.close();
      }
    },
  );
});

describe('handover refusals', () => {
  deskTest('refuses a request with a bad field, naming it, and stores nothing', async ({ desk }) => {
    await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    const before = await storedFiles(desk);
    expect(await desk.dispatch('handover/export', { partnerIds: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'partnerIds' } });
    expect(await desk.dispatch('handover/apply', { text: '{}' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'checksum' } });
    expect(await desk.dispatch('handover/preview', { text: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'text' } });
    expect(await storedFiles(desk)).toEqual(before);
  });

  deskTest('refuses to export a partner that is not there, naming it', async ({ desk, services }) => {
    const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    const answer = await desk.dispatch('handover/export', { partnerIds: [partnerId, 'p-gone'] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', data: { what: 'partner', id: 'p-gone' } } });
    expect(services.saved).toEqual([]);
  });

  deskTest('refuses a damaged file, another file, and one that is not the file previewed; nothing changes', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
    const { text } = await handOver(desk, [partnerId]);
    const other = await colleagueDesk(clock);
    const before = await storedFiles(other);
    const damaged = text.replace('"Lotus Digital"', '"Lotus Digitai"');
    expect(await other.dispatch('handover/preview', { text: damaged })).toMatchObject({ ok: false, error: { code: 'HANDOVER_DAMAGED', field: 'text' } });
    expect(await other.dispatch('handover/preview', { text: 'Partner,Month\n' })).toMatchObject({ ok: false, error: { code: 'HANDOVER_NOT_A_FILE' } });
    const { checksum } = await preview(other, text);
    // The partner edited on the first desk after the preview, and exported again: another file.
    expectOk(await desk.dispatch('partners/update', { id: partnerId, changes: { notes: 'Prefers mail' } }));
    const edited = (await handOver(desk, [partnerId])).text;
    expect(await other.dispatch('handover/apply', { text: edited, checksum })).toMatchObject({
      ok: false,
      error: { code: 'HANDOVER_CHANGED', field: 'checksum' },
    });
    expect(await storedFiles(other)).toEqual(before);
  });

  deskTest(
    'refuses a desk holding the sample, whose removal would take the partners too, and a partner name another partner has here',
    async ({ desk, clock }) => {
      const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
      const { text } = await handOver(desk, [partnerId]);
      const { checksum } = await preview(await colleagueDesk(clock), text);

      const sampled = await colleagueDesk(clock);
      expectOk(await sampled.dispatch('sample/load', {}));
      const before = await storedFiles(sampled);
      expect(await sampled.dispatch('handover/preview', { text })).toMatchObject({ ok: false, error: { code: 'HANDOVER_ON_SAMPLE' } });
      expect(await sampled.dispatch('handover/apply', { text, checksum })).toMatchObject({ ok: false, error: { code: 'HANDOVER_ON_SAMPLE' } });
      expect(await storedFiles(sampled)).toEqual(before);

      const named = await colleagueDesk(clock);
      await aSubscribedPartner(named, {}, { name: 'Lotus Digital' });
      expect(await named.dispatch('handover/preview', { text })).toMatchObject({
        ok: false,
        error: { code: 'HANDOVER_NAME_TAKEN', data: { name: 'Lotus Digital' } },
      });
    },
  );
});
