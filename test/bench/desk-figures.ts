import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { billingSummary } from '../../core/money';
import { beijingDateOf, monthOf, type MonthKey } from '../../core/time';
import type { Desk } from '../../electron/desk';
import type { CaseRecordStored, QuotaPortfolio } from '../../electron/ipc/contract';
import { timelineOf } from '../../electron/handlers/subscription-plans';
import { check, type Figure } from './bench-figures';

/** A copy of a stored case under a new id, for the baselines to write. */
export const newCase = (like: CaseRecordStored, id: string): CaseRecordStored => ({ ...like, id });

const time = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

/** cases/open at the large size: checked, stored durably, answered; each then read back from disk. */
export async function logCaseFigure(desk: Desk, runs: number, now: Date): Promise<Figure> {
  const data = desk.store.read();
  const premier = data.subscriptions.find((s) => s.levels.at(-1)?.level === 'premier' && s.period.end > beijingDateOf(now.getTime()));
  check(premier !== undefined, 'the portfolio has a Premier partner today');
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const openedAt = new Date(now.getTime() - (i + 1) * 60_000).toISOString();
    const { ms, value } = await time(() => desk.dispatch('cases/open', { partnerId: premier!.partnerId, kind: 'technical', category: 'service-unavailable', severity: 'production-exception', openedAt }));
    samples.push(ms);
    check(value.ok, `cases/open was accepted (${value.ok ? '' : value.error.message})`);
    const stored = value.ok ? (value.data as CaseRecordStored) : null;
    const file = await readFile(join(desk.store.dir, 'cases', `${beijingDateOf(openedAt)}.json`), 'utf8');
    check(stored !== null && (await desk.store.collection('cases').get(stored.id))?.id === stored.id && file.includes(`"id":"${stored.id}"`), 'the logged case is in memory and on disk');
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
      if (c.kind === 'technical' && c.level === 'standard' && c.state !== 'voided' && monthOf(beijingDateOf(c.openedAt)) === month) counted.set(c.partnerId, (counted.get(c.partnerId) ?? 0) + 1);
    }
    check(rows.length === desk.store.read().partners.filter((p) => !p.archived).length, 'a quota row for every partner');
    for (const r of rows) if (r.cases.status === 'counted') check(r.cases.usage.used === (counted.get(r.partnerId) ?? 0), `Q1 count of ${r.partnerName}`);
  }
  return { name: 'quota summary, whole portfolio, one month', unit: 'ms', samples, target: 100 };
}

/**
 * M8 billing summary of every partner for the 12 months of a year, through core (no
 * reports/billing-summary channel on this branch). Checked: the recorded charges of the year
 * are exactly the summaries' lines other than incremental fees.
 */
export function billingYearFigure(desk: Desk, runs: number, consumption: Record<string, Record<MonthKey, number>>, year: number): Figure {
  const data = desk.store.read();
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    let charged = 0;
    for (const record of data.subscriptions) {
      const packs = data.packs.filter((p) => p.partnerId === record.partnerId);
      for (const month of months) {
        const summary = billingSummary({ subscription: timelineOf(record), priceBook: data.priceBook, month, packs, consumption: consumption[record.partnerId] ?? {} });
        charged += summary.lines.filter((l) => l.kind !== 'incremental-fee').reduce((sum, l) => sum + l.amount, 0);
      }
    }
    samples.push(performance.now() - started);
    const recorded = data.charges.filter((c) => c.date.startsWith(`${year}-`)).reduce((sum, c) => sum + c.amount, 0);
    check(charged === recorded, `M8 lines of ${year} (${charged}) equal the charges recorded (${recorded})`);
  }
  return { name: `billing summary, every partner, 12 months of ${year}`, unit: 'ms', samples, target: 300 };
}
