// What needs doing today, most urgent first, from the rules of every area.
import { beijingDateOf, parseInstant } from '../time';
import { bookingItems } from './booking-items';
import { caseItems } from './case-items';
import { planItems } from './plan-items';
import { quotaItems } from './quota-items';
import { type TodayInput, type TodayItem, type TodayKind, URGENCIES } from './today-types';

const rank = new Map(URGENCIES.map((u, i) => [u, i]));

// Code-point order: the same on every machine, and quick over thousands of items.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const partnerOf = (i: TodayItem) => ('partnerName' in i ? i.partnerName : '');

/** Most urgent first; within an urgency, the earliest instant or date, then the partner. */
export function byUrgency(a: TodayItem, b: TodayItem): number {
  return (rank.get(a.urgency) ?? 0) - (rank.get(b.urgency) ?? 0) || compare(a.when, b.when) || compare(partnerOf(a), partnerOf(b)) || compare(a.id, b.id);
}

export type TodayList = {
  /** The most urgent items of each kind, at most `perKind` of each, most urgent first. */
  readonly items: TodayItem[];
  /** How many items of each kind there are in all (a kind with none is left out). */
  readonly counts: Partial<Record<TodayKind, number>>;
  readonly total: number;
};

/**
 * todayItems with each kind cut to its `perKind` most urgent items: a backlog of thousands of
 * breached cases is said in one number, and the SLA clocks view lists them all.
 */
export function todayList(input: TodayInput, perKind: number): TodayList {
  const counts: Partial<Record<TodayKind, number>> = {};
  const items = todayItems(input).filter((i) => {
    const seen = (counts[i.kind] ?? 0) + 1;
    counts[i.kind] = seen;
    return seen <= perKind;
  });
  return { items, counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
}

export function todayItems(input: TodayInput): TodayItem[] {
  const nowMs = parseInstant(input.now);
  // T1: "today" is the Beijing date, whatever the laptop's zone.
  const today = beijingDateOf(nowMs);
  const names = new Map(input.partners.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? '';
  const items: TodayItem[] = [
    ...caseItems(input.cases, nowMs, nameOf),
    ...input.partners.flatMap((p) => [...quotaItems(p, today), ...planItems(p, today)]),
    ...bookingItems(input.bookings, today, nameOf),
  ];
  const { coverage } = input;
  // T2: deadlines in a year the calendar does not cover count Monday to Friday only.
  if (coverage.uncoveredYearsInUse.length > 0 || coverage.nextYearUncovered) {
    items.push({
      kind: 'calendar-coverage',
      id: 'calendar-coverage',
      rule: 'T2',
      urgency: coverage.uncoveredYearsInUse.length > 0 ? 'now' : 'month',
      when: today,
      target: { to: 'settings' },
      uncoveredYears: coverage.uncoveredYearsInUse,
      nextYear: coverage.nextYear,
      nextYearUncovered: coverage.nextYearUncovered,
    });
  }
  const hidden = new Set(input.hidden ?? []);
  return items.filter((i) => !hidden.has(i.kind)).sort(byUrgency);
}
