import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BookingRecord } from '@main/ipc/contract';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { usePartners } from '../partners/partners-store';
import { useBeijingDay } from './beijing-day';
import { BookingCalendar } from './booking-calendar';
import { BookingDetailDialog } from './booking-detail-dialog';
import { BookingDialog } from './booking-dialog';
import { applyFilter, type BookingFilter, BookingFilters, NO_FILTER } from './booking-filters';
import { useBookings } from './bookings-store';
import { BookingsTable } from './bookings-table';

import './bookings.css';

/** B1-B3: every booking of every partner, as a month calendar and a list. */
export function BookingsView() {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const showStatus = useStatus((s) => s.show);
  const bookings = useBookings((s) => s.bookings);
  const today = useBookings((s) => s.today);
  const loaded = useBookings((s) => s.loaded);
  const partners = usePartners((s) => s.partners);
  const [filter, setFilter] = useState<BookingFilter>(NO_FILTER);
  const [creating, setCreating] = useState(false);
  const [opened, setOpened] = useState<BookingRecord | null>(null);
  const day = useBeijingDay();

  useEffect(() => {
    usePartners.getState().load().catch(report);
  }, [report]);
  // T1/T4: on opening, and again at Beijing midnight in a window left open, main answers the new
  // day (lead times count from it) and the calendar turns to its month.
  useEffect(() => {
    useBookings.getState().load().catch(report);
  }, [day, report]);

  const names = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const shown = useMemo(() => applyFilter(bookings, filter), [bookings, filter]);
  const onOpen = useCallback((b: BookingRecord) => setOpened(b), []);
  const exportShown = () =>
    useBookings
      .getState()
      .exportIcs(
        shown.map((b) => b.id),
        i18n.language,
      )
      .then((path) => path && showStatus(t('bookings.exported', { count: shown.length, path })))
      .catch(report);

  return (
    <section aria-labelledby="bookings-title" className="view bookings-view">
      <header className="view-header">
        <h1 id="bookings-title">{t('bookings.title')}</h1>
        <span className="count">{t('bookings.count', { count: bookings.length })}</span>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('bookings.new')}
        </button>
      </header>
      {today && <BookingCalendar bookings={shown} names={names} today={today} onOpen={onOpen} />}
      <div className="toolbar">
        <BookingFilters filter={filter} partners={partners} onChange={setFilter} />
        <button type="button" className="push-right" disabled={shown.length === 0} onClick={() => void exportShown()}>
          {t('bookings.exportAll')}
        </button>
      </div>
      {loaded && bookings.length === 0 ? (
        <p className="empty">{t('bookings.empty')}</p>
      ) : (
        <>
          <BookingsTable rows={shown} names={names} onOpen={onOpen} />
          {shown.length === 0 && <p className="empty">{t('bookings.noMatch')}</p>}
        </>
      )}
      {creating && <BookingDialog partners={partners.filter((p) => !p.archived)} onDone={(m) => showStatus(m)} onClose={() => setCreating(false)} />}
      {opened && (
        <BookingDetailDialog booking={opened} partnerName={names.get(opened.partnerId) ?? ''} onDone={(m) => showStatus(m)} onClose={() => setOpened(null)} />
      )}
    </section>
  );
}
