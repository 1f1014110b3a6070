import { type CalendarImportCheck, checkCalendarImport, cnMainlandCalendar, describeDay } from '@core/calendar';
import { daysInMonth, formatInstant, formatYmd, ymdOf } from '@core/time';

import type { CalendarImportPreview, ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { Refusal } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import { calendarInfo } from './calendar-info';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';

/** T2: reads the file's text and checks it against the calendar in use now. */
function check(text: string, data: Readonly<DeskData>): CalendarImportCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [{ path: '', reason: 'not-json', message: `The file is not valid JSON: ${(error as Error).message}` }] };
  }
  return checkCalendarImport({ shipped: cnMainlandCalendar, current: calendarOf(data), json });
}

function preview(checked: CalendarImportCheck): CalendarImportPreview {
  if (!checked.ok) return { ok: false, errors: [...checked.errors] };
  const { file, effective, changes } = checked;
  return {
    ok: true,
    file: { id: file.id, source: file.source ?? null, years: file.years!, holidays: file.holidays.length, workdays: file.workdays.length },
    coverage: effective.years!,
    changes: [...changes],
  };
}

export const calendarHandlers: HandlerMap<ChannelsOf<'calendar'>, HandlerContext> = {
  'calendar/info': (_request, ctx) => calendarInfo(ctx, ctx.store.read()),

  // Stores nothing: the user sees the field errors or what changes per year first.
  'calendar/import-preview': ({ text }, ctx) => preview(check(text, ctx.store.read())),

  // Checked again inside the write queue, then stored with desk.json's atomic write.
  'calendar/import': async ({ text, fileName }, ctx) => {
    await ctx.store.mutate((current) => {
      const checked = check(text, current);
      if (!checked.ok) {
        const first = checked.errors[0]!;
        throw new Refusal({
          code: 'CALENDAR_FILE_INVALID',
          rule: 'T2',
          message: `The calendar file was not imported: ${first.path ? `${first.path}: ` : ''}${first.message}${checked.errors.length > 1 ? ` (and ${checked.errors.length - 1} more)` : ''}.`,
          field: 'text',
          data: { count: checked.errors.length, errors: checked.errors },
        });
      }
      const { file } = checked;
      // The whole file as read, lists copied out of core's readonly values into the stored shape.
      const stored = { ...file, years: file.years!, holidays: [...file.holidays], workdays: [...file.workdays] };
      const record = { file: stored, importedAt: formatInstant(ctx.services.now().getTime()), fileName };
      return { next: { ...current, calendar: record }, result: null };
    });
    return calendarInfo(ctx, ctx.store.read());
  },

  'calendar/reset': async (_request, ctx) => {
    await ctx.store.mutate((current) => ({ next: { ...current, calendar: null }, result: null }));
    return calendarInfo(ctx, ctx.store.read());
  },

  /** T2: each day's kind and holiday name, from the calendar the handlers use. */
  'calendar/month': ({ month }, { store }) => {
    const calendar = calendarOf(store.read());
    const { year, month: m } = ymdOf(`${month}-01`);
    const days = Array.from({ length: daysInMonth(month) }, (_, i) => describeDay(calendar, formatYmd(year, m, i + 1)));
    return { month, days: days.map((d) => ({ ...d, name: d.name ? { ...d.name } : null })) };
  },
};
