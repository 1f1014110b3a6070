import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../electron/ipc/contract';
import { errorSentence } from '../../ui/error-sentence';
import { rowCells } from './import-cells';

const COLUMNS = ['line', 'status', 'partner', 'customer', 'kind', 'category', 'severity', 'openedAt', 'vendorRef', 'reason'] as const;

/** Every row of the file with what will happen to it and, when skipped, why. */
export function ImportPreviewTable({ rows, stored }: { rows: readonly ImportRow[]; stored: boolean }) {
  const { t } = useTranslation();
  return (
    // A scrolling region the keyboard can reach, so long files can be read without a mouse.
    <div className="import-table" role="region" aria-label={t('caseImport.tableLabel')} tabIndex={0}>
      <table className="data-table" aria-label={t('caseImport.tableLabel')}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`caseImport.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = rowCells(t, row);
            const outcome = stored && row.outcome === 'ok' ? 'stored' : row.outcome;
            return (
              <tr key={row.line} className={`import-row ${row.outcome}`}>
                <td>{row.line}</td>
                <td>
                  <span className={`import-outcome ${row.outcome}`}>{t(`caseImport.outcomes.${outcome}`)}</span>
                </td>
                <td>{row.partnerName}</td>
                <td>{row.customer}</td>
                <td>{cells.kind}</td>
                <td>{cells.category}</td>
                <td>{cells.severity}</td>
                <td>{cells.openedAt}</td>
                <td>{row.vendorRef}</td>
                <td>{row.error ? errorSentence(t, row.error) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
