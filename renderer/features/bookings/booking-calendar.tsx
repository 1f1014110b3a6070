import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingRecord, CalendarMonth } from '../../../electron/ipc/contract';
import { formatDate } from '../../ui/dates';
import { useReportError } from '../../ui/use-report-error';
import { monthToShow, type ShownMonth } from './beijing-day';
import { BookingChip } from './booking-chip';
import { useBookings } from './bookings-store';
import { covers, monthWeeks, shiftMonth } from './month-grid';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** `today`: the Beijing date (T1); the calendar opens on its month and turns with it. */
type Props = { bookings: readonly BookingRecord[]; names: ReadonlyMap<string, string>; today: string; onOpen: (booking: BookingRecord) => void };

/** A month of bookings, Monday first, with holidays and make-up working days named (T2). */
export function BookingCalendar({ bookings, names, today, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const todayMonth = today.slice(0, 7);
  const [moved, setMoved] = useState<ShownMonth>(null);
  const month = monthToShow(moved, todayMonth);
  const move = (by: -1 | 1) => setMoved({ month: shiftMonth(month, by), from: todayMonth });
  const [days, setDays] = useState<CalendarMonth | null>(null);

  useEffect(() => {
    useBookings.getState().month(month).then(setDays).catch(report);
  }, [month, report]);

  const info = new Map(days?.month === month ? days.days.map((d) => [d.date, d]) : []);
  const title = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const nameOf = (name: Record<string, string> | null) => (name ? (name[i18n.language] ?? name.en ?? '') : '');

  return (
    <section className="booking-calendar" aria-label={t('bookings.calendar.label', { month: title })}>
      <div className="calendar-head">
        <button type="button" aria-label={t('bookings.calendar.previous')} onClick={() => move(-1)}>‹</button>
        <h2>{title}</h2>
        <button type="button" aria-label={t('bookings.calendar.next')} onClick={() => move(1)}>›</button>
        {[...info.values()].some((d) => d.beyondCoverage) && <p className="warning" role="note">{t('bookings.calendar.notCovered')}</p>}
      </div>
      <table className="month-grid">
        <thead>
          <tr>{WEEKDAYS.map((d) => <th key={d} scope="col">{t(`bookings.calendar.weekdays.${d}`)}</th>)}</tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((date, i) => {
                if (!date) return <td key={i} className="outside" />;
                const day = info.get(date);
                const here = bookings.filter((b) => covers(b, date));
                const name = nameOf(day?.name ?? null);
                const kindClass = day ? day.kind : '';
                return (
                  <td key={date} className={`day ${kindClass}`} data-date={date}>
                    {/* Every day is a stop for the keyboard, read with its holiday and bookings. */}
                    <div tabIndex={0} className="day-label" aria-label={[t('bookings.calendar.dayLabel', { date: formatDate(date, i18n.language), count: here.length }), name].filter(Boolean).join(' · ')}>
                      <span className="day-number">{Number(date.slice(8))}</span>
                      {name && <span className="day-name">{day?.kind === 'make-up-workday' ? `${name} · ${t('bookings.calendar.makeUp')}` : name}</span>}
                    </div>
                    <ul className="plain">
                      {here.map((b) => (
                        <li key={b.id}>
                          <BookingChip booking={b} partner={names.get(b.partnerId) ?? ''} date={date} onOpen={onOpen} />
                        </li>
                      ))}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
