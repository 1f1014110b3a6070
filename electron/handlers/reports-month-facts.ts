// Q1-Q5, C2/C3: a month's quota counts and SLA outcomes from the store's per-day facts (see
// CaseFacts), so a summary of a whole portfolio's month reads no day file that is not in memory.
import type { HolidayCalendar } from '@core/calendar';
import { usedFromDailyCounts } from '@core/quota';
import type { SlaOutcome } from '@core/reports';
import type { Subscription } from '@core/subscription';
import { beijingDateOf, daysInMonth, type IsoDate, type MonthKey } from '@core/time';

import type { CaseFacts } from '../store/case-facts';
import { ratedForSla, readSlaFact, severityOfKey, workedOn } from '../store/case-sla-facts';
import type { StoredCase } from '../store/records/cases';
import { caseOutcome } from './case-clock';
import type { DeskStore } from './context';

/** Each day of a month that holds cases, with its facts. */
export type MonthFacts = readonly (readonly [day: IsoDate, facts: CaseFacts])[];

export async function monthFacts(store: DeskStore, month: MonthKey): Promise<MonthFacts> {
  const cases = store.collection('cases');
  const days: [IsoDate, CaseFacts][] = [];
  for (let day = 1; day <= daysInMonth(month); day++) {
    const key = `${month}-${day < 10 ? '0' : ''}${day}`;
    const facts = (await cases.factsOf(key)) as CaseFacts | undefined;
    if (facts) days.push([key, facts]);
  }
  return days;
}

/** Q1 / Q4 / Q5: the partner's technical cases of the month that count toward its quota. */
export function usedInMonth(days: MonthFacts, subscription: Subscription, partnerId: string): number {
  return usedFromDailyCounts(
    subscription,
    days.map(([day, facts]) => [day, facts[partnerId]?.t ?? 0] as const),
  );
}

/**
 * C2 / C3: the outcome of every case of the month in the met rate (one partner's when
 * `partnerId` names one): those no longer worked on from the facts (a day whose SLA fact does
 * not read back is read from its file instead), those still worked on from memory, where the
 * store keeps them.
 */
export async function monthSlaOutcomes(input: {
  store: DeskStore;
  days: MonthFacts;
  month: MonthKey;
  partnerId?: string | undefined;
  calendar: HolidayCalendar;
  nowMs: number;
}): Promise<SlaOutcome[]> {
  const { store, calendar, nowMs, partnerId } = input;
  const outcomes: SlaOutcome[] = [];
  const add = (c: StoredCase) => outcomes.push(caseOutcome(c, calendar, nowMs));
  for (const [day, facts] of input.days) {
    for (const [partner, of] of Object.entries(facts)) {
      if (partnerId !== undefined && partner !== partnerId) continue;
      const fact = readSlaFact(of.s);
      if (!fact) {
        for (const c of await store.collection('cases').peek(day)) if (c.partnerId === partner && !workedOn(c) && ratedForSla(c)) add(c);
        continue;
      }
      for (const [key, [met, missed, notGuaranteed]] of fact.tally) {
        const severity = severityOfKey(key) ?? null;
        for (let i = 0; i < met; i++) outcomes.push({ severity, guaranteed: true, clockStatus: 'met' });
        for (let i = 0; i < missed; i++) outcomes.push({ severity, guaranteed: true, clockStatus: 'missed' });
        for (let i = 0; i < notGuaranteed; i++) outcomes.push({ severity, guaranteed: false, clockStatus: 'met' });
      }
      // caseOutcome reads only a case's clock: what the fact keeps of it.
      for (const inputs of fact.raw) add({ ...inputs, id: `${day} ${partner}` } as StoredCase);
    }
  }
  for (const c of store.collection('cases').inMemory()) {
    if (beijingDateOf(c.openedAt).startsWith(`${input.month}-`) && (partnerId === undefined || c.partnerId === partnerId) && ratedForSla(c)) add(c);
  }
  return outcomes;
}
