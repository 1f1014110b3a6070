import { useTranslation } from 'react-i18next';
import type { CalendarYear } from '../../../electron/ipc/contract';
import { formatDate } from '../../ui/dates';
import { dayName, weekdayOf } from './calendar-text';

/** T2: one year's holidays and make-up working days, in date order, named in the user's language. */
export function CalendarYearTable({ year }: { year: CalendarYear }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const days = [
    ...year.holidays.map((d) => ({ ...d, kind: 'holiday' as const })),
    ...year.workdays.map((d) => ({ ...d, kind: 'workday' as const })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));

  if (days.length === 0) return <p className="hint">{t('holidayCalendar.noDays', { year: year.year })}</p>;
  return (
    <div className="calendar-table-scroll" tabIndex={0} role="region" aria-label={t('holidayCalendar.caption', { year: year.year })}>
      <table className="data-table calendar-days">
        <caption>{t('holidayCalendar.caption', { year: year.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('holidayCalendar.date')}</th>
            <th scope="col">{t('holidayCalendar.weekday')}</th>
            <th scope="col">{t('holidayCalendar.kind')}</th>
            <th scope="col">{t('holidayCalendar.name')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={`${d.date}-${d.kind}`} className={d.kind}>
              <td>{formatDate(d.date, language)}</td>
              <td>{weekdayOf(d.date, language)}</td>
              <td>{t(`holidayCalendar.kinds.${d.kind}`)}</td>
              <td>{dayName(d.name, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
