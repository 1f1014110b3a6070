// T2: users can import an updated holiday calendar; a bad file is refused field by field.
import { isIsoDate, type IsoDate, isWeekend, ymdOf } from '../time';
import type { CalendarDay, HolidayCalendar, LocalizedName, YearRange } from './calendar-types';

/** Why a field is wrong, so the page can word it in the user's language (the message is English). */
export type FieldErrorReason =
  | 'not-an-object'
  | 'id'
  | 'source'
  | 'years'
  | 'years-range'
  | 'name'
  | 'list'
  | 'date-format'
  | 'date-outside-years'
  | 'workday-on-weekday'
  | 'listed-twice'
  | 'years-gap'
  | 'not-json';

export type FieldError = {
  readonly path: string;
  readonly message: string;
  readonly reason: FieldErrorReason;
  /** What the sentence needs (the date, the other entry, the years). */
  readonly data?: Readonly<Record<string, string | number>>;
};

export type CalendarValidation = { readonly ok: true; readonly calendar: HolidayCalendar } | { readonly ok: false; readonly errors: readonly FieldError[] };

type IndexedDay = { readonly index: number; readonly day: CalendarDay };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * T2: the years a calendar file may cover. The State Council publishes one year at a time, so a
 * file spans a few years at most; bounds keep a slip such as `"to": 9999` from making every
 * screen walk thousands of years (and a date past 9999 has no ISO form at all).
 */
export const CALENDAR_FILE_YEARS = { from: 2000, to: 2199, span: 20 } as const;

/**
 * The text in a calendar file is short (an id, where the dates come from, a holiday's
 * name per language); anything longer is a wrong file, not a calendar to keep.
 */
export const CALENDAR_TEXT_LIMITS = { id: 200, source: 1000, language: 35, name: 200, languages: 20 } as const;

/** At most this many field errors are listed (with the count of all of them): enough to fix a file. */
export const MAX_LISTED_ERRORS = 100;

function readYears(raw: unknown, errors: FieldError[]): YearRange | null {
  if (!isRecord(raw)) {
    errors.push({ path: 'years', reason: 'years', message: 'years must be an object { from, to } giving the years the file covers' });
    return null;
  }
  const { from, to } = raw;
  if (!Number.isInteger(from) || !Number.isInteger(to) || (from as number) > (to as number)) {
    errors.push({ path: 'years', reason: 'years', message: 'years.from and years.to must be whole years with from <= to' });
    return null;
  }
  const { from: min, to: max, span } = CALENDAR_FILE_YEARS;
  if ((from as number) < min || (to as number) > max || (to as number) - (from as number) + 1 > span) {
    errors.push({
      path: 'years',
      reason: 'years-range',
      data: { min, max, span },
      message: `years must lie within ${min}-${max} and cover at most ${span} years`,
    });
    return null;
  }
  return { from: from as number, to: to as number };
}

function readName(raw: unknown, path: string, errors: FieldError[]): LocalizedName | undefined {
  if (raw === undefined) return undefined;
  const { language, name, languages } = CALENDAR_TEXT_LIMITS;
  const entries = isRecord(raw) ? Object.entries(raw) : [];
  if (
    !isRecord(raw) ||
    entries.length > languages ||
    entries.some(([code, text]) => typeof text !== 'string' || text.length > name || code.length > language)
  ) {
    errors.push({
      path,
      reason: 'name',
      data: { max: name },
      message: `name must map up to ${languages} language codes to text of at most ${name} characters, e.g. { "en": "National Day" }`,
    });
    return undefined;
  }
  return raw as LocalizedName;
}

function readDays(raw: unknown, field: 'holidays' | 'workdays', years: YearRange | null, errors: FieldError[]): IndexedDay[] {
  if (!Array.isArray(raw)) {
    errors.push({ path: field, reason: 'list', message: `${field} must be a list of dates` });
    return [];
  }
  const days: IndexedDay[] = [];
  raw.forEach((entry: unknown, i) => {
    const path = `${field}[${i}]`;
    const date: unknown = isRecord(entry) ? entry.date : entry;
    if (!isIsoDate(date)) {
      errors.push({ path: `${path}.date`, reason: 'date-format', message: 'date must be a real date written YYYY-MM-DD' });
      return;
    }
    if (years && (ymdOf(date).year < years.from || ymdOf(date).year > years.to)) {
      errors.push({ path: `${path}.date`, reason: 'date-outside-years', data: { date }, message: `${date} is outside the years the file covers` });
    }
    // T2: make-up working days are weekend days declared working.
    if (field === 'workdays' && !isWeekend(date)) {
      errors.push({
        path: `${path}.date`,
        reason: 'workday-on-weekday',
        data: { date },
        message: `${date} is a weekday, so it cannot be a make-up working day`,
      });
    }
    const name = isRecord(entry) ? readName(entry.name, `${path}.name`, errors) : undefined;
    days.push({ index: i, day: name ? { date, name } : { date } });
  });
  return days;
}

function checkDuplicates(holidays: IndexedDay[], workdays: IndexedDay[], errors: FieldError[]): void {
  const seen = new Map<IsoDate, string>();
  const visit = (days: IndexedDay[], field: string) =>
    days.forEach(({ index, day }) => {
      const first = seen.get(day.date);
      if (first)
        errors.push({
          path: `${field}[${index}].date`,
          reason: 'listed-twice',
          data: { date: day.date, other: first },
          message: `${day.date} is listed twice (also ${first})`,
        });
      else seen.set(day.date, `${field}[${index}]`);
    });
  visit(holidays, 'holidays');
  visit(workdays, 'workdays');
}

/** Parses a calendar file (the shape of cn-mainland-calendar.json) or lists what is wrong. */
export function validateCalendarFile(json: unknown): CalendarValidation {
  if (!isRecord(json)) return { ok: false, errors: [{ path: '', reason: 'not-an-object', message: 'The file must contain a JSON object' }] };
  const errors: FieldError[] = [];
  const limits = CALENDAR_TEXT_LIMITS;
  if (typeof json.id !== 'string' || json.id.trim() === '' || json.id.length > limits.id) {
    errors.push({
      path: 'id',
      reason: 'id',
      data: { max: limits.id },
      message: `id must be a non-empty name for the calendar, at most ${limits.id} characters`,
    });
  }
  if (json.source !== undefined && (typeof json.source !== 'string' || json.source.length > limits.source)) {
    errors.push({ path: 'source', reason: 'source', data: { max: limits.source }, message: `source must be text of at most ${limits.source} characters` });
  }
  const years = readYears(json.years, errors);
  const holidays = readDays(json.holidays, 'holidays', years, errors);
  const workdays = readDays(json.workdays, 'workdays', years, errors);
  checkDuplicates(holidays, workdays, errors);
  if (errors.length > 0 || !years) return { ok: false, errors: errors.slice(0, MAX_LISTED_ERRORS) };
  const sortByDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : 1);
  return {
    ok: true,
    calendar: {
      id: json.id as string,
      ...(typeof json.source === 'string' ? { source: json.source } : {}),
      years,
      holidays: holidays.map((d) => d.day).sort(sortByDate),
      workdays: workdays.map((d) => d.day).sort(sortByDate),
    },
  };
}
