import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { countsTowardQuota, partnerQuotas } from '@core/quota';
import { slaPerformance } from '@core/reports';
import { beijingDateOf, monthOf, parseInstant } from '@core/time';
import { type Desk, openDesk } from '@main/desk';
import { calendarOf } from '@main/handlers/calendar-of';
import { caseOutcome } from '@main/handlers/case-clock';
import { asQuotaCases } from '@main/handlers/case-entry';
import { currentSubscription, timelineOf } from '@main/handlers/subscription-plans';
import type { QuotaSummary } from '@main/ipc/contract';
import { generatePortfolio } from '@main/seed/portfolio';
import { writePortfolio } from '@main/seed/write-portfolio';
import type { FileSystem } from '@main/store/durable-file';
import type { StoredCase } from '@main/store/records/cases';

import { tempDataDir, testServices } from '../builders/services';
import { expectOk } from '../builders/subscriptions';

// A portfolio of a few months, then the app started again in March: December is a month no
// longer in memory (only its cases still being worked on are).
const NOW = new Date('2026-03-02T02:00:00Z');
const MONTH = '2025-12';

let dir: string;
let cleanup: () => Promise<void>;
let desk: Desk;
/** Day files read since the counter was last reset (through the store's file system). */
let dayReads: string[] = [];
const countingFs: FileSystem = {
  ...nodeFs,
  readFile: ((path: Parameters<typeof nodeFs.readFile>[0], options?: Parameters<typeof nodeFs.readFile>[1]) => {
    if (String(path).includes(`${join('cases', '')}`)) dayReads.push(String(path));
    return nodeFs.readFile(path, options);
  }) as typeof nodeFs.readFile,
};
const open = () => openDesk({ dataDir: dir, services: testServices({ now: () => NOW }), fs: countingFs });

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  desk = await open();
  await writePortfolio(desk.store, generatePortfolio({ partners: 14, months: 4, seed: 20261202, until: '2026-03-01', unanswered: 12, nowMs: NOW.getTime() }));
  // What the seed does not make: cases closed or withdrawn unanswered and withdrawn once answered,
  // on each clock, and cases of December still being worked on (in memory, not in the facts).
  const december = (await desk.store.collection('cases').inPartitions(MONTH)).filter((c) => c.state === 'closed');
  const basic = december.filter((c) => c.level === 'basic');
  const other = december.filter((c) => c.level !== 'basic');
  const changed: StoredCase[] = [
    { ...basic[0]!, respondedAt: null },
    { ...basic[1]!, state: 'withdrawn' },
    { ...other[0]!, respondedAt: null },
    { ...other[1]!, state: 'withdrawn' },
    { ...other[2]!, state: 'withdrawn', respondedAt: null },
    { ...other[3]!, state: 'open', respondedAt: null },
    { ...other[4]!, state: 'responded' },
    { ...basic[2]!, state: 'open', respondedAt: null },
  ];
  await desk.store.putMany('cases', () => ({ items: changed, result: null }));
  await desk.close();
  desk = await open();
  await desk.store.backupDone;
  dayReads = [];
});
afterEach(async () => {
  await desk.close();
  await cleanup();
});

/** The quota summary computed from the cases themselves, as it was before the facts kept it. */
async function fromTheCases(partnerId?: string): Promise<Pick<QuotaSummary, 'rows' | 'sla'> & { cases: number }> {
  const data = desk.store.read();
  const cases = (await desk.store.collection('cases').all()).filter(
    (c) => monthOf(beijingDateOf(c.openedAt)) === MONTH && (partnerId === undefined || c.partnerId === partnerId),
  );
  const rated = cases.filter((c) => c.state !== 'voided' && !(c.state === 'withdrawn' && c.respondedAt === null));
  const sla = slaPerformance(rated.map((c) => caseOutcome(c, calendarOf(data), parseInstant(NOW.toISOString()))));
  const summary = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH, ...(partnerId ? { partnerId } : {}) }));
  const rows = summary.rows.map((row) => {
    const record = currentSubscription(data, row.partnerId);
    const subscription = record ? timelineOf(record) : null;
    const of = asQuotaCases(cases.filter((c) => c.partnerId === row.partnerId));
    const expected = partnerQuotas({
      subscription,
      cases: of,
      packs: data.packs.filter((p) => p.partnerId === row.partnerId),
      kea: [],
      consulting: [],
      trainings: [],
      month: MONTH,
      today: beijingDateOf(NOW.getTime()),
    });
    if (subscription)
      expect(row.cases.status !== 'counted' || row.cases.usage.used === of.filter((c) => countsTowardQuota(subscription, c, MONTH)).length).toBe(true);
    return { ...row, cases: expected.cases };
  });
  return { rows, sla, cases: cases.length };
}

describe('the quota summary of a month from the per-day facts', () => {
  it('reads no day file of a month not in memory, and equals the figures computed from its cases (Q1-Q5, C2/C3)', async () => {
    const summary = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH }));
    const partner = summary.rows.find((r) => r.cases.status === 'counted')!.partnerId;
    const forPartner = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH, partnerId: partner }));
    expect(dayReads).toEqual([]);

    const expected = await fromTheCases();
    expect(expected.cases).toBeGreaterThan(100);
    expect(summary.sla).toEqual(expected.sla);
    expect(summary.rows).toEqual(expected.rows);
    // Every kind of outcome is there: met, missed, not guaranteed (C3), and Basic's cases.
    expect(summary.sla.total).toMatchObject({ met: expect.any(Number), missed: expect.any(Number) });
    expect(summary.sla.total.missed * summary.sla.total.notGuaranteed).toBeGreaterThan(0);
    expect(summary.sla.rows.some((r) => r.severity === null)).toBe(true);
    expect(forPartner.sla).toEqual((await fromTheCases(partner)).sla);
  });

  it('follows a change to a case in the same write: answered, closed, voided', async () => {
    const waiting = desk.store
      .collection('cases')
      .inMemory()
      .find((c) => monthOf(beijingDateOf(c.openedAt)) === MONTH && c.respondedAt === null)!;
    expectOk(await desk.dispatch('cases/update', { id: waiting.id, change: { action: 'respond', respondedAt: '2026-03-01T00:00:00Z' } }));
    expectOk(await desk.dispatch('cases/update', { id: waiting.id, change: { action: 'close', reason: '' } }));
    const closed = (await desk.store.collection('cases').inPartitions(MONTH)).find((c) => c.state === 'closed' && c.id !== waiting.id)!;
    expectOk(await desk.dispatch('cases/update', { id: closed.id, change: { action: 'void', reason: 'Logged twice' } }));
    await desk.store.writeBehind();
    const expected = await fromTheCases();
    dayReads = [];
    const summary = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH }));
    expect(summary.sla).toEqual(expected.sla);
    expect(summary.rows).toEqual(expected.rows);
    // And after a restart, from the facts the write left.
    await desk.close();
    desk = await open();
    await desk.store.backupDone;
    dayReads = [];
    const again = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH }));
    expect(dayReads).toEqual([]);
    expect(again.sla).toEqual(expected.sla);
  });

  it('sums the days up again once when their facts lack the SLA outcomes (an older index), and from then on reads none', async () => {
    await desk.close();
    const folder = join(dir, 'index', 'cases');
    for (const name of (await readdir(folder)).filter((n) => n.endsWith('.facts.json'))) {
      const file = JSON.parse(await readFile(join(folder, name), 'utf8')) as { partitions: Record<string, { facts: string }> };
      for (const entry of Object.values(file.partitions)) {
        const facts = JSON.parse(entry.facts) as Record<string, { s?: string }>;
        for (const of of Object.values(facts)) delete of.s;
        entry.facts = JSON.stringify(facts);
      }
      await writeFile(join(folder, name), JSON.stringify(file));
    }
    desk = await open();
    await desk.store.backupDone;
    dayReads = [];
    const first = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH }));
    expect(dayReads.length).toBeGreaterThan(0);
    expect(first.sla).toEqual((await fromTheCases()).sla);
    // The rebuilt facts are written beside the index a moment later (and at close).
    await desk.close();
    desk = await open();
    await desk.store.backupDone;
    dayReads = [];
    expect(expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: MONTH })).sla).toEqual(first.sla);
    expect(dayReads).toEqual([]);
  });
});
