import { z } from 'zod';

import { type TrainingMethod, type TrainingTopic, trainingTopics } from '@core/catalog';

import { isoDate, recordId, timeOfDay } from '../../values/fields';
import { bookingKind, language, trainingMethod, trainingTopic } from '../../values/ids';
import { channel, type ErrorBody, type PrefixedChannels } from './channel';

const date = isoDate;

/** One file of every booking shown: a large portfolio's years of bookings fit many times over. */
export const MAX_EXPORTED_BOOKINGS = 10_000;

/**
 * A booking as the page reads it: Key Event Assurance days (B1), an architecture consulting
 * session (B2) or a training (B3). One shape for the three kinds; what a kind does not use is
 * null or empty.
 */
export type BookingRecord = {
  id: string;
  partnerId: string;
  kind: 'kea' | 'consulting' | 'training';
  status: 'booked' | 'delivered' | 'cancelled';
  /** T4: the Beijing date the booking was applied for. */
  appliedOn: string;
  /** B1: whole days start..end inclusive; consulting and trainings take one day (start = end). */
  start: string;
  end: string;
  /** B2: the session's start time (Beijing, HH:mm) and its length in hours. */
  startTime: string | null;
  hours: number | null;
  /** B3: how a training is given, the venue of an on-site one, and the topics wanted. */
  method: TrainingMethod | null;
  venue: string;
  venueConfirmed: boolean;
  topics: TrainingTopic[];
  title: string;
  notes: string;
  /** B1: the Beijing date of a cancellation (days come back only when it is before the start). */
  cancelledOn: string | null;
  /** `by`: the manager whose desk wrote the entry, when team sync brought it from another desk. */
  history: { at: string; action: string; reason: string; by?: string }[];
};

const partnerId = recordId;
const text = (max: number) => z.string().trim().max(max).default('');
const startTime = timeOfDay;
const topics = z.array(trainingTopic).max(trainingTopics.length);

/** What a new booking asks for, per kind (B1-B3); main adds the applied-on date (T4) itself. */
export const newBookingRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('kea'), partnerId, start: date, end: date, title: text(200), notes: text(4000) }),
  z.object({ kind: z.literal('consulting'), partnerId, start: date, startTime, hours: z.number().positive().max(24), title: text(200), notes: text(4000) }),
  z.object({
    kind: z.literal('training'),
    partnerId,
    start: date,
    method: trainingMethod,
    venue: text(200),
    venueConfirmed: z.boolean().default(false),
    // B3: a training records the topics wanted, so at least one is asked for.
    topics: topics.min(1),
    title: text(200),
    notes: text(4000),
  }),
]);
export type NewBookingRequest = z.output<typeof newBookingRequest>;

/** The live form's draft: every field but the partner and the kind may still be missing. */
export const bookingDraft = z.object({
  partnerId,
  kind: bookingKind,
  start: date.optional(),
  end: date.optional(),
  startTime: startTime.optional(),
  hours: z.number().positive().max(24).optional(),
  method: trainingMethod.optional(),
  venueConfirmed: z.boolean().optional(),
  topics: topics.optional(),
  /** A reschedule is checked as if the booking it replaces were cancelled today. */
  replacing: recordId.optional(),
});

const reason = z.string().trim().max(500);

/** The changes a booking can take after it is made. */
export const bookingChange = z.discriminatedUnion('action', [
  // B1: KEA days come back only when cancelled before the start date.
  z.object({ action: z.literal('cancel'), reason: reason.default('') }),
  // Cancel + new booking, checked again; nothing changes when the new date is refused.
  z.object({ action: z.literal('reschedule'), start: date, end: date.optional(), startTime: startTime.optional(), reason: reason.default('') }),
  z.object({ action: z.literal('deliver'), reason: reason.default('') }),
]);

/** The quota a partner has left, as the form shows it before a date is picked. */
export type BookingBalances = {
  kea: { quota: number; used: number; left: number; serviceYearEnd: string } | null;
  consulting: { quota: number; used: number; left: number; maxHours: number; serviceYearEnd: string } | null;
  training: { organizedThisMonth: number; organizedPerMonth: number; onsiteThisServiceYear: number; onsitePerServiceYear: number; month: string } | null;
};

export type BookingCheck = {
  /** T4: the Beijing date of main's clock, the booking's "applied on". */
  today: string;
  level: 'basic' | 'standard' | 'premier' | null;
  /** T4: the earliest start the lead time allows (null for trainings, which have none). */
  earliest: string | null;
  balances: BookingBalances;
  /** Why saving would be refused, and the next date the rule allows where it gives one. */
  refusal: ErrorBody | null;
  nextDate: string | null;
  warnings: { code: string; rule: string; message: string; data: Record<string, unknown> }[];
};

export type BookingList = { today: string; bookings: BookingRecord[] };

export const bookingChannels = {
  /** B1-B4 with T4: checked against the plan, quota and lead time, then stored. */
  'bookings/create': channel<BookingRecord>()(newBookingRequest),
  /** The new-booking form's live check: earliest date, quota left, refusal; nothing stored. */
  'bookings/check': channel<BookingCheck>()(bookingDraft),
  'bookings/list': channel<BookingList>()(z.object({ partnerId: partnerId.optional() })),
  /** One booking, to open its detail (a search result). */
  'bookings/get': channel<BookingRecord>()(z.object({ id: recordId })),
  /** Cancel, reschedule, mark delivered; each kept in the booking's history. */
  'bookings/update': channel<BookingRecord>()(z.object({ id: recordId, change: bookingChange })),
  /** RFC 5545 file of the given bookings, saved where the user chooses (null: cancelled). */
  'bookings/export-ics': channel<{ path: string | null; count: number }>()(z.object({ ids: z.array(recordId).min(1).max(MAX_EXPORTED_BOOKINGS), language })),
} satisfies PrefixedChannels<'bookings'>;
