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

/** M4: the part of the paid period bought at the current level, and what was paid for it. */
export type PaidSegment = { readonly start: IsoDate; readonly paid: number };

/** S1 / M4: a subscription as it is recorded: its timeline, the paid period in force and its current segment. */
export type RecordedSubscription = Subscription & { readonly period: Period; readonly segment: PaidSegment };
