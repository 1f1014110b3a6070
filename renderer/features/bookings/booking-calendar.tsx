import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BookingRecord, CalendarMonth } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { useReportError } from '../../ui/use-report-error';
import { monthToShow, type ShownMonth } from './beijing-day';
import { BookingChip } from './booking-chip';
import { useBookings } from './bookings-store';
import { covers, monthWeeks, shiftMonth } from './month-grid';
import { useGridFocus } from './use-grid-focus';

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
  const turnTo = (to: string) => setMoved({ month: to, from: todayMonth });
  const move = (by: -1 | 1) => turnTo(shiftMonth(month, by));
  const [days, setDays] = useState<CalendarMonth | null>(null);
  const { grid, active, onFocus, onKeyDown } = useGridFocus(month, today, turnTo);
  const id = useId();

  useEffect(() => {
    useBookings.getState().month(month).then(setDays).catch(report);
  }, [month, report]);

  const info = new Map(days?.month === month ? days.days.map((d) => [d.date, d]) : []);
  const title = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const nameOf = (name: Record<string, string> | null) => (name ? (name[i18n.language] ?? name.en ?? '') : '');

  return (
    <section className="booking-calendar" aria-label={t('bookings.calendar.label', { month: title })}>
      <div className="calendar-head">
        <button type="button" aria-label={t('bookings.calendar.previous')} onClick={() => move(-1)}>
          ‹
        </button>
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" aria-label={t('bookings.calendar.next')} onClick={() => move(1)}>
          ›
        </button>
        {[...info.values()].some((d) => d.beyondCoverage) && (
          <p className="warning" role="note">
            {t('bookings.calendar.notCovered')}
          </p>
        )}
      </div>
      {/* One Tab stop: the arrows, Home/End and PageUp/PageDown move between days (use-grid-focus.ts). */}
      <table ref={grid} role="grid" className="month-grid" aria-labelledby={`${id}-title`} aria-describedby={`${id}-keys`}>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {t(`bookings.calendar.weekdays.${d}`)}
              </th>
            ))}
          </tr>
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
                  <td
                    key={date}
                    className={`day ${kindClass}`}
                    data-date={date}
                    tabIndex={date === active ? 0 : -1}
                    aria-current={date === today ? 'date' : undefined}
                    onFocus={onFocus}
                    onKeyDown={onKeyDown}
                  >
                    {/* Read from its content: the date in full, its holiday, then its bookings (Enter goes to them). */}
                    <div className="day-label">
                      <span className="visually-hidden">{formatDate(date, i18n.language)} </span>
                      <span className="day-number" aria-hidden="true">
                        {Number(date.slice(8))}
                      </span>
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
      <p id={`${id}-keys`} className="hint grid-keys">
        {t('bookings.calendar.keys')}
      </p>
    </section>
  );
}
