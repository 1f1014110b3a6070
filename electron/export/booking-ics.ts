import { addDays } from '@core/time';

import { type ExportLanguage, translatorFor } from '../i18n/translator';
import type { StoredBooking } from '../store/records/bookings';
import { type IcsEvent, writeCalendar } from './ics-writer';

export type IcsLanguage = ExportLanguage;

/** B2: the session's end, start time plus its hours, in Beijing local time. */
function endOf(date: string, startTime: string, hours: number): string {
  const [h, m] = startTime.split(':').map(Number);
  const minutes = (h ?? 0) * 60 + (m ?? 0) + Math.round(hours * 60);
  const day = addDays(date, Math.floor(minutes / 1440));
  const within = minutes % 1440;
  return `${day}T${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
}

export function bookingEvent(record: StoredBooking, partnerName: string, language: IcsLanguage, stamp: string): IcsEvent {
  // The words the screens use for the same booking, in the user's language.
  const t = translatorFor(language);
  const kind =
    record.kind === 'training' && record.method
      ? t('bookings.ics.trainingBy', { method: t(`bookings.methods.${record.method}`) })
      : t(`bookings.kinds.${record.kind}`);
  const summary = [t('bookings.ics.labelled', { label: kind, value: partnerName }), record.title].filter(Boolean).join(' · ');
  const topics = record.topics.length > 0 ? t('bookings.ics.labelled', { label: t('bookings.form.topics'), value: record.topics.join(', ') }) : '';
  const description = [topics, record.notes].filter(Boolean).join('\n');
  // Consulting has a time of day; KEA days and trainings are whole days (B1: end inclusive).
  const when: IcsEvent['when'] =
    record.kind === 'consulting' && record.startTime
      ? { allDay: false, start: `${record.start}T${record.startTime}`, end: endOf(record.start, record.startTime, record.hours ?? 1) }
      : { allDay: true, start: record.start, endExclusive: addDays(record.end, 1) };
  return {
    // Stable per booking, so a calendar that imports the file again updates the same entry.
    uid: `${record.id}@partner-support-desk`,
    stamp,
    sequence: record.history.length - 1,
    when,
    summary,
    description,
    location: record.venue,
    status: record.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

export function bookingsCalendar(records: readonly StoredBooking[], partnerNames: ReadonlyMap<string, string>, language: IcsLanguage, stamp: string): string {
  return writeCalendar(
    records.map((r) => bookingEvent(r, partnerNames.get(r.partnerId) ?? '', language, stamp)),
    translatorFor(language)('bookings.ics.calendar'),
  );
}
