import {
  checkConsultingBooking,
  checkKeaBooking,
  checkTrainingBooking,
  type ConsultingRequest,
  type ConsultingSession,
  type KeaBooking,
  type KeaRequest,
  type TrainingBooking,
  type TrainingRequest,
} from '@core';

import { type Adapter, fromResult } from '../case-types';
import { calendarOf, list, obj, subscriptionOf } from '../given';

export const bookingAdapters: Record<string, Adapter> = {
  // B1 / T4
  'kea.book': (given) =>
    fromResult(
      checkKeaBooking({
        subscription: subscriptionOf(given),
        calendar: calendarOf(given),
        bookings: list<KeaBooking>(given, 'bookings'),
        request: obj(given, 'request') as unknown as KeaRequest,
      }),
      (v) => ({ daysLeftInServiceYear: v.daysLeftInServiceYear }),
    ),
  // B2 / T4
  'consulting.book': (given) =>
    fromResult(
      checkConsultingBooking({
        subscription: subscriptionOf(given),
        calendar: calendarOf(given),
        sessions: list<ConsultingSession>(given, 'sessions'),
        request: obj(given, 'request') as unknown as ConsultingRequest,
      }),
      (v) => ({ sessionsLeftInServiceYear: v.sessionsLeftInServiceYear }),
    ),
  // B3
  'training.book': (given) =>
    fromResult(
      checkTrainingBooking({
        subscription: subscriptionOf(given),
        trainings: list<TrainingBooking>(given, 'trainings'),
        request: obj(given, 'request') as unknown as TrainingRequest,
      }),
      () => ({}),
    ),
};
