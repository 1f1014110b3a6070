import { planCatalog } from '@core/catalog';
import { breakEven, type MonthlyCosts, monthlyCostsAt, type PriceBook } from '@core/money';
import type { BillingMode } from '@core/subscription';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { breakEvenRows, breakEvenSentence } from './break-even-text';
import { type Formats, money } from './proration-format';

type Props = { priceBook: PriceBook; billing: BillingMode; formats: Formats };

/** For a Standard partner: from how many technical cases a month Premier costs less (Q1-Q3, M2). */
export function BreakEvenPanel({ priceBook, billing, formats }: Props) {
  const { t } = formats;
  const input = { priceBook, billing };
  const answer = breakEven(input);
  const rows = breakEvenRows(answer, (n) => monthlyCostsAt(n, input), planCatalog.plans.standard.technicalCasesPerMonth ?? 0);
  const title = t('proration.breakEven.title');
  const columns: SimpleColumn<MonthlyCosts>[] = [
    { id: 'cases', header: t('proration.breakEven.columns.cases'), rowHeader: true, cell: (row) => row.cases },
    { id: 'packs', header: t('proration.breakEven.columns.packs'), cell: (row) => row.packs },
    { id: 'standard', header: t('catalog.levels.standard'), align: 'end', cell: (row) => money(formats, row.standard) },
    { id: 'premier', header: t('catalog.levels.premier'), align: 'end', cell: (row) => money(formats, row.premier) },
  ];
  return (
    <section className="break-even">
      <h3>{title}</h3>
      <p className="break-even-answer">{breakEvenSentence(formats, answer)}</p>
      <p className="hint">
        {t('proration.breakEven.basis', { billing: t(`catalog.billing.${billing}`), packPrice: money(formats, priceBook.addonPackPrice) })}
      </p>
      <SimpleTable
        columns={columns}
        rows={rows}
        getRowKey={(row) => String(row.cases)}
        label={title}
        className="compact"
        rowProps={(row) => ({ className: row.cases === answer.at.cases ? 'chosen' : undefined })}
      />
    </section>
  );
}
