import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useCalendar } from '../features/settings/calendar-store';
import { yearList, yearRange, yearsToImport } from '../features/settings/calendar-text';
import { useNavigation } from './navigation-store';

/**
 * T2: "for a year the calendar does not cover, Monday to Friday is used and the screen says so":
 * every screen says so once cases or bookings reach such a year, or the covered years end soon.
 */
export function CalendarReminder() {
  const { t, i18n } = useTranslation();
  const info = useCalendar((s) => s.info);
  const go = useNavigation((s) => s.go);
  const view = useNavigation((s) => s.view);

  // Cases and bookings are added on other screens, so each screen change asks again. A failed load
  // is deliberately not reported here (it would repeat on every screen change): the reminder
  // stays hidden, and Settings, which loads the same calendar, reports the failure.
  useEffect(() => {
    useCalendar
      .getState()
      .load()
      .catch(() => undefined);
  }, [view]);

  const years = info ? yearsToImport(info) : [];
  if (!info || years.length === 0) return null;
  return (
    <div className="reminder" role="note" aria-label={t('holidayCalendar.title')}>
      <span>{t('holidayCalendar.banner', { range: yearRange(info.coverage), years: yearList(years, i18n.language) })}</span>
      {view !== 'settings' && (
        <button type="button" onClick={() => go('settings')}>
          {t('holidayCalendar.openSettings')}
        </button>
      )}
    </div>
  );
}
