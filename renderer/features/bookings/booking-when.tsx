import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../core/time';
import type { BookingRecord } from '../../../electron/ipc/contract';
import { formatDate } from '../../ui/dates';

/** When a booking is: KEA's days (B1), a session's time and length (B2), a training's method (B3). */
export function BookingWhen({ booking }: { booking: BookingRecord }) {
  const { t, i18n } = useTranslation();
  const start = formatDate(booking.start, i18n.language);
  if (booking.kind === 'kea') {
    const days = daysBetween(booking.start, booking.end) + 1;
    return <span>{days > 1 ? `${start} – ${formatDate(booking.end, i18n.language)}` : start} <small className="sub">{t('bookings.days', { count: days })}</small></span>;
  }
  if (booking.kind === 'consulting') return <span>{start} <small className="sub">{t('bookings.hoursAt', { time: booking.startTime ?? '', hours: booking.hours ?? 0 })}</small></span>;
  return <span>{start} <small className="sub">{booking.method ? t(`bookings.methods.${booking.method}`) : ''}</small></span>;
}
