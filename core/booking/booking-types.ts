import type { TrainingMethod, TrainingTopic } from '../catalog';
import type { IsoDate } from '../time';

/** B1: whole natural days start..end inclusive. */
export type KeaBooking = { readonly start: IsoDate; readonly end: IsoDate; readonly cancelledOn?: IsoDate | null };

export type KeaRequest = { readonly appliedOn: IsoDate; readonly start: IsoDate; readonly end: IsoDate };

/** B2: cancelled sessions do not count. */
export type ConsultingSession = { readonly date: IsoDate; readonly hours: number; readonly cancelled?: boolean };

export type ConsultingRequest = { readonly appliedOn: IsoDate; readonly date: IsoDate; readonly hours: number };

export type TrainingBooking = { readonly date: IsoDate; readonly method: TrainingMethod; readonly cancelled?: boolean };

export type TrainingRequest = {
  readonly date: IsoDate;
  readonly method: TrainingMethod;
  readonly venueConfirmed?: boolean;
  /** B3: the topics wanted. */
  readonly topics?: readonly TrainingTopic[];
};
