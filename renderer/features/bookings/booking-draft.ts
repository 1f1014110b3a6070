import { type TrainingMethod, type TrainingTopic, trainingTopics } from '@core/catalog';
import { addDays, daysBetween } from '@core/time';

import type { BookingDraft, NewBooking } from './bookings-store';

export type Kind = 'kea' | 'consulting' | 'training';
export type Method = TrainingMethod;
export type Topic = TrainingTopic;
/** B3: the topics the form offers, core's one list. */
export const TOPICS: readonly Topic[] = trainingTopics;

/** The form as typed: strings until main validates them. */
export type Draft = {
  partnerId: string;
  kind: Kind;
  start: string;
  end: string;
  startTime: string;
  hours: string;
  method: Method;
  venue: string;
  venueConfirmed: boolean;
  topics: Topic[];
  title: string;
  notes: string;
};

export const emptyDraft = (partnerId = ''): Draft => ({
  partnerId,
  kind: 'kea',
  start: '',
  end: '',
  startTime: '09:00',
  hours: '',
  method: 'online',
  venue: '',
  venueConfirmed: false,
  topics: [],
  title: '',
  notes: '',
});

const hoursOf = (draft: Draft) => (draft.hours === '' || !Number.isFinite(Number(draft.hours)) || Number(draft.hours) <= 0 ? undefined : Number(draft.hours));

/** What the live check is asked: only the fields filled in so far (before a date: earliest and quota). */
export function checkDraftOf(draft: Draft): BookingDraft | null {
  if (!draft.partnerId) return null;
  const start = draft.start || undefined;
  const hours = hoursOf(draft);
  return {
    partnerId: draft.partnerId,
    kind: draft.kind,
    ...(start ? { start } : {}),
    ...(draft.kind === 'kea' && draft.end ? { end: draft.end } : {}),
    ...(draft.kind === 'consulting' && hours !== undefined ? { hours } : {}),
    ...(draft.kind === 'training' ? { method: draft.method, venueConfirmed: draft.venueConfirmed, topics: draft.topics } : {}),
  };
}

/** The request to save; main validates it again and names a bad field. */
export function requestOf(draft: Draft): NewBooking {
  const common = { partnerId: draft.partnerId, start: draft.start, title: draft.title, notes: draft.notes };
  if (draft.kind === 'kea') return { ...common, kind: 'kea', end: draft.end };
  if (draft.kind === 'consulting') return { ...common, kind: 'consulting', startTime: draft.startTime, hours: hoursOf(draft) ?? 0 };
  return { ...common, kind: 'training', method: draft.method, venue: draft.venue, venueConfirmed: draft.venueConfirmed, topics: draft.topics };
}

/** B1: moving a KEA booking to another first day keeps its number of days. */
export function withStart(draft: Draft, start: string): Draft {
  if (draft.kind !== 'kea') return { ...draft, start };
  const length = draft.start && draft.end && draft.end >= draft.start ? daysBetween(draft.start, draft.end) : 0;
  return { ...draft, start, end: addDays(start, length) };
}
