// P3 / Q1-Q5: may this case be opened?
import { levelLabel, planOf } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { levelOn, type Subscription } from '../subscription';
import { beijingDateOf, describeDate, type MonthKey, monthOf, nextMonthStart } from '../time';
import { type MonthCases, monthUsage } from './month-usage';
import type { OpenCaseRequest, PackPurchase } from './quota-types';
import { checkSeverity } from './severity-check';

export type OpenCaseOutcome = {
  readonly level: 'basic' | 'standard' | 'premier';
  readonly month: MonthKey;
  /** After this case; null when the case does not use a quota (Premier, service, Basic). */
  readonly remainingThisMonth: number | null;
};

export function checkOpenCase(
  input: {
    readonly subscription: Subscription;
    readonly packs: readonly PackPurchase[];
    readonly request: OpenCaseRequest;
  } & MonthCases,
): Result<OpenCaseOutcome> {
  const { subscription, request } = input;
  const date = beijingDateOf(request.openedAt);
  const month = monthOf(date);
  const level = levelOn(subscription, date);
  if (level === null) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', `The partner has no support plan in force on ${describeDate(date)}, so no case can be opened.`, { on: date });
  }
  if (request.kind === 'technical' && !planOf(level).technicalSupport) {
    return fail('TECH_SUPPORT_NOT_INCLUDED', 'P3', `${levelLabel(level)} includes service support only; technical cases need Standard or Premier.`, { level });
  }
  // P2: a severity the level does not offer is refused here. A missing one is the entry form's
  // to ask for (P3): the quota answer does not depend on it, and no rule code covers it.
  if (request.severity !== undefined) {
    const severity = checkSeverity(level, request.severity);
    if (!severity.ok) return severity;
  }
  if (request.kind !== 'technical' || level !== 'standard') return ok({ level, month, remainingThisMonth: null });

  const usage = monthUsage({ ...input, month, asOf: date });
  const limit = usage.limit ?? 0;
  if (usage.used >= limit) {
    // Q3: refused once the month holds 30 + 10 × packs technical cases.
    const resetOn = nextMonthStart(date);
    return fail(
      'TICKET_QUOTA_EXHAUSTED',
      'Q3',
      `Standard includes ${usage.included} technical cases a month${usage.packs.length > 0 ? ` plus ${limit - usage.included} from add-on packs` : ''}; ${usage.used} are used; buy an add-on pack of 10 or wait until ${describeDate(resetOn)}.`,
      { level, month, used: usage.used, limit, included: usage.included, resetOn },
    );
  }
  return ok({ level, month, remainingThisMonth: limit - usage.used - 1 });
}
