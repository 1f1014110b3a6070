import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../electron/ipc/contract';
import { errorSentence } from '../../ui/error-sentence';
import { rowCells } from './import-cells';
import { zoneName } from './import-times';

const COLUMNS = ['line', 'status', 'partner', 'customer', 'kind', 'category', 'severity', 'openedAt', 'vendorRef', 'reason'] as const;
/** Rows drawn at a time: a 50,000-row file is read a page at a time, not drawn all at once. */
export const PAGE_ROWS = 500;

/** Every row of the file with what will happen to it and, when skipped, why; opening times in the zone the file was read in. */
export function ImportPreviewTable({ rows, timeZone, stored }: { rows: readonly ImportRow[]; timeZone: string; stored: boolean }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(PAGE_ROWS);
  const [onlySkipped, setOnlySkipped] = useState(false);
  const listed = onlySkipped ? rows.filter((r) => r.outcome !== 'ok') : rows;
  const number = new Intl.NumberFormat(i18n.language);
  const more = Math.min(PAGE_ROWS, listed.length - shown);
  return (
    <>
      {rows.length > PAGE_ROWS && (
        <label className="import-filter">
          <input type="checkbox" checked={onlySkipped} onChange={(e) => setOnlySkipped(e.target.checked)} />
          {t('caseImport.onlySkipped')}
        </label>
      )}
      {/* A scrolling region the keyboard can reach, so long files can be read without a mouse. */}
      <div className="import-table" role="region" aria-label={t('caseImport.tableLabel')} tabIndex={0}>
        <table className="data-table" aria-label={t('caseImport.tableLabel')}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`caseImport.columns.${c}`, { zone: zoneName(t, timeZone) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {listed.slice(0, shown).map((row) => {
              const cells = rowCells(t, row, timeZone);
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
      {more > 0 && (
        <p className="import-more">
          {t('caseImport.showing', { shown: number.format(shown), total: number.format(listed.length) })}{' '}
          <button type="button" onClick={() => setShown(shown + PAGE_ROWS)}>
            {t('caseImport.showMore', { count: more, more: number.format(more) })}
          </button>
        </p>
      )}
    </>
  );
}
