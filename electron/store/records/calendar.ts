import { z } from 'zod';

import { CALENDAR_TEXT_LIMITS, validateCalendarFile } from '@core/calendar';

import { instant } from '../../values/fields';

// The limits are the ones validateCalendarFile applies to an imported file.
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

export type StoredCalendar = z.infer<typeof importedCalendarRecord>;
