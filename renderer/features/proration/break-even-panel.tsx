import { breakEven, monthlyCostsAt, type PriceBook } from '../../../core/money';
import { planCatalog } from '../../../core/catalog';
import type { BillingMode } from '../../../core/subscription';
import { breakEvenRows, breakEvenSentence } from './break-even-text';
import { money, type Formats } from './proration-format';

type Props = { priceBook: PriceBook; billing: BillingMode; formats: Formats };

/** For a Standard partner: from how many technical cases a month Premier costs less (Q1-Q3, M2). */
export function BreakEvenPanel({ priceBook, billing, formats }: Props) {
  const { t } = formats;
  const input = { priceBook, billing };
  const answer = breakEven(input);
  const rows = breakEvenRows(answer, (n) => monthlyCostsAt(n, input), planCatalog.plans.standard.technicalCasesPerMonth ?? 0);
  const title = t('proration.breakEven.title');
  return (
    <section className="break-even">
      <h3>{title}</h3>
      <p className="break-even-answer">{breakEvenSentence(formats, answer)}</p>
      <p className="hint">
        {t('proration.breakEven.basis', { billing: t(`catalog.billing.${billing}`), packPrice: money(formats, priceBook.addonPackPrice) })}
      </p>
      <table className="data-table compact" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{t('proration.breakEven.columns.cases')}</th>
            <th scope="col">{t('proration.breakEven.columns.packs')}</th>
            <th scope="col" className="amount">
              {t('catalog.levels.standard')}
            </th>
            <th scope="col" className="amount">
              {t('catalog.levels.premier')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cases} className={row.cases === answer.at.cases ? 'chosen' : undefined}>
              <th scope="row">{row.cases}</th>
              <td>{row.packs}</td>
              <td className="amount">{money(formats, row.standard)}</td>
              <td className="amount">{money(formats, row.premier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
