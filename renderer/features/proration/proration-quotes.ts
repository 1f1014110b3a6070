// Asks main for every move from the current level: a stored partner through subscriptions/quote
// (which also gives S4/P4 warnings and refusals), ad-hoc numbers through proration/quote.
import { periodFee, type PriceBook } from '@core/money';
import { changeKindOf } from '@core/subscription';
import type { ErrorBody } from '@main/ipc/contract';

import { ApiError, call } from '../../api/bridge';
import { type Calculation, type Outcome, type Scenario, type Target, TARGETS } from './proration-types';

const failure = (target: Target, caught: unknown): Outcome => {
  if (caught instanceof ApiError) return { ok: false, target, error: caught.body };
  throw caught;
};

async function partnerOutcome(scenario: Scenario, priceBook: PriceBook, target: Target): Promise<Outcome> {
  try {
    const answer = await call('subscriptions/quote', { partnerId: scenario.partnerId ?? '', request: { action: 'change', on: scenario.on, level: target } });
    if (answer.action !== 'change') throw new Error('A change request must be quoted as a change.');
    const newPeriodFee = target === null ? null : periodFee(priceBook, target, scenario.billing);
    return { ok: true, target, kind: answer.plan.kind, quote: answer.quote, newPeriodFee, warnings: answer.warnings };
  } catch (caught) {
    return failure(target, caught);
  }
}

async function adhocOutcome(scenario: Scenario, priceBook: PriceBook, target: Target): Promise<Outcome> {
  const from = scenario.currentLevel;
  // S4 worded as main words it, without asking main: ad-hoc has no stored timeline.
  if (from === null) return { ok: false, target, error: { code: 'NO_ACTIVE_SUBSCRIPTION', message: '' } };
  if (from === target) return { ok: false, target, error: { code: 'SAME_LEVEL', message: '', data: { level: from } } satisfies ErrorBody };
  // S4 / M5: upgrade, downgrade or unsubscribe, decided as core decides it for a stored partner.
  const kind = changeKindOf(from, target);
  const newPeriodFee = target === null ? null : periodFee(priceBook, target, scenario.billing);
  try {
    const quote = await call('proration/quote', {
      kind,
      periodStart: scenario.periodStart,
      periodEnd: scenario.periodEnd,
      segmentStart: scenario.segmentStart,
      segmentPaid: scenario.segmentPaid,
      ...(newPeriodFee === null ? {} : { newPeriodFee }),
      on: scenario.on,
    });
    return { ok: true, target, kind, quote, newPeriodFee, warnings: [] };
  } catch (caught) {
    return failure(target, caught);
  }
}

/** The chosen change and every other option, each through the same channel. */
export async function calculate(scenario: Scenario, priceBook: PriceBook, chosen: Target): Promise<Calculation> {
  const quoteOf = scenario.partnerId === null ? adhocOutcome : partnerOutcome;
  const others = TARGETS.filter((target) => target !== chosen && target !== scenario.currentLevel);
  const [first, ...rest] = await Promise.all([chosen, ...others].map((target) => quoteOf(scenario, priceBook, target)));
  if (!first) throw new Error('The chosen target is always quoted.');
  const byTarget = new Map([first, ...rest].map((o) => [o.target, o]));
  const options = TARGETS.filter((target) => target !== scenario.currentLevel).flatMap((target) => byTarget.get(target) ?? []);
  return { scenario, chosen: first, options };
}
