import { useTranslation } from 'react-i18next';

import type { BookingRecord } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';

type Props = { booking: BookingRecord; partner: string; date: string; onOpen: (booking: BookingRecord) => void };

/** A booking on a day of the month grid: its kind and the title typed, the partner under them. */
export function BookingChip({ booking, partner, date, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const what = [t(`bookings.short.${booking.kind}`), booking.title].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      className={`chip ${booking.kind} ${booking.status}`}
      // Not a Tab stop of its own: the grid is one (Enter on the day comes here, use-grid-focus.ts).
      tabIndex={-1}
      onClick={() => onOpen(booking)}
      // The name starts with the words shown (WCAG 2.5.3), then the day and the kind in full.
      aria-label={t('bookings.calendar.chipLabel', { what, partner, date: formatDate(date, i18n.language), kind: t(`bookings.kinds.${booking.kind}`) })}
      // The whole text on hover, as a narrow day cuts it short.
      title={[t(`bookings.kinds.${booking.kind}`), booking.title, partner].filter(Boolean).join(' · ')}
    >
      <span className="chip-what">{what}</span> <span className="chip-who">{partner}</span>
    </button>
  );
}
