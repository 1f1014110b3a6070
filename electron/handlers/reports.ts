import { minorDigits } from '@core/money';

import { writeCsv } from '../export/csv-writer';
import { billingSheets, quotaSheets } from '../export/report-sheets';
import type { Sheet } from '../export/sheet';
import { writeWorkbook } from '../export/xlsx';
import { translatorFor } from '../i18n/translator';
import type { ChannelsOf, ReportScope } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { deskSyncOf } from '../sync/desk-sync';
import type { HandlerContext } from './context';
import { safeFileName } from './file-name';
import { billingReport, quotaSummary } from './report-data';
import { serviceReportOf } from './service-report';

/** The desk's own partners, or with `team` the team lead's read-only view of the whole team's (see TeamView). */
const reportContext = async (request: { team?: boolean | undefined }, ctx: HandlerContext): Promise<HandlerContext> =>
  request.team ? { ...ctx, store: await deskSyncOf(ctx.store).teamStore() } : ctx;

export const reportHandlers: HandlerMap<ChannelsOf<'reports'>, HandlerContext> = {
  'reports/quota-summary': async (request, ctx) => quotaSummary(request, await reportContext(request, ctx)),

  'reports/billing-summary': async (request, ctx) => billingReport(request, await reportContext(request, ctx)),

  /**
   * Builds the summary and its file here in main (the page only asks), pushing progress as it
   * goes, then saves through the platform's save dialog. Nothing is stored.
   */
  'reports/export': async ({ exportId, format, table, language, report }, own) => {
    const ctx = await reportContext(report.request, own);
    const t = translatorFor(language);
    const scopeInName = (scope: ReportScope, team: boolean | undefined) => (scope ? ` ${scope.partnerName}` : team ? ` ${t('reports.team')}` : '');
    const progress = (done: number, total: number) => ctx.services.emit('reports/export-progress', { exportId, done, total });
    let sheets: Sheet[];
    let base: string;
    if (report.kind === 'quota') {
      const summary = await quotaSummary(report.request, ctx);
      sheets = quotaSheets(summary, t);
      base = `${t('reports.quota.title')} ${summary.month}${scopeInName(summary.scope, report.request.team)}`;
    } else {
      // The billing summary is the long one (a portfolio over many months): it yields as it goes.
      const summary = await billingReport(report.request, ctx, (done, total) => progress(done, total + 1));
      sheets = billingSheets(summary, t);
      const period = summary.from === summary.to ? summary.from : `${summary.from} ${summary.to}`;
      base = `${t('reports.billing.title')} ${period}${scopeInName(summary.scope, report.request.team)}`;
    }
    const currency = ctx.store.read().priceBook.currency;
    // One table per CSV file, its header on the first line, as spreadsheet programs and scripts expect.
    const csvSheet = sheets[table] ?? sheets[0]!;
    if (format === 'csv' && table > 0) base = `${base} ${csvSheet.name}`;
    const content =
      format === 'csv'
        ? writeCsv({ header: csvSheet.columns.map((c) => c.header), rows: csvSheet.rows })
        : await writeWorkbook(sheets, { moneyDigits: minorDigits(currency) });
    progress(1, 1);
    const filters = format === 'csv' ? [{ name: 'CSV', extensions: ['csv'] }] : [{ name: 'Excel', extensions: ['xlsx'] }];
    return { path: await ctx.services.saveFile(`${safeFileName(base)}.${format}`, content, filters) };
  },

  'reports/service-report': (request, ctx) => serviceReportOf(request, ctx),
};
