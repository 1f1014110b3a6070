import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { CalendarInfo } from '@main/ipc/contract';

import type { DayMarks } from '../../ui/date-field';
import { useCalendar } from '../settings/calendar-store';

/** T2: the holidays and make-up working days of the calendar in use, named in the app's language. */
export function marksOf(info: CalendarInfo, language: string): DayMarks {
  const named = (name?: Readonly<Record<string, string>>) => (name ? (name[language] ?? name.en ?? '') : '');
  const days = info.years.flatMap((y) => y.holidays);
  const workdays = info.years.flatMap((y) => y.workdays);
  return {
    holidays: new Map(days.map((d) => [d.date, named(d.name)])),
    workdays: new Map(workdays.map((d) => [d.date, named(d.name)])),
    covers: info.coverage,
  };
}

/** The marks for a booking form's date picker, once the calendar is known (loaded here if no screen has yet). */
export function useHolidayMarks(): DayMarks | undefined {
  const { i18n } = useTranslation();
  const info = useCalendar((s) => s.info);
  useEffect(() => {
    if (!useCalendar.getState().info)
      useCalendar
        .getState()
        .load()
        .catch(() => undefined);
  }, []);
  return useMemo(() => (info ? marksOf(info, i18n.language) : undefined), [info, i18n.language]);
}
