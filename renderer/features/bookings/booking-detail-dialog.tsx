import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { en } from '@locales/en';
import type { BookingRecord } from '@main/ipc/contract';

import { bookingHistoryWord, historyReason } from '../../i18n/stored-words';
import { formatDate } from '../../ui/dates';
import { useReportError } from '../../ui/use-report-error';
import { formatInstant } from '../sla/sla-format';
import { HistoryBy } from '../sync/history-by';
import { BookingActionForm } from './booking-actions';
import { BookingWhen } from './booking-when';
import { useBookings } from './bookings-store';

type Props = { booking: BookingRecord; partnerName: string; onDone: (message: string) => void; onClose: () => void };

/** One booking: what was booked, its history, and cancel / reschedule / deliver / export. */
export function BookingDetailDialog({ booking: initial, partnerName, onDone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const today = useBookings((s) => s.today) ?? initial.appliedOn;
  const [booking, setBooking] = useState(initial);
  const [action, setAction] = useState<'cancel' | 'reschedule' | null>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const applied = (updated: BookingRecord) => {
    setBooking(updated);
    setAction(null);
    const last = updated.history.at(-1)?.action ?? 'booked';
    onDone(t(`bookings.done.${last as keyof typeof en.bookings.done}`, { partner: partnerName, date: formatDate(updated.start, i18n.language) }));
  };
  const deliver = () => useBookings.getState().update(booking.id, { action: 'deliver' }).then(applied).catch(report);
  const exportOne = () =>
    useBookings
      .getState()
      .exportIcs([booking.id], i18n.language)
      .then((path) => path && onDone(t('bookings.exported', { count: 1, path })))
      .catch(report);

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onClose} className="dialog wide">
      <h2 id={`${id}-title`}>{t('bookings.detail.title', { kind: t(`bookings.kinds.${booking.kind}`), partner: partnerName })}</h2>
      <dl className="case-facts">
        <dt>{t('bookings.detail.when')}</dt>
        <dd>
          <BookingWhen booking={booking} />
        </dd>
        <dt>{t('bookings.detail.status')}</dt>
        <dd>
          <span className={`booking-status ${booking.status}`}>{t(`bookings.statuses.${booking.status}`)}</span>
        </dd>
        <dt>{t('bookings.detail.appliedOn')}</dt>
        <dd>{formatDate(booking.appliedOn, i18n.language)}</dd>
        {booking.topics.length > 0 && (
          <>
            <dt>{t('bookings.form.topics')}</dt>
            <dd>{booking.topics.map((x) => t(`bookings.topics.${x}`)).join(', ')}</dd>
          </>
        )}
        {booking.venue && (
          <>
            <dt>{t('bookings.form.venue')}</dt>
            <dd>{booking.venue}</dd>
          </>
        )}
        {booking.title && (
          <>
            <dt>{t('bookings.form.bookingTitle')}</dt>
            <dd>{booking.title}</dd>
          </>
        )}
        {booking.notes && (
          <>
            <dt>{t('bookings.form.notes')}</dt>
            <dd className="pre">{booking.notes}</dd>
          </>
        )}
      </dl>
      <section aria-label={t('bookings.detail.history')}>
        <h3 className="subhead">{t('bookings.detail.history')}</h3>
        <ol className="timeline">
          {booking.history.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={entry.at}>{formatInstant(entry.at, i18n.language).local}</time>
              <strong>{bookingHistoryWord(t, entry.action)}</strong>
              {entry.reason && <span> · {historyReason(t, entry, (at) => formatInstant(at, i18n.language).local)}</span>}
              <HistoryBy by={entry.by} />
            </li>
          ))}
        </ol>
      </section>
      {action ? (
        <BookingActionForm booking={booking} action={action} today={today} onApplied={applied} onBack={() => setAction(null)} />
      ) : (
        <div className="card-actions" role="group" aria-label={t('common.actions')}>
          {booking.status === 'booked' && (
            <>
              <button type="button" onClick={() => setAction('cancel')}>
                {t('bookings.detail.cancel')}
              </button>
              <button type="button" onClick={() => setAction('reschedule')}>
                {t('bookings.detail.reschedule')}
              </button>
              {today >= booking.start && (
                <button type="button" onClick={() => void deliver()}>
                  {t('bookings.detail.deliver')}
                </button>
              )}
            </>
          )}
          <button type="button" onClick={() => void exportOne()}>
            {t('bookings.exportOne')}
          </button>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
