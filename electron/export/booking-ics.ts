import { addDays } from '../../core/time';
import type { StoredBooking } from '../store/records/bookings';
import { writeCalendar, type IcsEvent } from './ics-writer';

export type IcsLanguage = 'en' | 'zh-CN';

/** The few words a calendar entry needs, in the user's language (main has no i18next). */
const WORDS: Record<IcsLanguage, { calendar: string; kinds: Record<StoredBooking['kind'], string>; methods: Record<string, string>; topics: string; venue: string; sep: string }> = {
  en: {
    calendar: 'Partner bookings',
    kinds: { kea: 'Key Event Assurance', consulting: 'Architecture consulting', training: 'Training' },
    methods: { online: 'online', telepresence: 'telepresence', 'on-site': 'on-site' },
    topics: 'Topics',
    venue: 'Venue',
    sep: ': ',
  },
  'zh-CN': {
    calendar: '伙伴预订',
    kinds: { kea: '重大活动保障', consulting: '架构咨询', training: '培训' },
    methods: { online: '在线', telepresence: '远程呈现', 'on-site': '现场' },
    topics: '主题',
    venue: '场地',
    sep: '：',
  },
};

/** B2: the session's end, start time plus its hours, in Beijing local time. */
function endOf(date: string, startTime: string, hours: number): string {
  const [h, m] = startTime.split(':').map(Number);
  const minutes = (h ?? 0) * 60 + (m ?? 0) + Math.round(hours * 60);
  const day = addDays(date, Math.floor(minutes / 1440));
  const within = minutes % 1440;
  return `${day}T${String(Math.floor(within / 60)).padStart(2, '0')}:${String(within % 60).padStart(2, '0')}`;
}

export function bookingEvent(record: StoredBooking, partnerName: string, language: IcsLanguage, stamp: string): IcsEvent {
  const w = WORDS[language];
  const kind = record.kind === 'training' && record.method ? `${w.kinds.training} (${w.methods[record.method]})` : w.kinds[record.kind];
  const summary = [`${kind}${w.sep}${partnerName}`, record.title].filter(Boolean).join(' · ');
  const description = [record.topics.length > 0 ? `${w.topics}${w.sep}${record.topics.join(', ')}` : '', record.notes].filter(Boolean).join('\n');
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
    WORDS[language].calendar,
  );
}
