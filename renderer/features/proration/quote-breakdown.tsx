import { useTranslation } from 'react-i18next';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { type BreakdownRow, breakdownRows, type Formats, netSentence, pendingSentence } from './proration-format';
import type { Outcome, Scenario } from './proration-types';

type Props = { scenario: Scenario; outcome: Extract<Outcome, { ok: true }>; formats: Formats };

/** M3-M6: every number of the chosen change, with the days and the formula spelled out. */
export function QuoteBreakdown({ scenario, outcome, formats }: Props) {
  const { t } = useTranslation();
  const pending = pendingSentence(formats, outcome);
  const columns: SimpleColumn<BreakdownRow>[] = [
    { id: 'item', header: t('proration.breakdown.columns.item'), rowHeader: true, cell: (row) => row.label },
    { id: 'formula', header: t('proration.breakdown.columns.formula'), cell: (row) => row.formula },
    { id: 'value', header: t('proration.breakdown.columns.value'), align: 'end', cell: (row) => row.value },
  ];
  return (
    <>
      <SimpleTable
        columns={columns}
        rows={breakdownRows(formats, scenario, outcome)}
        getRowKey={(row) => row.key}
        label={t('proration.breakdown.title')}
        className="quote-table"
        rowProps={(row) => ({ 'data-row': row.key })}
      />
      <p className={`quote-net ${outcome.quote.net < 0 ? 'refund' : ''}`}>{netSentence(formats, outcome)}</p>
      {pending && <p className="hint">{pending}</p>}
    </>
  );
}
