import { z } from 'zod';

import { trainingTopics } from '@core/catalog';

import { instant, recordId, storedDate, timeOfDay } from '../../values/fields';
import { bookingKind, bookingStatus, trainingMethod, trainingTopic } from '../../values/ids';

/**
 * A booking as its year file keeps it: Key Event Assurance days (B1), an architecture consulting
 * session (B2) or a training (B3). One shape for the three kinds; what a kind does not use is
 * null or empty.
 */
export const bookingRecord = z.object({
  id: recordId,
  partnerId: recordId,
  kind: bookingKind,
  status: bookingStatus,
  /** T4: the Beijing date the booking was applied for. */
  appliedOn: storedDate,
  /** B1: whole days start..end inclusive; consulting and trainings take one day (start = end). */
  start: storedDate,
  end: storedDate,
  /** B2: the session's start time (Beijing, HH:mm) and its length in hours. */
  startTime: timeOfDay.nullable(),
  hours: z.number().positive().max(24).nullable(),
  /** B3: how a training is given, the venue of an on-site one, and the topics wanted. */
  method: trainingMethod.nullable(),
  venue: z.string().trim().max(200),
  venueConfirmed: z.boolean(),
  topics: z.array(trainingTopic).max(trainingTopics.length),
  title: z.string().trim().max(200),
  notes: z.string().trim().max(4000),
  /** B1: the Beijing date of a cancellation (days come back only when it is before the start). */
  cancelledOn: storedDate.nullable(),
  /** `by`: the manager whose desk wrote the entry, when it came from another desk through team sync. */
  history: z.array(z.object({ at: instant, action: z.string().max(40), reason: z.string().max(500), by: z.string().max(40).optional() })),
});

export type StoredBooking = z.infer<typeof bookingRecord>;
