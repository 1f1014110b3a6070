import { quotaView, type CaseFacts } from '../store/case-facts';
import { caseCategory } from '../../core/catalog';
import { checkOpenCase, usedFromDailyCounts } from '../../core/quota';
import { dueAt } from '../../core/sla';
import type { Subscription } from '../../core/subscription';
import { beijingDateOf, daysInMonth, monthOf, type MonthKey } from '../../core/time';
import type { CaseRecordStored } from '../ipc/contract';
import type { NewCaseRequest } from '../ipc/contract/cases';
import { notFound, Refusal, refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import { calendarOf } from './calendar-of';
import { currentSubscription, timelineOf } from './subscription-plans';

export function subscriptionOf(data: Readonly<DeskData>, partnerId: string): Subscription {
  if (!data.partners.some((p) => p.id === partnerId)) throw notFound('partner', partnerId);
  const current = currentSubscription(data, partnerId);
  if (!current) throw new Refusal({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'S5', message: 'The partner has no support plan; subscribe first.', data: {} });
  return timelineOf(current);
}

/** Q4: the quota view of stored cases (voided cases do not count, withdrawn ones do). */
export const asQuotaCases = (cases: readonly CaseRecordStored[]) => cases.map(quotaView);

export type NewCase = Omit<NewCaseRequest, 'customer' | 'vendorRef' | 'notes'> & Partial<Pick<NewCaseRequest, 'customer' | 'vendorRef' | 'notes'>>;

/**
 * Checks one new case against the plan and the month's quota and builds the record to store:
 * P3 (kind and category), P2 (severity), Q1-Q5 (quota, with packs), C1/C4 (due time).
 * `monthCases` are the partner's cases already in the case's Beijing month. Throws a Refusal.
 */
export function buildCase(
  input: {
    data: Readonly<DeskData>;
    request: NewCase;
    id: string;
    now: string;
  } & ({ monthCases: readonly CaseRecordStored[] } | { /** Q1/Q4/Q5: the month's cases that count toward the quota, already counted (an import's running count). */ usedThisMonth: number }),
): CaseRecordStored {
  const { data, request } = input;
  const subscription = subscriptionOf(data, request.partnerId);
  // P3: the category says which kind of support the case asks for.
  if (caseCategory(request.category)?.kind !== request.kind) {
    throw new Refusal({ code: 'INVALID_INPUT', rule: 'P3', field: 'category', message: `The category ${request.category} is not a ${request.kind} case.`, data: { field: 'category' } });
  }
  const severity = request.severity ? { severity: request.severity } : {};
  const allowed = checkOpenCase({
    subscription,
    ...('usedThisMonth' in input ? { used: input.usedThisMonth } : { cases: asQuotaCases(input.monthCases) }),
    packs: data.packs.filter((p) => p.partnerId === request.partnerId),
    request: { openedAt: request.openedAt, kind: request.kind, ...severity },
  });
  if (!allowed.ok) throw refuse(allowed.error);
  // C1 / C4: the due time from the level in force on the opening date.
  const due = dueAt({ subscription, calendar: calendarOf(data), openedAt: request.openedAt, ...severity });
  if (!due.ok) throw refuse(due.error);
  return {
    id: input.id,
    partnerId: request.partnerId,
    customer: request.customer ?? '',
    kind: request.kind,
    category: request.category,
    severity: request.severity ?? null,
    openedAt: request.openedAt,
    level: due.value.level,
    dueAt: due.value.dueAt,
    vendorRef: request.vendorRef ?? '',
    notes: request.notes ?? '',
    state: 'open',
    respondedAt: null,
    respondedBy: '',
    correctedSeverity: null,
    history: [{ at: input.now, action: 'opened', reason: '' }],
    alerted: [],
  };
}

/**
 * Q1/Q4/Q5: how many of the partner's stored cases count toward the month's quota, from each
 * day's facts (kept in the index and in memory: no day file is read for it).
 */
export async function usedThisMonth(cases: { factsOf(day: string): Promise<unknown> }, subscription: Subscription, partnerId: string, month: MonthKey): Promise<number> {
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
