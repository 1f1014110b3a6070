import type { TFunction } from 'i18next';

import type { CurrencyTotal } from '@core/reports';

import { formatMoney } from '../../ui/money';

/**
 * C2: a met rate in basis points as a number with two decimals ("66.67"): the column's header
 * says "(%)", so the cells do not repeat it. A dash when nothing is decided yet.
 */
export function rateText(bp: number | null, locale: string): string {
  return bp === null ? '—' : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bp / 100);
}

/**
 * M8 / M9: a total of the known amounts, per currency, followed by how many fees are not known
 * yet: "CN¥0.00" alone would read as nothing to pay while a fee is still pending.
 */
export function totalText(t: TFunction, totals: readonly CurrencyTotal[], pending: number, locale: string): string {
  const known = totals.length === 0 ? formatMoney(0, 'CNY', locale) : totals.map((x) => formatMoney(x.amount, x.currency, locale)).join(' + ');
  return pending === 0 ? known : t('reports.billing.totalWithPending', { total: known, count: pending });
}
