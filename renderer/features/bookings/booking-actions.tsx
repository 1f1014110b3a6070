import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { cancelKeaBooking } from '@core/booking';
import { addDays, daysBetween } from '@core/time';
import type { BookingRecord, ErrorBody } from '@main/ipc/contract';

import { ApiError } from '../../api/bridge';
import { DateField } from '../../ui/date-field';
import { formatDate } from '../../ui/dates';
import { errorSentence } from '../../ui/error-sentence';
import { BookingCheckNote, shownRefusal } from './booking-check-note';
import { type BookingChange, useBookings } from './bookings-store';
import { useHolidayMarks } from './holiday-marks';
import { useBookingCheck } from './use-booking-check';

type Props = { booking: BookingRecord; action: 'cancel' | 'reschedule'; today: string; onApplied: (updated: BookingRecord) => void; onBack: () => void };

/** Cancel (saying first whether KEA days come back, B1) or reschedule (checked again like a new booking). */
export function BookingActionForm({ booking, action, today, onApplied, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [start, setStart] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const length = daysBetween(booking.start, booking.end);
  const end = start && booking.kind === 'kea' ? addDays(start, length) : undefined;
  const draft =
    action === 'reschedule' && start
      ? {
          partnerId: booking.partnerId,
          kind: booking.kind,
          start,
          ...(end ? { end } : {}),
          ...(booking.hours ? { hours: booking.hours } : {}),
          ...(booking.method ? { method: booking.method, venueConfirmed: booking.venueConfirmed, topics: booking.topics } : {}),
          replacing: booking.id,
        }
      : null;
  const check = useBookingCheck(draft);
  const marks = useHolidayMarks();
  // B1-B4 / T4: a refused date cannot be confirmed; the refusal says why.
  const refused = action === 'reschedule' && shownRefusal(check, error) !== null;

  const effect = () => {
    const date = formatDate(booking.start, i18n.language);
    if (booking.kind === 'kea') {
      // B1: cancelled before its first day, its days come back; on or after it, they stay used.
      const { daysReturned } = cancelKeaBooking(booking, today);
      const count = length + 1;
      return daysReturned > 0 ? t('bookings.detail.keaReturned', { start: date, count }) : t('bookings.detail.keaKept', { start: date, count });
    }
    return booking.kind === 'consulting' ? t('bookings.detail.sessionReturned') : t('bookings.detail.trainingReturned');
  };

  const confirm = async () => {
    const change: BookingChange = action === 'cancel' ? { action, reason } : { action, start, reason, ...(end ? { end } : {}) };
    try {
      onApplied(await useBookings.getState().update(booking.id, change));
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught.body);
      else throw caught;
    }
  };

  return (
    <div className="card booking-action">
      {action === 'cancel' ? (
        <p role="note">{effect()}</p>
      ) : (
        <div className="form-grid">
          <label htmlFor={`${id}-start`}>{t(booking.kind === 'kea' ? 'bookings.form.start' : 'bookings.form.date')}</label>
          <DateField
            id={`${id}-start`}
            value={start}
            marks={marks}
            onChange={(date) => {
              setStart(date);
              setError(null);
            }}
          />
        </div>
      )}
      {action === 'reschedule' && (
        <BookingCheckNote kind={booking.kind} complete={!!start} check={check} error={error} refusalId={`${id}-refusal`} onUseDate={setStart} />
      )}
      {action === 'cancel' && error && (
        <p role="alert" className="form-error">
          {errorSentence(t, error)}
        </p>
      )}
      <div className="form-grid">
        <label htmlFor={`${id}-reason`}>{t('bookings.detail.reason')}</label>
        <input id={`${id}-reason`} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="card-actions">
        <button type="button" onClick={onBack}>
          {t('bookings.detail.keep')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={(action === 'reschedule' && !start) || refused}
          aria-describedby={refused ? `${id}-refusal` : undefined}
          onClick={() => void confirm()}
        >
          {action === 'cancel' ? t('bookings.detail.confirmCancel') : t('bookings.form.reschedule')}
        </button>
      </div>
    </div>
  );
}
