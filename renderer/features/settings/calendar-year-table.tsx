import { useTranslation } from 'react-i18next';

import type { CalendarYear } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { dayName, weekdayOf } from './calendar-text';

/** T2: one year's holidays and make-up working days, in date order, named in the user's language. */
export function CalendarYearTable({ year }: { year: CalendarYear }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const days = [...year.holidays.map((d) => ({ ...d, kind: 'holiday' as const })), ...year.workdays.map((d) => ({ ...d, kind: 'workday' as const }))].sort(
    (a, b) => (a.date < b.date ? -1 : 1),
  );

  if (days.length === 0) return <p className="hint">{t('holidayCalendar.noDays', { year: year.year })}</p>;
  const caption = t('holidayCalendar.caption', { year: year.year });
  const columns: SimpleColumn<(typeof days)[number]>[] = [
    { id: 'date', header: t('holidayCalendar.date'), cell: (d) => formatDate(d.date, language) },
    { id: 'weekday', header: t('holidayCalendar.weekday'), cell: (d) => weekdayOf(d.date, language) },
    { id: 'kind', header: t('holidayCalendar.kind'), cell: (d) => t(`holidayCalendar.kinds.${d.kind}`) },
    { id: 'name', header: t('holidayCalendar.name'), cell: (d) => dayName(d.name, language) },
  ];
  return (
    <div className="calendar-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <SimpleTable
        columns={columns}
        rows={days}
        getRowKey={(d) => `${d.date}-${d.kind}`}
        caption={caption}
        className="calendar-days"
        rowProps={(d) => ({ className: d.kind })}
      />
    </div>
  );
}
