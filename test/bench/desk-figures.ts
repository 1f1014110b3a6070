import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { slaPerformance } from '@core/reports';
import { beijingDateOf, monthOf, parseInstant } from '@core/time';
import type { Desk } from '@main/desk';
import { calendarOf } from '@main/handlers/calendar-of';
import { caseOutcome } from '@main/handlers/case-clock';
import type { BillingReport, CaseRecordStored, QuotaPortfolio, QuotaSummary } from '@main/ipc/contract';
import { CHANGE_LOG } from '@main/store/change-log';

import { check, type Figure } from './bench-figures';

/** A copy of a stored case under a new id, for the baselines to write. */
export const newCase = (like: CaseRecordStored, id: string): CaseRecordStored => ({ ...like, id });

const time = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

/**
 * cases/open at the large size: checked, stored durably, answered; each then read back from
 * disk (from the change log, where it is durable before the answer, or its day file once written
 * behind). Timed once the start-up work is done, as a manager logs a case after the window opened.
 * `alongside(i)` runs after each (a baseline's write, timed in turn, so that both see the disk as
 * it is at that moment: an fsync's cost moves with the machine's other work).
 */
export async function logCaseFigure(desk: Desk, runs: number, now: Date, alongside?: (i: number) => void): Promise<Figure> {
  await desk.store.backupDone;
  // And once the ids are placed, a slice at a time from a second after the open (ItemPlaces): a
  // write in that second places them all first (40-100 ms once), which is not the write's cost.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const data = desk.store.read();
  const premier = data.subscriptions.find((s) => s.levels.at(-1)?.level === 'premier' && s.period.end > beijingDateOf(now.getTime()));
  check(premier !== undefined, 'the portfolio has a Premier partner today');
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const openedAt = new Date(now.getTime() - (i + 1) * 60_000).toISOString();
    const { ms, value } = await time(() =>
      desk.dispatch('cases/open', {
        partnerId: premier!.partnerId,
        kind: 'technical',
        category: 'service-unavailable',
        severity: 'production-exception',
        openedAt,
      }),
    );
    samples.push(ms);
    check(value.ok, `cases/open was accepted (${value.ok ? '' : value.error.message})`);
    const stored = value.ok ? (value.data as CaseRecordStored) : null;
    const day = await readFile(join(desk.store.dir, 'cases', `${beijingDateOf(openedAt)}.json`), 'utf8').catch(() => '');
    const log = await readFile(join(desk.store.dir, CHANGE_LOG), 'utf8');
    const onDisk = (text: string) => text.includes(`"id":"${stored?.id}"`);
    check(
      stored !== null && (await desk.store.collection('cases').get(stored.id))?.id === stored.id && (onDisk(log) || onDisk(day)),
      'the logged case is in memory and on disk',
    );
    alongside?.(i);
  }
  return { name: 'log one case, durable and answered (p95)', unit: 'ms', samples, target: 25 };
}

/** quotas/portfolio for the last full month; its case counts are checked against the stored cases. */
export async function quotaFigure(desk: Desk, runs: number, today: string): Promise<Figure> {
  const month = monthOf(today);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms, value } = await time(() => desk.dispatch('quotas/portfolio', { month }));
    samples.push(ms);
    check(value.ok, 'quotas/portfolio answered');
    const rows = value.ok ? (value.data as QuotaPortfolio).rows : [];
    const counted = new Map<string, number>();
    for (const c of await desk.store.collection('cases').inPartitions(month)) {
      if (c.kind === 'technical' && c.level === 'standard' && c.state !== 'voided' && monthOf(beijingDateOf(c.openedAt)) === month)
        counted.set(c.partnerId, (counted.get(c.partnerId) ?? 0) + 1);
    }
    check(rows.length === desk.store.read().partners.filter((p) => !p.archived).length, 'a quota row for every partner');
    for (const r of rows) if (r.cases.status === 'counted') check(r.cases.usage.used === (counted.get(r.partnerId) ?? 0), `Q1 count of ${r.partnerName}`);
  }
  return { name: 'quota summary, whole portfolio, one month', unit: 'ms', samples, target: 100 };
}

/**
 * reports/quota-summary of the whole portfolio for a month long past, which is not in memory: its
 * quota counts and SLA outcomes come from the store's per-day facts, so it reads no day file
 * (`dayReads` counts the store's reads of them). Checked against the month's cases, read after.
 */
export async function quotaSummaryFigure(desk: Desk, runs: number, month: string, now: Date, dayReads: () => number): Promise<Figure> {
  const samples: number[] = [];
  const readBefore = dayReads();
  let summary: QuotaSummary | null = null;
  for (let i = 0; i < runs; i += 1) {
    const { ms, value } = await time(() => desk.dispatch('reports/quota-summary', { month }));
    samples.push(ms);
    check(value.ok, 'reports/quota-summary answered');
    summary = value.ok ? (value.data as QuotaSummary) : null;
  }
  const read = dayReads() - readBefore;
  check(read === 0, `the quota summary of ${month} read no day file (it read ${read})`);
  const cases = await desk.store.collection('cases').inPartitions(month);
  const calendar = calendarOf(desk.store.read());
  const outcomes = cases
    .filter((c) => c.state !== 'voided' && !(c.state === 'withdrawn' && c.respondedAt === null))
    .map((c) => caseOutcome(c, calendar, parseInstant(now.toISOString())));
  check(
    JSON.stringify(summary?.sla) === JSON.stringify(slaPerformance(outcomes)),
    `the SLA performance of ${month} equals the one computed from its ${cases.length} cases (C2/C3)`,
  );
  const counted = new Map<string, number>();
  for (const c of cases)
    if (c.kind === 'technical' && c.level === 'standard' && c.state !== 'voided') counted.set(c.partnerId, (counted.get(c.partnerId) ?? 0) + 1);
  for (const r of summary?.rows ?? [])
    if (r.cases.status === 'counted') check(r.cases.usage.used === (counted.get(r.partnerId) ?? 0), `Q1 count of ${r.partnerName} in ${month}`);
  return {
    name: `quota summary, whole portfolio, ${month} (not in memory)`,
    unit: 'ms',
    samples,
    target: 100,
    note: `quota counts and SLA outcomes from the per-day facts: ${read} day files read, ${cases.length} cases`,
  };
}

/**
 * M8 billing summary of the whole portfolio for `months` months ending with December of `year`,
 * through reports/billing-summary. Checked: the recorded charges of the period are exactly the
 * report's lines other than incremental fees, and every month's consumption is known (no fee
 * pending).
 */
export async function billingFigure(desk: Desk, runs: number, year: number, months: 12 | 24): Promise<Figure> {
  const samples: number[] = [];
  const from = months === 12 ? `${year}-01` : `${year - 1}-01`;
  const to = `${year}-12`;
  const recorded = desk.store
    .read()
    .charges.filter((c) => c.date.slice(0, 7) >= from && c.date.slice(0, 7) <= to)
    .reduce((sum, c) => sum + c.amount, 0);
  for (let run = 0; run < runs; run += 1) {
    const { ms, value } = await time(() => desk.dispatch('reports/billing-summary', { from, to }));
    samples.push(ms);
    check(value.ok, 'reports/billing-summary answered');
    const report = value.ok ? (value.data as BillingReport) : null;
    const lines = report?.partners.flatMap((p) => p.months.flatMap((m) => m.lines)) ?? [];
    const charged = lines.filter((l) => l.kind !== 'incremental-fee').reduce((sum, l) => sum + (l.amount ?? 0), 0);
    check(charged === recorded, `M8 lines of ${from} to ${to} (${charged}) equal the charges recorded (${recorded})`);
    check(report?.pending === 0, 'every incremental fee of the period is known (M9 consumption stored)');
  }
  return { name: `billing summary, whole portfolio, ${months} months to ${to}`, unit: 'ms', samples, target: months === 12 ? 100 : 150 };
}

/** reports/export as XLSX of the portfolio's year, saved through the platform service; read back. */
export async function xlsxYearFigure(desk: Desk, saved: () => string | undefined, runs: number, year: number): Promise<Figure> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const request = {
      exportId: `bench-${run}`,
      format: 'xlsx',
      language: 'en',
      report: { kind: 'billing', request: { from: `${year}-01`, to: `${year}-12` } },
    } as const;
    const { ms, value } = await time(() => desk.dispatch('reports/export', request));
    samples.push(ms);
    check(value.ok && (value.data as { path: string | null }).path !== null, 'reports/export saved a file');
    const path = saved();
    const bytes = path ? await readFile(path) : Buffer.alloc(0);
    // An .xlsx file is a zip archive: it starts with "PK".
    check(bytes.length > 10_000 && bytes.subarray(0, 2).toString() === 'PK', 'the export is a real .xlsx file');
  }
  return { name: `XLSX export of the portfolio year ${year}`, unit: 'ms', samples, target: 1000 };
}
