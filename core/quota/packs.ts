// Q2: add-on packs of 10 technical cases, Standard only, valid to the end of the month.
import { levelLabel, planOf } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { levelOn, type Subscription } from '../subscription';
import { describeDate, type IsoDate, monthEnd } from '../time';

export type PackOutcome = { readonly count: number; readonly cases: number; readonly validUntil: IsoDate };

export function checkBuyPack(input: {
  readonly subscription: Subscription;
  readonly request: { readonly boughtOn: IsoDate; readonly count: number };
}): Result<PackOutcome> {
  const { boughtOn, count } = input.request;
  if (!Number.isInteger(count) || count < 1) {
    return fail('INVALID_INPUT', 'Q2', 'The number of add-on packs must be a whole number of at least 1.', { count });
  }
  const level = levelOn(input.subscription, boughtOn);
  if (level === null) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', `The partner has no support plan in force on ${describeDate(boughtOn)}.`, { on: boughtOn });
  }
  const perPack = planOf(level).addonPackCases;
  if (perPack === null) {
    return fail(
      'ADDON_NOT_APPLICABLE',
      'Q2',
      `Add-on packs are sold only with Standard; the partner is on ${levelLabel(level)} on ${describeDate(boughtOn)}.`,
      { level, on: boughtOn },
    );
  }
  // Q2: valid from the purchase date to the end of that calendar month; unused cases are lost.
  return ok({ count, cases: count * perPack, validUntil: monthEnd(boughtOn) });
}
