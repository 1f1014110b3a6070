import { useTranslation } from 'react-i18next';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { useReports, type FileFormat, type ReportKind } from './reports-store';

/** A file name main accepts (no path or reserved characters), at most 120 characters. */
const safeName = (name: string) => name.replace(/[/\\:*?"<>|]+/g, '-').slice(0, 120);

/** CSV and Excel are built in main in the user's language; PDF prints the summary's template. */
export function ExportActions({ kind, title, fileName }: { kind: ReportKind; title: string; fileName: string }) {
  const { t, i18n } = useTranslation();
  const exporting = useReports((s) => s.exporting);
  const printing = useReports((s) => s.printing);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const busy = exporting !== null || printing !== null;
  const language = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';

  const done = (path: string | null) => showStatus(path ? t('reports.export.saved', { path }) : t('reports.export.cancelled'));
  const file = (format: FileFormat) => void useReports.getState().exportFile(kind, format, language).then(done).catch(report);
  const pdf = () => void useReports.getState().savePdf(kind, safeName(fileName)).then(done).catch(report);

  return (
    <div role="group" aria-label={t('reports.export.label', { report: title })} className="report-exports no-print">
      <button type="button" disabled={busy} onClick={() => file('csv')}>
        {t('reports.export.csv')}
      </button>
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
