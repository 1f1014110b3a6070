import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import { billingSummary, type PriceBook } from '@core/money';
import type { Desk } from '@main/desk';
import { readWorkbook } from '@main/export/xlsx';
import { parseCsv } from '@main/import/csv';
import type { BillingReport, PartnerConsumption, PriceBookState, QuotaPortfolio, QuotaSummary } from '@main/ipc/contract';
import { MAIN_FILE } from '@main/store/store';

import { deskTest } from '../builders/desk-fixture';
import { aReportPortfolio } from '../builders/report-portfolio';
import { expectOk } from '../builders/subscriptions';

// Friday 10 April 2026, 10:00 in Beijing.
deskTest.override({ now: '2026-04-10T02:00:00Z' });

const billing = async (desk: Desk, request: object) => expectOk<BillingReport>(await desk.dispatch('reports/billing-summary', request));
const priceBook = async (desk: Desk) => expectOk<PriceBookState>(await desk.dispatch('price-book/get', {})).priceBook;

/** Core's own M8 figures for a partner's month, from its timeline, packs and consumption. */
async function coreMonth(desk: Desk, partnerId: string, month: string, book: PriceBook) {
  const data = desk.store.read();
  const record = data.subscriptions.find((s) => s.partnerId === partnerId)!;
  const consumption = Object.fromEntries(data.consumption.filter((c) => c.partnerId === partnerId).map((c) => [c.month, c.amount]));
  const packs = data.packs.filter((p) => p.partnerId === partnerId);
  return billingSummary({ subscription: { start: record.start, billing: record.billing, levels: record.levels }, priceBook: book, month, packs, consumption });
}

describe('reports/billing-summary through IPC', () => {
  deskTest("M8: every month of every partner equals core's own summary; M9 fees without consumption are not known yet", async ({ desk }) => {
    const ids = await aReportPortfolio(desk);
    const book = await priceBook(desk);
    const report = await billing(desk, { from: '2026-01', to: '2026-04' });
    expect(report.partners.map((p) => p.partnerName)).toEqual(['Cedar Systems', 'Lotus Digital', '蓝海科技']);
    for (const partner of report.partners) {
      for (const month of partner.months) {
        const expected = await coreMonth(desk, partner.partnerId, month.month, book);
        const known = month.lines.filter((l) => l.amount !== null);
        expect(known.map((l) => [l.date, l.kind, l.amount])).toEqual(expected.lines.map((l) => [l.date, l.kind, l.amount]));
        expect(month.totals).toEqual(expected.total === 0 && known.length === 0 ? [] : [{ currency: 'CNY', amount: expected.total }]);
      }
    }
    const lotus = report.partners.find((p) => p.partnerId === ids.lotus)!;
    // M7 pack in February, M5 upgrade charge and the January fee (M9) in March, February's fee in April.
    expect(lotus.months.map((m) => m.lines.map((l) => `${l.kind}:${l.rule}`))).toEqual([
      ['prepayment:S1'],
      ['incremental-fee:M9', 'addon-pack:M7'],
      ['change-charge:M5', 'incremental-fee:M9'],
      ['incremental-fee:M9'],
    ]);
    const azure = report.partners.find((p) => p.partnerId === ids.azure)!;
    expect(azure.months[2]?.lines.map((l) => [l.kind, l.rule, l.amount === null])).toEqual([
      ['incremental-fee', 'M9', true],
      ['unsubscribe-refund', 'M6', false],
    ]);
    // Azure's February and March, Lotus's March; Cedar's Basic has no bands, so no fee waits (DECISIONS 20).
    expect(report.pending).toBe(3);
    expect(report.totals).toEqual([{ currency: 'CNY', amount: report.partners.reduce((n, p) => n + (p.totals[0]?.amount ?? 0), 0) }]);
  });

  deskTest("shows the charges as recorded, not at today's prices", async ({ desk }) => {
    const ids = await aReportPortfolio(desk);
    const before = await billing(desk, { from: '2026-01', to: '2026-03', partnerId: ids.azure });
    const book = await priceBook(desk);
    expectOk(
      await desk.dispatch('price-book/update', {
        priceBook: { ...book, levels: { ...book.levels, premier: { ...book.levels.premier, yearlyFee: 9_999_900 } } },
      }),
    );
    const after = await billing(desk, { from: '2026-01', to: '2026-03', partnerId: ids.azure });
    expect(after.partners[0]?.months.flatMap((m) => m.lines.filter((l) => l.kind !== 'incremental-fee'))).toEqual(
      before.partners[0]?.months.flatMap((m) => m.lines.filter((l) => l.kind !== 'incremental-fee')),
    );
    expect(after.scope).toEqual({ partnerId: ids.azure, partnerName: '蓝海科技' });
  });

  deskTest('refuses a range backwards or too long, naming the field', async ({ desk }) => {
    for (const [request, field] of [
      [{ from: '2026-05', to: '2026-04' }, 'to'],
      [{ from: '2024-01', to: '2026-01' }, 'to'],
      [{ from: '2026-13', to: '2026-04' }, 'from'],
    ] as const) {
      const answer = await desk.dispatch('reports/billing-summary', request);
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    }
    expect(await desk.dispatch('reports/billing-summary', { from: '2026-01', to: '2026-01', partnerId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('reports/quota-summary through IPC', () => {
  deskTest("Q1-Q5 / B1-B3 rows are the quotas screen's own; C3 met rate leaves corrected cases out", async ({ desk }) => {
    const ids = await aReportPortfolio(desk);
    const open = async (openedAt: string, severity: string) =>
      expectOk<{ id: string }>(
        await desk.dispatch('cases/open', { partnerId: ids.lotus, kind: 'technical', category: 'product-error-or-fault', severity, openedAt }),
      );
    const met = await open('2026-04-01T02:00:00Z', 'system-exception');
    expectOk(await desk.dispatch('cases/update', { id: met.id, change: { action: 'respond', respondedAt: '2026-04-01T03:00:00Z' } }));
    const late = await open('2026-04-02T02:00:00Z', 'system-exception');
    expectOk(await desk.dispatch('cases/update', { id: late.id, change: { action: 'respond', respondedAt: '2026-04-02T12:00:00Z' } }));
    const corrected = await open('2026-04-03T02:00:00Z', 'production-exception');
    expectOk(
      await desk.dispatch('cases/update', { id: corrected.id, change: { action: 'correct-severity', severity: 'general-guidance', reason: 'over-rated' } }),
    );
    await open('2026-04-10T01:00:00Z', 'general-guidance');

    const summary = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: '2026-04' }));
    const portfolio = expectOk<QuotaPortfolio>(await desk.dispatch('quotas/portfolio', { month: '2026-04' }));
    expect(summary.rows).toEqual(portfolio.rows);
    expect(summary.sla.rows).toEqual([
      { severity: 'production-exception', met: 0, missed: 0, pending: 0, notGuaranteed: 1, metRateBp: null },
      { severity: 'system-exception', met: 1, missed: 1, pending: 0, notGuaranteed: 0, metRateBp: 5000 },
      { severity: 'general-guidance', met: 0, missed: 0, pending: 1, notGuaranteed: 0, metRateBp: null },
    ]);
    const one = expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: '2026-04', partnerId: ids.azure }));
    expect(one.rows.map((r) => r.partnerName)).toEqual(['蓝海科技']);
    expect(one.sla.total.met + one.sla.total.pending).toBe(0);
  });
});

describe('cloud consumption (M9)', () => {
  deskTest('is set, replaced and cleared per month, and kept in desk.json', async ({ desk, dir }) => {
    const { lotus } = await aReportPortfolio(desk);
    const set = (month: string, amount: number | null) => desk.dispatch('consumption/set', { partnerId: lotus, month, amount });
    expectOk(await set('2026-02', 700));
    const cleared = expectOk<PartnerConsumption>(await set('2026-01', null));
    expect(cleared).toMatchObject({ currency: 'CNY', thisMonth: '2026-04', months: [{ month: '2026-02', amount: 700 }] });
    const stored = JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')) as { schemaVersion: number; consumption: unknown[] };
    expect(stored.schemaVersion).toBe(7);
    expect(stored.consumption).toEqual([{ partnerId: lotus, month: '2026-02', amount: 700, updatedAt: '2026-04-10T02:00:00.000Z' }]);
  });

  deskTest('refuses bad input naming the field, and stores nothing', async ({ desk, dir }) => {
    const { lotus } = await aReportPortfolio(desk);
    const before = desk.store.read().consumption;
    for (const [request, field] of [
      [{ partnerId: lotus, month: '2026-02', amount: -1 }, 'amount'],
      [{ partnerId: lotus, month: '2026-02', amount: 12.5 }, 'amount'],
      [{ partnerId: lotus, month: '2026-02', amount: '100' }, 'amount'],
      [{ partnerId: lotus, month: '2026-2', amount: 100 }, 'month'],
      [{ partnerId: lotus, month: '2026-05', amount: 100 }, 'month'],
      [{ partnerId: '', month: '2026-02', amount: 100 }, 'partnerId'],
    ] as const) {
      expect(await desk.dispatch('consumption/set', request)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    }
    expect(await desk.dispatch('consumption/set', { partnerId: 'nobody', month: '2026-02', amount: 1 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(desk.store.read().consumption).toEqual(before);
    expect(JSON.parse(await readFile(join(dir, MAIN_FILE), 'utf8')).consumption).toEqual(before);
  });
});

describe('reports/export through IPC', () => {
  deskTest("writes the billing summary as CSV and XLSX in the user's language, with progress pushed", async ({ desk, services }) => {
    await aReportPortfolio(desk);
    const report = await billing(desk, { from: '2026-01', to: '2026-04' });
    const request = { kind: 'billing', request: { from: '2026-01', to: '2026-04' } };
    const csv = expectOk<{ path: string }>(await desk.dispatch('reports/export', { exportId: 'e1', format: 'csv', language: 'zh-CN', report: request }));
    const text = await readFile(csv.path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text).records.map((r) => r.fields);
    // One table, the header on the first line (no title line, no second table below).
    expect(rows[0]).toEqual(['伙伴', '月份', '日期', '项目', '计划', '规则', '金额', '币种', '说明']);
    const lines = report.partners.flatMap((p) => p.months.flatMap((m) => m.lines));
    expect(rows.slice(1).map((r) => r[6])).toEqual(lines.map((l) => (l.amount === null ? '' : String(l.amount / 100))));
    // M9: each incremental fee says which month's consumption it is for, and how much, or that it is not known yet.
    const note = (l: (typeof lines)[number]) =>
      l.kind !== 'incremental-fee'
        ? ''
        : l.consumption === null || l.consumption === undefined
          ? `尚未知晓: ${l.forMonth} 的费用，尚未录入云消费`
          : `${l.forMonth} 的费用，云消费 ${l.consumption / 100} ${l.currency}`;
    expect(lines.filter((l) => l.kind === 'incremental-fee').map((l) => l.consumption === null || l.consumption === undefined)).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(rows.slice(1).map((r) => r[8])).toEqual(lines.map(note));
    const second = expectOk<{ path: string }>(
      await desk.dispatch('reports/export', { exportId: 'e1b', format: 'csv', table: 1, language: 'en', report: request }),
    );
    expect(second.path).toMatch(/Billing summary 2026-01 2026-04 Totals\.csv$/);
    const totalRows = parseCsv(await readFile(second.path, 'utf8')).records.map((r) => r.fields);
    expect(totalRows[0]).toEqual(['Partner', 'Currency', 'Amount', 'Fees not known yet']);
    expect(totalRows.at(-1)).toEqual(['All partners', 'CNY', String((report.totals[0]?.amount ?? 0) / 100), '3']);

    const xlsx = expectOk<{ path: string }>(await desk.dispatch('reports/export', { exportId: 'e2', format: 'xlsx', language: 'en', report: request }));
    const [sheet, totals] = await readWorkbook(await readFile(xlsx.path));
    expect(sheet?.rows[0]).toEqual(['Partner', 'Month', 'Date', 'Line', 'Plan', 'Rule', 'Amount', 'Currency', 'Note']);
    expect(sheet?.rows.slice(1).map((r) => r[6])).toEqual(lines.map((l) => (l.amount === null ? null : l.amount / 100)));
    expect(totals?.rows.at(-1)).toEqual(['All partners', 'CNY', (report.totals[0]?.amount ?? 0) / 100, 3]);
    expect(services.emitted.filter((e) => e.event === 'reports/export-progress').at(-1)).toEqual({
      event: 'reports/export-progress',
      payload: { exportId: 'e2', done: 1, total: 1 },
    });
  });

  deskTest('names the file after a partner whose name holds a NUL, a slash or a line break, in the folder chosen', async ({ desk, dir }) => {
    const partner = expectOk<{ id: string }>(await desk.dispatch('partners/create', { name: 'Nul\u0000 A/B\nTech\u2028Ltd', type: 'consulting' }));
    const saved = expectOk<{ path: string }>(
      await desk.dispatch('reports/export', {
        exportId: 'e3',
        format: 'csv',
        language: 'en',
        report: { kind: 'quota', request: { month: '2026-04', partnerId: partner.id } },
      }),
    );
    expect(saved.path).toBe(join(dir, 'exports', 'Quota summary 2026-04 Nul- A-B-Tech-Ltd.csv'));
  });
});
