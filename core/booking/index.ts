export type { ConsultingRequest, ConsultingSession, KeaBooking, KeaRequest, TrainingBooking, TrainingRequest } from './booking-types';
export { checkLeadTime, coverageWarnings, earliestStart, type LeadTimeKind } from './lead-time';
export { checkKeaBooking, keaBalance, keaBookingCounts, keaDaysUsed, type KeaBalance, type KeaOutcome } from './kea';
export { checkConsultingBooking, consultingBalance, consultingSessionsUsed, type ConsultingBalance, type ConsultingOutcome } from './consulting';
export { checkTrainingBooking, type TrainingOutcome } from './training';
export { cancelKeaBooking, type KeaCancellation } from './cancellation';
export { trainingBalance, type TrainingBalance } from './training-balance';
