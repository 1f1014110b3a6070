// T2: before an imported calendar replaces the current one, the user sees what it changes.
import { type IsoDate, ymdOf } from '../time';
import type { CalendarDay, HolidayCalendar, LocalizedName } from './calendar-types';
import { isYearCovered } from './working-days';

export type ListKind = 'holiday' | 'workday';
export type DayChange = { readonly date: IsoDate; readonly kind: ListKind; readonly name: LocalizedName | null };
export type DayRename = { readonly date: IsoDate; readonly kind: ListKind; readonly before: LocalizedName | null; readonly after: LocalizedName | null };

export type YearDiff = {
  readonly year: number;
  /** The year had no data (Monday to Friday) and now has. */
  readonly newlyCovered: boolean;
  /** The year had data and falls back to Monday to Friday. */
  readonly noLongerCovered: boolean;
  readonly added: readonly DayChange[];
  readonly removed: readonly DayChange[];
  readonly renamed: readonly DayRename[];
};

type Listed = Map<string, { kind: ListKind; name: LocalizedName | null }>;

/** The listed days of every year, keyed by date and kind (a day moving lists is removed + added): one pass over the lists. */
function listedByYear(calendar: HolidayCalendar): Map<number, Listed> {
  const years = new Map<number, Listed>();
  const add = (kind: ListKind) => (d: CalendarDay) => {
    const year = ymdOf(d.date).year;
    const listed = years.get(year) ?? years.set(year, new Map()).get(year)!;
    listed.set(`${d.date}|${kind}`, { kind, name: d.name ?? null });
  };
  calendar.holidays.forEach(add('holiday'));
  calendar.workdays.forEach(add('workday'));
  return years;
}

const NOTHING: Listed = new Map();

const sameName = (a: LocalizedName | null, b: LocalizedName | null) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function yearsOf(calendar: HolidayCalendar): number[] {
  const listed = [...calendar.holidays, ...calendar.workdays].map((d) => ymdOf(d.date).year);
  const range = calendar.years ? Array.from({ length: calendar.years.to - calendar.years.from + 1 }, (_, i) => calendar.years!.from + i) : [];
  return [...range, ...listed];
}

/** Per year, what `after` changes compared with `before`; years without a change are left out. */
export function calendarDiff(before: HolidayCalendar, after: HolidayCalendar): YearDiff[] {
  const years = [...new Set([...yearsOf(before), ...yearsOf(after)])].sort((a, b) => a - b);
  const [beforeByYear, afterByYear] = [listedByYear(before), listedByYear(after)];
  const listedIn = (calendar: HolidayCalendar, byYear: Map<number, Listed>, year: number) =>
    isYearCovered(calendar, year) ? (byYear.get(year) ?? NOTHING) : NOTHING;
  const diffs: YearDiff[] = [];
  for (const year of years) {
    const was = listedIn(before, beforeByYear, year);
    const now = listedIn(after, afterByYear, year);
    const dateOf = (key: string) => key.slice(0, 10);
    const added = [...now].filter(([key]) => !was.has(key)).map(([key, d]) => ({ date: dateOf(key), kind: d.kind, name: d.name }));
    const removed = [...was].filter(([key]) => !now.has(key)).map(([key, d]) => ({ date: dateOf(key), kind: d.kind, name: d.name }));
    const renamed = [...now]
      .filter(([key, d]) => was.has(key) && !sameName(was.get(key)!.name, d.name))
      .map(([key, d]) => ({ date: dateOf(key), kind: d.kind, before: was.get(key)!.name, after: d.name }));
    const newlyCovered = !isYearCovered(before, year) && isYearCovered(after, year);
    const noLongerCovered = isYearCovered(before, year) && !isYearCovered(after, year);
    if (added.length + removed.length + renamed.length === 0 && !newlyCovered && !noLongerCovered) continue;
    diffs.push({ year, newlyCovered, noLongerCovered, added: added.sort(byDate), removed: removed.sort(byDate), renamed: renamed.sort(byDate) });
  }
  return diffs;
}
