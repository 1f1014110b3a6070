// Calendar dates as 'YYYY-MM-DD' strings (T1: always Beijing dates). Internally a date is an
// epoch day number (days since 1970-01-01), so arithmetic never touches the machine's zone.

export type IsoDate = string;

/** '0'..'9' as 0..9, anything else NaN, so one bad character poisons the sum. */
const digit = (text: string, at: number): number => {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' string, or NaN when it is not one (or names no such
 * day). Read character by character: dates are parsed millions of times in an import or a
 * report, and a regular expression and Date.UTC per date were most of that work.
 */
function dayNumberOrNaN(date: string): number {
  return date.length === 10 ? dayNumberAt(date, 0) : Number.NaN;
}

/** dayNumberOrNaN of the ten characters from `at` (the date part of an instant, without cutting it out). */
export function dayNumberAt(text: string, at: number): number {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return Number.NaN;
  const year = digit(text, at) * 1000 + digit(text, at + 1) * 100 + digit(text, at + 2) * 10 + digit(text, at + 3);
  const month = digit(text, at + 5) * 10 + digit(text, at + 6);
  const day = digit(text, at + 8) * 10 + digit(text, at + 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthOf(year, month))) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(dayNumberOrNaN(value));
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date; throws on a malformed date. */
export function toDayNumber(date: IsoDate): number {
  const day = dayNumberOrNaN(date);
  if (Number.isNaN(day)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return day;
}

/**
 * The dates made lately, by day number: a report or an import names the same few hundred days
 * over and over. Bounded, and a pure function's cache: it never changes an answer.
 */
const recentDates = new Map<number, IsoDate>();
const RECENT_DATES = 4096;

export function fromDayNumber(day: number): IsoDate {
  const known = recentDates.get(day);
  if (known !== undefined) return known;
  if (recentDates.size >= RECENT_DATES) recentDates.clear();
  const date = civilFromDays(day);
  recentDates.set(day, date);
  return date;
}

function civilFromDays(day: number): IsoDate {
  // H. Hinnant's civil_from_days: integer arithmetic only, so the machine's zone never enters.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatYmd(yoe + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth);
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function formatYmd(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 && year <= 9999 ? `${year}` : String(year).padStart(4, '0');
  return `${y}-${two(month)}-${two(day)}`;
}

export function ymdOf(date: IsoDate): { year: number; month: number; day: number } {
  toDayNumber(date); // validates
  return {
    year: digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3),
    month: digit(date, 5) * 10 + digit(date, 6),
    day: digit(date, 8) * 10 + digit(date, 9),
  };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Number of days from a to b (b − a); the size of the half-open range [a, b). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonthOf(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Every date of the inclusive range start..end. */
export function eachDate(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toDayNumber(start), last = toDayNumber(end); d <= last; d += 1) out.push(fromDayNumber(d));
  return out;
}
