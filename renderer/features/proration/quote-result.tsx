import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { PriceBook } from '@core/money';

import { errorSentence } from '../../ui/error-sentence';
import { priceBookName } from '../settings/price-book-name';
import { BreakEvenPanel } from './break-even-panel';
import { OptionsTable } from './options-table';
import { dayRange, formatDay, type Formats, levelName, money, warningSentence } from './proration-format';
import type { Calculation } from './proration-types';
import { QuoteActions } from './quote-actions';
import { QuoteBreakdown } from './quote-breakdown';

/** `reviewed`: M2, whether the prices are still the shipped sample; the quote names them so. */
type Props = { calculation: Calculation; priceBook: PriceBook; reviewed: boolean; onError: (error: unknown) => void };

export function QuoteResult({ calculation, priceBook, reviewed, onError }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { scenario, chosen } = calculation;
  const formats: Formats = { t, language, currency: scenario.currency };
  const heading = useRef<HTMLHeadingElement>(null);
  const pricesName = priceBookName(t, { priceBook, reviewed });

  // Keyboard and screen-reader users land on the new quote, which also scrolls it into view.
  useEffect(() => heading.current?.focus(), [calculation]);
  return (
    <article className="quote-result" aria-labelledby="quote-title">
      <header>
        <h2 id="quote-title" ref={heading} tabIndex={-1}>
          {t('proration.result.title', { from: levelName(t, scenario.currentLevel), to: levelName(t, chosen.target), date: formatDay(scenario.on, language) })}
        </h2>
        <p className="quote-subtitle">
          {t('proration.result.subtitle', {
            who: scenario.partnerName ?? t('proration.text.adhoc'),
            billing: t(`catalog.billing.${scenario.billing}`),
            range: dayRange(formats, scenario.periodStart, scenario.periodEnd),
            paid: money(formats, scenario.segmentPaid),
            date: formatDay(scenario.segmentStart, language),
          })}
        </p>
      </header>
      {chosen.ok ? (
        <QuoteBreakdownWithWarnings calculation={calculation} formats={formats} />
      ) : (
        <p role="alert" className="form-error">
          {errorSentence(t, chosen.error)}
        </p>
      )}
      <OptionsTable calculation={calculation} formats={formats} />
      {scenario.currentLevel === 'standard' && <BreakEvenPanel priceBook={priceBook} billing={scenario.billing} formats={formats} />}
      <p className="hint">{t('proration.text.priceBook', { name: pricesName, currency: priceBook.currency })}</p>
      <QuoteActions calculation={calculation} priceBook={priceBook} pricesName={pricesName} formats={formats} onError={onError} />
    </article>
  );
}

function QuoteBreakdownWithWarnings({ calculation, formats }: { calculation: Calculation; formats: Formats }) {
  const { scenario, chosen } = calculation;
  if (!chosen.ok) return null;
  return (
    <>
      {chosen.warnings.length > 0 && (
        <ul className="quote-warnings">
          {chosen.warnings.map((w) => (
            <li key={w.code}>{warningSentence(formats.t, w, formats.language)}</li>
          ))}
        </ul>
      )}
      <QuoteBreakdown scenario={scenario} outcome={chosen} formats={formats} />
    </>
  );
}
