import { z } from 'zod';
import { instant } from './fields';
import { CALENDAR_TEXT_LIMITS, validateCalendarFile, type CalendarDay, type FieldError, type YearDiff, type YearRange } from '../../../core/calendar';
import { channel } from './channel';

/** A holiday calendar file is a few tens of kilobytes a decade; 2 MB leaves room without risk. */
export const MAX_CALENDAR_CHARS = 2 * 1024 * 1024;

// The limits are the ones validateCalendarFile applies to an imported file (issue 13).
const { id, source, language, name } = CALENDAR_TEXT_LIMITS;
const calendarDay = z.object({ date: z.iso.date().max(10), name: z.record(z.string().max(language), z.string().max(name)).optional() });

/**
 * T2: the calendar file the user imported, as validateCalendarFile read it. Checked again on
 * load, so a hand-edited desk.json with a bad calendar is treated as a damaged file.
 */
const calendarFile = z
  .object({
    id: z.string().min(1).max(id),
    source: z.string().max(source).optional(),
    years: z.object({ from: z.number().int(), to: z.number().int() }),
    holidays: z.array(calendarDay),
    workdays: z.array(calendarDay),
  })
  .superRefine((file, ctx) => {
    const checked = validateCalendarFile(file);
    if (!checked.ok) for (const e of checked.errors) ctx.addIssue({ code: 'custom', path: e.path.split(/[.[\]]+/).filter(Boolean), message: e.message });
  });

export const importedCalendarRecord = z.object({
  file: calendarFile,
  importedAt: instant,
  fileName: z.string().max(255),
});

export type ImportedCalendarRecord = z.infer<typeof importedCalendarRecord>;

export type CalendarYear = {
  year: number;
  /** Whose lists the year uses: the app's shipped calendar or the user's imported file. */
  from: 'shipped' | 'imported';
  holidays: CalendarDay[];
  workdays: CalendarDay[];
};

export type CalendarInfo = {
  shipped: { id: string; source: string | null; years: YearRange };
  imported: { id: string; source: string | null; years: YearRange; fileName: string; importedAt: string } | null;
  /** The years the effective calendar has data for: the shipped ones joined with the imported. */
  coverage: YearRange;
  years: CalendarYear[];
  /** T2: uncovered years that today, open cases or bookings reach (Monday to Friday is used). */
  uncoveredYearsInUse: number[];
  /** Today is within 60 days of the end of coverage, and the next year has no data yet. */
  nextYearUncovered: boolean;
  nextYear: number;
};

export type CalendarFileSummary = { id: string; source: string | null; years: YearRange; holidays: number; workdays: number };

/** What an import would do, or every field of the file that is wrong; nothing is stored. */
export type CalendarImportPreview =
  | { ok: true; file: CalendarFileSummary; coverage: YearRange; changes: YearDiff[] }
  | { ok: false; errors: FieldError[] };

const text = z.string().max(MAX_CALENDAR_CHARS);

export const calendarChannels = {
  'calendar/info': channel<CalendarInfo>()(z.object({})),
  'calendar/import-preview': channel<CalendarImportPreview>()(z.object({ text })),
  /** Checks the file again and stores it; a bad file is refused (CALENDAR_FILE_INVALID). */
  'calendar/import': channel<CalendarInfo>()(z.object({ text, fileName: z.string().trim().min(1).max(255) })),
  /** Forgets the imported file: the shipped calendar applies again. */
  'calendar/reset': channel<CalendarInfo>()(z.object({})),
};
