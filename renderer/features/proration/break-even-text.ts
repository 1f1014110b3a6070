import type { BreakEven, MonthlyCosts } from '@core/money';

import { type Formats, money } from './proration-format';

/** The break-even answer as one sentence (Q3 packs against Premier's fee). */
export function breakEvenSentence(f: Formats, answer: BreakEven): string {
  const { at } = answer;
  const values = { cases: at.cases, packs: at.packs, standard: money(f, at.standard), premier: money(f, at.premier) };
  return f.t(`proration.breakEven.${answer.kind}`, values);
}

/** The rows of the small table: the included 30, the case count just before, and the answer. */
export function breakEvenRows(answer: BreakEven, costsAt: (cases: number) => MonthlyCosts, included: number): MonthlyCosts[] {
  const cases = answer.at.cases;
  const wanted = answer.kind === 'from' ? [included, cases - 1, cases] : [included, cases];
  return [...new Set(wanted.filter((n) => n >= 0))].sort((a, b) => a - b).map(costsAt);
}
