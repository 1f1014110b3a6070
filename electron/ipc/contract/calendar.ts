import { z } from 'zod';

import type { CalendarDay, FieldError, YearDiff, YearRange } from '@core/calendar';

import { monthKey } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

/** A holiday calendar file is a few tens of kilobytes a decade; 2 MB leaves room without risk. */
export const MAX_CALENDAR_CHARS = 2 * 1024 * 1024;

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
export type CalendarImportPreview = { ok: true; file: CalendarFileSummary; coverage: YearRange; changes: YearDiff[] } | { ok: false; errors: FieldError[] };

export type CalendarMonth = {
  month: string;
  days: {
    date: string;
    working: boolean;
    kind: 'weekday' | 'weekend' | 'holiday' | 'make-up-workday';
    name: Record<string, string> | null;
    beyondCoverage: boolean;
  }[];
};

const text = z.string().max(MAX_CALENDAR_CHARS);

export const calendarChannels = {
  'calendar/info': channel<CalendarInfo>()(z.object({})),
  'calendar/import-preview': channel<CalendarImportPreview>()(z.object({ text })),
  /** Checks the file again and stores it; a bad file is refused (CALENDAR_FILE_INVALID). */
  'calendar/import': channel<CalendarInfo>()(z.object({ text, fileName: z.string().trim().min(1).max(255) })),
  /** Forgets the imported file: the shipped calendar applies again. */
  'calendar/reset': channel<CalendarInfo>()(z.object({})),
  /** T2: each day of a month with its kind and holiday name, for the bookings calendar. */
  'calendar/month': channel<CalendarMonth>()(z.object({ month: monthKey })),
} satisfies PrefixedChannels<'calendar'>;
