import i18next from 'i18next';

import { daysBetween } from '@core/time';
import type { BookingRecord } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';

/**
 * When a booking is: KEA's days (B1), a session's time and length (B2), a training's method (B3).
 * It reads i18next directly rather than through useTranslation: a scrolled bookings list mounts a
 * few a frame, and the hook was a large part of each. Whatever shows it follows the language
 * itself (the list's columns, the card's and the dialog's own words), so it never shows a stale one.
 */
export function BookingWhen({ booking }: { booking: BookingRecord }) {
  const { t, language } = i18next;
  const start = formatDate(booking.start, language);
  if (booking.kind === 'kea') {
    const days = daysBetween(booking.start, booking.end) + 1;
    return (
      <span>
        {days > 1 ? `${start} – ${formatDate(booking.end, language)}` : start} <small className="sub">{t('bookings.days', { count: days })}</small>
      </span>
    );
  }
  if (booking.kind === 'consulting')
    return (
      <span>
        {start} <small className="sub">{t('bookings.hoursAt', { time: booking.startTime ?? '', hours: booking.hours ?? 0 })}</small>
      </span>
    );
  return (
    <span>
      {start} <small className="sub">{booking.method ? t(`bookings.methods.${booking.method}`) : ''}</small>
    </span>
  );
}
