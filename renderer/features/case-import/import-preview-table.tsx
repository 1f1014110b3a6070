import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportRow } from '@main/ipc/contract';

import { errorSentence } from '../../ui/error-sentence';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { rowCells } from './import-cells';
import { zoneName } from './import-times';

const COLUMNS = ['line', 'status', 'partner', 'customer', 'kind', 'category', 'severity', 'openedAt', 'vendorRef', 'reason'] as const;

/** A row of the file with its cells as shown, and what became of it (`stored` once imported). */
type PreviewRow = { row: ImportRow; cells: ReturnType<typeof rowCells>; outcome: ImportRow['outcome'] | 'stored' };

/** What each column shows. */
const CELLS: Record<(typeof COLUMNS)[number], (p: PreviewRow, t: TFunction) => ReactNode> = {
  line: (p) => p.row.line,
  status: (p, t) => <span className={`import-outcome ${p.row.outcome}`}>{t(`caseImport.outcomes.${p.outcome}`)}</span>,
  partner: (p) => p.row.partnerName,
  customer: (p) => p.row.customer,
  kind: (p) => p.cells.kind,
  category: (p) => p.cells.category,
  severity: (p) => p.cells.severity,
  openedAt: (p) => p.cells.openedAt,
  vendorRef: (p) => p.row.vendorRef,
  reason: (p, t) => (p.row.error ? errorSentence(t, p.row.error) : ''),
};

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
  const columns = COLUMNS.map(
    (id): SimpleColumn<PreviewRow> => ({
      id,
      header: t(`caseImport.columns.${id}`, { zone: zoneName(t, timeZone) }),
      cell: (p) => CELLS[id](p, t),
    }),
  );
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
        <SimpleTable
          columns={columns}
          rows={listed
            .slice(0, shown)
            .map((row): PreviewRow => ({ row, cells: rowCells(t, row, timeZone), outcome: stored && row.outcome === 'ok' ? 'stored' : row.outcome }))}
          getRowKey={(p) => String(p.row.line)}
          label={t('caseImport.tableLabel')}
          rowProps={(p) => ({ className: `import-row ${p.row.outcome}` })}
        />
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
