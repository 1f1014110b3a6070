import type { IsoDate } from '../time';

/** A name per UI language, e.g. { en: 'National Day', 'zh-CN': '国庆节' }. */
export type LocalizedName = Readonly<Record<string, string>>;

export type CalendarDay = { readonly date: IsoDate; readonly name?: LocalizedName };

export type YearRange = { readonly from: number; readonly to: number };

/**
 * T2: the holiday calendar is data. `years` is the range the lists are complete for; outside it
 * Monday to Friday is used and the screen says so. `years: null` means the lists are the whole
 * truth for every year (a calendar given explicitly, as in the conformance cases).
 */
export type HolidayCalendar = {
  readonly id: string;
  readonly source?: string;
  readonly years: YearRange | null;
  readonly holidays: readonly CalendarDay[];
  /** Make-up working days: weekend days declared working. */
  readonly workdays: readonly CalendarDay[];
};

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'make-up-workday';

export type DayInfo = {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly kind: DayKind;
  readonly name: LocalizedName | null;
  /** T2: the date's year is outside the calendar's data, so Monday to Friday was used. */
  readonly beyondCoverage: boolean;
};
