// S5 / P2 / P3 / Q1-Q5 / C1 / C4: may a new case be logged, and at which level and due time;
// and what the entry form shows about it before it is.
import type { HolidayCalendar } from '../calendar';
import { caseCategory, type CaseCategoryId, type CaseKind, type Level, planOf, type SeverityId, severityIds } from '../catalog';
import { fail, forward, ok, type Result } from '../errors';
import type { PriceBook } from '../money';
import { checkOpenCase, type MonthCases, monthUsage, type PackPurchase } from '../quota';
import { dueAt } from '../sla';
import { checkHasSubscription, levelOn, type Subscription } from '../subscription';
import { beijingDateOf, type IsoInstant, monthOf } from '../time';

export type NewCaseFacts = {
  readonly kind: CaseKind;
  readonly category: CaseCategoryId;
  /** Omitted on Basic (P2). */
  readonly severity?: SeverityId;
  readonly openedAt: IsoInstant;
};

/** C4: the level in force on the opening date, and the due instant it gives (C1). */
export type CaseOpening = { readonly level: Level; readonly dueAt: IsoInstant };

/**
 * Checks one new case against the partner's plan (null: it never subscribed, S5) and the month's
 * quota: P3 (kind and category), P2 (severity), Q1-Q5 (quota, with the packs bought by its
 * date), then C1 / C4 (due time). `cases` or `used` are the partner's month as MonthCases says.
 */
export function checkNewCase(
  input: {
    readonly subscription: Subscription | null;
    readonly calendar: HolidayCalendar;
    readonly packs: readonly PackPurchase[];
    readonly request: NewCaseFacts;
  } & MonthCases,
): Result<CaseOpening> {
  const { request } = input;
  const plan = checkHasSubscription(input.subscription);
  if (!plan.ok) return forward(plan);
  const subscription = plan.value;
  // P3: the category says which kind of support the case asks for.
  if (caseCategory(request.category)?.kind !== request.kind) {
    return fail('INVALID_INPUT', 'P3', `The category ${request.category} is not a ${request.kind} case.`, { field: 'category' });
  }
  const severity = request.severity ? { severity: request.severity } : {};
  const allowed = checkOpenCase({
    subscription,
    ...('used' in input ? { used: input.used } : { cases: input.cases }),
    packs: input.packs,
    request: { openedAt: request.openedAt, kind: request.kind, ...severity },
  });
  if (!allowed.ok) return forward(allowed);
  // C1 / C4: the due time from the level in force on the opening date.
  const due = dueAt({ subscription, calendar: input.calendar, openedAt: request.openedAt, ...severity });
  if (!due.ok) return forward(due);
  return ok({ level: due.value.level, dueAt: due.value.dueAt });
}

/** What the entry form shows before a case is logged: the level, its severities and the quota. */
export type CaseEntryOutlook = {
  readonly level: Level | null;
  /** P2: the severities the level offers, with their targets in minutes (none on Basic). */
  readonly severities: { id: SeverityId; targetMinutes: number }[];
  /** Q3: technical cases left this month before this one; null when not counted. */
  readonly remaining: number | null;
  readonly limit: number | null;
  /** Q2 / M7: the price of one add-on pack, where the level sells them. */
  readonly pack: { price: number; currency: string } | null;
};

/**
 * The outlook for a case opened at `openedAt`, with `used` cases of its Beijing month already
 * counting toward the quota (countsTowardQuota).
 */
export function caseEntryOutlook(input: {
  readonly subscription: Subscription;
  readonly used: number;
  readonly packs: readonly PackPurchase[];
  readonly openedAt: IsoInstant;
  readonly priceBook: Pick<PriceBook, 'addonPackPrice' | 'currency'>;
}): CaseEntryOutlook {
  const { subscription, priceBook } = input;
  const date = beijingDateOf(input.openedAt);
  const level = levelOn(subscription, date);
  const targets = level ? planOf(level).responseTargets : {};
  // Q3: what is left before this case, with the packs bought by its date (Q2).
  const usage = monthUsage({ subscription, used: input.used, packs: input.packs, month: monthOf(date), asOf: date });
  // Q1 / Q5: only a case opened on Standard counts toward a month's quota and can use a pack;
  // Premier is unlimited and Basic has no technical cases.
  const counted = level === 'standard';
  return {
    level,
    severities: severityIds.flatMap((id) => (targets[id] === undefined ? [] : [{ id, targetMinutes: targets[id] }])),
    remaining: counted ? usage.remaining : null,
    limit: counted ? usage.limit : null,
    pack: counted ? { price: priceBook.addonPackPrice, currency: priceBook.currency } : null,
  };
}
