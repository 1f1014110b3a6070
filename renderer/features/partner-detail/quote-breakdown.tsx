import { useTranslation } from 'react-i18next';

import type { PlanQuote } from '@main/ipc/contract';

import { formatDate, formatPeriod } from '../../ui/dates';
import { warningSentence } from '../../ui/error-sentence';
import { formatMoney } from '../../ui/money';
import { priceBookName } from '../settings/price-book-name';
import { usePriceBook } from '../settings/price-book-store';

/** Every number behind a quote, with the days and the M4 formula spelled out. */
export function QuoteBreakdown({ quote }: { quote: PlanQuote }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const money = (minor: number) => formatMoney(minor, quote.currency, lng);
  const priceBook = usePriceBook((s) => s.priceBook);
  const reviewed = usePriceBook((s) => s.reviewed);
  return (
    <div className="quote-breakdown">
      {quote.warnings.map((w) => (
        <p key={w.code} className="warning" role="note">
          {warningSentence(t, w, lng)}
        </p>
      ))}
      {quote.action !== 'change' ? (
        <dl>
          <dt>{t('partnerDetail.quote.period')}</dt>
          <dd>{formatPeriod(quote.period, lng)}</dd>
          <dt>{t('partnerDetail.quote.prepayment', { level: t(`catalog.levels.${quote.level}`) })}</dt>
          <dd className="amount">{money(quote.fee)}</dd>
        </dl>
      ) : (
        <dl>
          <dt>{t('partnerDetail.quote.kind')}</dt>
          <dd>
            {t(`catalog.changeKinds.${quote.plan.kind}`)}: {t(`catalog.levels.${quote.plan.from}`)} →{' '}
            {quote.plan.to ? t(`catalog.levels.${quote.plan.to}`) : t('catalog.noLevel')}
          </dd>
          <dt>{t('partnerDetail.quote.days')}</dt>
          <dd>
            {t('partnerDetail.quote.daysValue', { remaining: quote.quote.remainingDays, period: quote.quote.periodDays, segment: quote.quote.segmentDays })}
          </dd>
          <dt>{t('partnerDetail.quote.oldSurplus')}</dt>
          <dd className="amount">{money(quote.quote.oldSurplus)}</dd>
          {quote.plan.to !== null && (
            <>
              <dt>{t('partnerDetail.quote.newRemaining')}</dt>
              <dd className="amount">{money(quote.quote.newRemaining)}</dd>
            </>
          )}
          <dt>{quote.quote.net >= 0 ? t('partnerDetail.quote.charge') : t('partnerDetail.quote.refund')}</dt>
          <dd className="amount total">{money(Math.abs(quote.quote.net))}</dd>
          {quote.quote.pendingIncremental && (
            <>
              <dt>{t('partnerDetail.quote.pendingIncremental')}</dt>
              <dd>{t('partnerDetail.quote.pendingIncrementalValue', { on: formatDate(quote.quote.pendingIncremental.settlesOn, lng) })}</dd>
            </>
          )}
        </dl>
      )}
      {/* M2: the prices a quote is worked out from, by the name the manager gave them. */}
      {priceBook && <p className="hint">{t('proration.text.priceBook', { name: priceBookName(t, { priceBook, reviewed }), currency: quote.currency })}</p>}
      {quote.action === 'change' && (
        <p className="hint">{t(quote.plan.to === null ? 'partnerDetail.quote.formulaUnsubscribe' : 'partnerDetail.quote.formula')}</p>
      )}
    </div>
  );
}
