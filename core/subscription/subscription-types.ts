import type { Level } from '../catalog';
import type { IsoDate } from '../time';

export type BillingMode = 'monthly' | 'yearly';

/** S3: from this date on, this level is in force; null = unsubscribed (S5). */
export type LevelChange = { readonly from: IsoDate; readonly level: Level | null };

/** S1: a partner's subscription with its level timeline. */
export type Subscription = {
  readonly start: IsoDate;
  readonly billing: BillingMode;
  readonly levels: readonly LevelChange[];
};

/** A half-open date range [start, end). */
export type Period = { readonly start: IsoDate; readonly end: IsoDate };
