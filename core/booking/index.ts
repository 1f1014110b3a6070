export { type BookingOverrun, type BookingOverrunKind, bookingOverruns } from './booking-overruns';
export type { ConsultingRequest, ConsultingSession, KeaBooking, KeaRequest, TrainingBooking, TrainingRequest } from './booking-types';
export { cancelKeaBooking, type KeaCancellation } from './cancellation';
export { checkConsultingBooking, type ConsultingBalance, consultingBalance, type ConsultingOutcome, consultingSessionsUsed } from './consulting';
export { checkKeaBooking, type KeaBalance, keaBalance, keaBookingCounts, keaDaysUsed, type KeaOutcome } from './kea';
export { checkLeadTime, coverageWarnings, earliestStart, type LeadTimeKind } from './lead-time';
export { checkTrainingBooking, type TrainingOutcome } from './training';
export { type TrainingBalance, trainingBalance } from './training-balance';
