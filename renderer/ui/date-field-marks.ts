import { addDays } from '@core/time';

/**
 * T2: the days a date picker marks, from the holiday calendar in use: holidays and make-up working
 * days by date, with their names in the app's language ('' when the calendar gives none), and the
 * years the calendar has data for (null when not known yet).
 */
export type DayMarks = {
  holidays: ReadonlyMap<string, string>;
  workdays: ReadonlyMap<string, string>;
  covers: { from: number; to: number } | null;
};

export type MarkRun = { kind: 'holiday' | 'workday'; name: string; from: string; to: string };

/** A month's marked days as runs of consecutive days of one kind and name ("Apr 4-6, Qingming Festival"), in date order. */
export function markRuns(marks: DayMarks, month: string): MarkRun[] {
  const days = [
    ...[...marks.holidays].map(([date, name]) => ({ kind: 'holiday' as const, date, name })),
    ...[...marks.workdays].map(([date, name]) => ({ kind: 'workday' as const, date, name })),
  ]
    .filter((d) => d.date.startsWith(`${month}-`))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const runs: MarkRun[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.kind === day.kind && last.name === day.name && addDays(last.to, 1) === day.date) last.to = day.date;
    else runs.push({ kind: day.kind, name: day.name, from: day.date, to: day.date });
  }
  return runs;
}

/** Whether the calendar has no data for a year (T2: Monday to Friday are then the working days). */
export const uncovered = (marks: DayMarks, year: number): boolean => marks.covers !== null && (year < marks.covers.from || year > marks.covers.to);
