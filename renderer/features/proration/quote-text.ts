// The quote as plain text in the user's language, for the clipboard (every number of the screen).
import { BREAK_EVEN_CASE_BOUND, breakEven, type PriceBook } from '@core/money';

import { errorSentence } from '../../ui/error-sentence';
import { breakEvenSentence } from './break-even-text';
import {
  breakdownRows,
  dayRange,
  formatDay,
  type Formats,
  levelName,
  money,
  netSentence,
  optionLabel,
  pendingSentence,
  warningSentence,
} from './proration-format';
import type { Calculation } from './proration-types';

/** `prices`: the price book and the name the quote gives it (M2: see priceBookName). */
export function quoteText(f: Formats, calculation: Calculation, prices: { priceBook: PriceBook; name: string }): string {
  const { priceBook } = prices;
  const { t, language } = f;
  const { scenario, chosen, options } = calculation;
  const from = scenario.currentLevel;
  const lines = [
    t('proration.text.title', { who: scenario.partnerName ?? t('proration.text.adhoc') }),
    t('proration.text.change', { from: levelName(t, from), to: levelName(t, chosen.target), date: formatDay(scenario.on, language) }),
    t('proration.text.period', { billing: t(`catalog.billing.${scenario.billing}`), range: dayRange(f, scenario.periodStart, scenario.periodEnd) }),
    t('proration.text.paid', { amount: money(f, scenario.segmentPaid), date: formatDay(scenario.segmentStart, language) }),
    '',
  ];
  if (chosen.ok) {
    for (const row of breakdownRows(f, scenario, chosen)) lines.push(`${row.label}: ${row.formula} = ${row.value}`);
    lines.push(netSentence(f, chosen));
    const pending = pendingSentence(f, chosen);
    if (pending) lines.push(pending);
    for (const w of chosen.warnings) lines.push(warningSentence(t, w, language));
  } else {
    lines.push(errorSentence(t, chosen.error));
  }
  lines.push('', t('proration.options.title', { date: formatDay(scenario.on, language) }));
  if (from !== null) lines.push(`- ${optionLabel(t, from, from)}: ${money(f, 0)}`);
  for (const o of options) {
    const value = o.ok ? `${money(f, o.quote.net)} (${netSentence(f, o)})` : errorSentence(t, o.error);
    lines.push(`- ${optionLabel(t, from, o.target)}: ${value}`);
  }
  if (from === 'standard') {
    lines.push('', breakEvenSentence(f, breakEven({ priceBook, billing: scenario.billing, bound: BREAK_EVEN_CASE_BOUND })));
  }
  lines.push('', t('proration.text.priceBook', { name: prices.name, currency: priceBook.currency }));
  return lines.join('\n');
}
