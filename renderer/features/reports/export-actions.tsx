import { useTranslation } from 'react-i18next';

import type { en } from '@locales/en';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { type FileFormat, type ReportKind, useReports } from './reports-store';

/** A file name main accepts (no path or reserved characters), at most 120 characters. */
const safeName = (name: string) => name.replace(/[/\\:*?"<>|]+/g, '-').slice(0, 120);

/** Each summary's tables, in the order main builds them: a CSV file holds one, a workbook all. */
const TABLES: Record<ReportKind, readonly (keyof typeof en.reports.export.sheets)[]> = { quota: ['quota', 'sla'], billing: ['billing', 'totals'] };

/**
 * CSV and Excel are built in main in the user's language; PDF prints the summary's template. A
 * CSV file holds one table with its header first, so each table has its own CSV button.
 */
export function ExportActions({ kind, title, fileName }: { kind: ReportKind; title: string; fileName: string }) {
  const { t, i18n } = useTranslation();
  const exporting = useReports((s) => s.exporting);
  const printing = useReports((s) => s.printing);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const busy = exporting !== null || printing !== null;
  const language = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';

  const done = (path: string | null) => showStatus(path ? t('reports.export.saved', { path }) : t('reports.export.cancelled'));
  const file = (format: FileFormat, table = 0) => void useReports.getState().exportFile(kind, format, language, table).then(done).catch(report);
  const pdf = () => void useReports.getState().savePdf(kind, safeName(fileName)).then(done).catch(report);

  return (
    <div role="group" aria-label={t('reports.export.label', { report: title })} className="report-exports no-print">
      {TABLES[kind].map((table, index) => (
        <button key={table} type="button" disabled={busy} onClick={() => file('csv', index)}>
          {t('reports.export.csvOf', { table: t(`reports.export.sheets.${table}`) })}
        </button>
      ))}
      <button type="button" disabled={busy} onClick={() => file('xlsx')}>
        {t('reports.export.xlsx')}
      </button>
      <button type="button" disabled={busy} onClick={pdf}>
        {t('reports.export.pdf')}
      </button>
    </div>
  );
}

/** Shown while main builds a file: how far it got, announced politely. */
export function ExportProgressBar() {
  const { t } = useTranslation();
  const exporting = useReports((s) => s.exporting);
  if (!exporting) return null;
  return (
    <div className="report-progress no-print" role="status">
      <label>
        {t('reports.export.progress')}
        <progress max={exporting.total} value={exporting.done} aria-label={t('reports.export.progress')} />
      </label>
    </div>
  );
}
