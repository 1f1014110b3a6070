import { useTranslation } from 'react-i18next';
import { breakdownRows, netSentence, pendingSentence, type Formats } from './proration-format';
import type { Outcome, Scenario } from './proration-types';

type Props = { scenario: Scenario; outcome: Extract<Outcome, { ok: true }>; formats: Formats };

/** M3-M6: every number of the chosen change, with the days and the formula spelled out. */
export function QuoteBreakdown({ scenario, outcome, formats }: Props) {
  const { t } = useTranslation();
  const pending = pendingSentence(formats, outcome);
  return (
    <>
      <table className="data-table quote-table" aria-label={t('proration.breakdown.title')}>
        <thead>
          <tr>
            <th scope="col">{t('proration.breakdown.columns.item')}</th>
            <th scope="col">{t('proration.breakdown.columns.formula')}</th>
            <th scope="col" className="amount">
              {t('proration.breakdown.columns.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {breakdownRows(formats, scenario, outcome).map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.formula}</td>
              <td className="amount">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`quote-net ${outcome.quote.net < 0 ? 'refund' : ''}`}>{netSentence(formats, outcome)}</p>
      {pending && <p className="hint">{pending}</p>}
    </>
  );
}
