import { DateTime } from 'luxon';

import type { LocalizedName, YearRange } from '@core/calendar';

/** "2020-2026", or "2027" for a single year (the wording the banner and settings share). */
export function yearRange(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** "2027 and 2028" / "2027和2028": years in a sentence, in the user's language. */
export function yearList(years: readonly number[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(years.map(String));
}

/** A day's name in the user's language, else English, else whatever the file gave. */
export function dayName(name: LocalizedName | null | undefined, language: string): string {
  if (!name) return '';
  return name[language] ?? name[language.split('-')[0]!] ?? name.en ?? Object.values(name)[0] ?? '';
}

/** T1: the weekday of a Beijing date, short, in the user's language (Fri / 周五). */
export function weekdayOf(date: string, locale: string): string {
  return DateTime.fromISO(date, { zone: 'Asia/Shanghai' }).setLocale(locale).toFormat('ccc');
}

/** T2: the years the banner asks the user to import: those in use, and next year when it is near. */
export function yearsToImport(info: { uncoveredYearsInUse: readonly number[]; nextYearUncovered: boolean; nextYear: number }): number[] {
  const years = new Set(info.uncoveredYearsInUse);
  if (info.nextYearUncovered) years.add(info.nextYear);
  return [...years].sort((a, b) => a - b);
}
