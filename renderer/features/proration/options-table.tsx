import { errorSentence } from '../../ui/error-sentence';
import { formatDay, money, netSentence, optionLabel, type Formats } from './proration-format';
import type { Calculation } from './proration-types';

type Props = { calculation: Calculation; formats: Formats };

/** Every move from the current level side by side, each quoted through the same channel. */
export function OptionsTable({ calculation, formats }: Props) {
  const { t, language } = formats;
  const { scenario, options } = calculation;
  const from = scenario.currentLevel;
  const title = t('proration.options.title', { date: formatDay(scenario.on, language) });
  return (
    <section>
      <h3>{title}</h3>
      <table className="data-table" aria-label={title}>
        <thead>
          <tr>
            <th scope="col">{t('proration.options.columns.option')}</th>
            <th scope="col" className="amount">
              {t('proration.options.columns.net')}
            </th>
            <th scope="col">{t('proration.options.columns.effect')}</th>
          </tr>
        </thead>
        <tbody>
          {from !== null && (
            <tr>
              <th scope="row">{optionLabel(t, from, from)}</th>
              <td className="amount">{money(formats, 0)}</td>
              <td>{t('proration.options.stayEffect')}</td>
            </tr>
          )}
          {options.map((o) => (
            <tr key={o.target ?? 'none'} className={o.target === calculation.chosen.target ? 'chosen' : undefined}>
              <th scope="row">{optionLabel(t, from, o.target)}</th>
              <td className="amount">{o.ok ? money(formats, o.quote.net) : '—'}</td>
              <td>{o.ok ? netSentence(formats, o) : errorSentence(t, o.error)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
