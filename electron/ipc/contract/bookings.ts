import { z } from 'zod';
import type { TrainingMethod, TrainingTopic } from '../../../core/catalog';

const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });

export const BOOKING_KINDS = ['kea', 'consulting', 'training'] as const;
export const BOOKING_STATUSES = ['booked', 'delivered', 'cancelled'] as const;
const TRAINING_METHODS = ['online', 'telepresence', 'on-site'] as const satisfies readonly TrainingMethod[];
const TRAINING_TOPICS = ['compute', 'storage', 'network', 'security', 'paas', 'om'] as const satisfies readonly TrainingTopic[];

/**
 * A booking of a service the plan includes: Key Event Assurance days (B1), an architecture
 * consulting session (B2) or a training (B3). One shape for the three kinds; what a kind does not
 * use is null or empty.
 */
export const bookingRecord = z.object({
  id: z.string().min(1),
  partnerId: z.string().min(1),
  kind: z.enum(BOOKING_KINDS),
  status: z.enum(BOOKING_STATUSES),
  /** T4: the Beijing date the booking was applied for. */
  appliedOn: date,
  /** B1: whole days start..end inclusive; consulting and trainings take one day (start = end). */
  start: date,
  end: date,
  /** B2: the session's start time (Beijing, HH:mm) and its length in hours. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
  hours: z.number().positive().max(24).nullable(),
  /** B3: how a training is given, the venue of an on-site one, and the topics wanted. */
  method: z.enum(TRAINING_METHODS).nullable(),
  venue: z.string().trim().max(200),
  venueConfirmed: z.boolean(),
  topics: z.array(z.enum(TRAINING_TOPICS)),
  title: z.string().trim().max(200),
  notes: z.string().trim().max(4000),
  /** B1: the Beijing date of a cancellation (days come back only when it is before the start). */
  cancelledOn: date.nullable(),
  history: z.array(z.object({ at: instant, action: z.string().max(40), reason: z.string().max(500) })),
});

export type BookingRecord = z.infer<typeof bookingRecord>;
