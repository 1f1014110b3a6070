import { checkNewCase } from '@core/cases';
import { forward, ok, type Result } from '@core/errors';
import { usedFromDailyCounts } from '@core/quota';
import type { Subscription } from '@core/subscription';
import { beijingDateOf, daysInMonth, type MonthKey, monthOf } from '@core/time';

import type { NewCaseRequest } from '../ipc/contract/cases';
import { refuse } from '../ipc/refusal';
import { type CaseFacts, quotaView } from '../store/case-facts';
import type { DeskData } from '../store/desk-data';
import type { StoredCase } from '../store/records/cases';
import { calendarOf } from './calendar-of';
import type { DeskStore } from './context';
import { subscriptionOf } from './subscription-plans';

/** Q4: the quota view of stored cases (voided cases do not count, withdrawn ones do). */
export const asQuotaCases = (cases: readonly StoredCase[]) => cases.map(quotaView);

export type NewCase = Omit<NewCaseRequest, 'customer' | 'vendorRef' | 'notes'> & Partial<Pick<NewCaseRequest, 'customer' | 'vendorRef' | 'notes'>>;

/**
 * A new case to check: `monthCases` are the partner's cases already in the case's Beijing month,
 * or `usedThisMonth` those that count toward its quota, already counted (an import's running
 * count, Q1/Q4/Q5).
 */
type CaseEntry = { data: Readonly<DeskData>; request: NewCase; id: string; now: string } & ({ monthCases: readonly StoredCase[] } | { usedThisMonth: number });

/**
 * The record to store for a new case, or core's refusal (checkNewCase: S5, P3, P2, Q1-Q5,
 * C1/C4), for the partner's current plan (`subscription`, null when it never subscribed).
 */
export function newCaseRecord(input: CaseEntry & { subscription: Subscription | null }): Result<StoredCase> {
  const { data, request } = input;
  const checked = checkNewCase({
    subscription: input.subscription,
    calendar: calendarOf(data),
    packs: data.packs.filter((p) => p.partnerId === request.partnerId),
    request,
    ...('usedThisMonth' in input ? { used: input.usedThisMonth } : { cases: asQuotaCases(input.monthCases) }),
  });
  if (!checked.ok) return forward(checked);
  return ok({
    id: input.id,
    partnerId: request.partnerId,
    customer: request.customer ?? '',
    kind: request.kind,
    category: request.category,
    severity: request.severity ?? null,
    openedAt: request.openedAt,
    level: checked.value.level,
    dueAt: checked.value.dueAt,
    vendorRef: request.vendorRef ?? '',
    notes: request.notes ?? '',
    state: 'open',
    respondedAt: null,
    respondedBy: '',
    correctedSeverity: null,
    history: [{ at: input.now, action: 'opened', reason: '' }],
    alerted: [],
  });
}

/** The record of a case logged by hand (cases/open): an unknown partner or a refused case is the answer. */
export function buildCase(input: CaseEntry): StoredCase {
  const built = newCaseRecord({ ...input, subscription: subscriptionOf(input.data, input.request.partnerId) });
  if (!built.ok) throw refuse(built.error);
  return built.value;
}

/**
 * Q1/Q4/Q5: how many of the partner's stored cases count toward the month's quota, from each
 * day's facts (kept in the index and in memory: no day file is read for it).
 */
export async function usedThisMonth(
  cases: { factsOf(day: string): Promise<unknown> },
  subscription: Subscription,
  partnerId: string,
  month: MonthKey,
): Promise<number> {
  const days: [string, number][] = [];
  for (let day = 1; day <= daysInMonth(month); day++) {
    const key = `${month}-${day < 10 ? '0' : ''}${day}`;
    const facts = (await cases.factsOf(key)) as CaseFacts | undefined;
    const technical = facts?.[partnerId]?.t ?? 0;
    if (technical > 0) days.push([key, technical]);
  }
  return usedFromDailyCounts(subscription, days);
}

/** The Beijing month a case is counted in (Q1) and stored under. */
export const caseMonthOf = (openedAt: string): MonthKey => monthOf(beijingDateOf(openedAt));

/**
 * T1 / Q1: the cases opened in a Beijing month (its day files; a past month's are read from
 * disk), one partner's when `partnerId` names one: the case list, the service report and the
 * report summary read a month this one way.
 */
export async function casesOfMonth(store: DeskStore, month: string, partnerId?: string): Promise<StoredCase[]> {
  const cases = await store.collection('cases').inPartitions(month);
  return partnerId ? cases.filter((c) => c.partnerId === partnerId) : cases;
}
