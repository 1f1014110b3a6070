import { type Level, levels } from '@core/catalog';
import type { DomainWarning } from '@core/errors';
import type { ProrationKind, ProrationQuote } from '@core/money';
import type { BillingMode } from '@core/subscription';
import type { ErrorBody } from '@main/ipc/contract';

/** What the level changes to; null = unsubscribe (M6). */
export type Target = Level | null;

/** The numbers a quote is worked out from (M3/M4), whether a stored partner's or typed in. */
export type Scenario = {
  readonly partnerId: string | null;
  readonly partnerName: string | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly segmentStart: string;
  readonly segmentPaid: number;
  readonly billing: BillingMode;
  /** The level in force on the date (S3), null when none is. */
  readonly currentLevel: Level | null;
  readonly on: string;
  readonly currency: string;
};

export type Outcome =
  | {
      readonly ok: true;
      readonly target: Target;
      readonly kind: ProrationKind;
      readonly quote: ProrationQuote;
      /** The new level's fee for a whole period (M4), null for an unsubscribe. */
      readonly newPeriodFee: number | null;
      readonly warnings: readonly DomainWarning[];
    }
  | { readonly ok: false; readonly target: Target; readonly error: ErrorBody };

export type Calculation = {
  readonly scenario: Scenario;
  /** The change asked for. */
  readonly chosen: Outcome;
  /** Every other move from the current level, in catalog order, unsubscribe last. */
  readonly options: readonly Outcome[];
};

/** Every level in catalog order (P1), unsubscribe (M6) last. */
export const TARGETS: readonly Target[] = [...levels, null];

/** The select's value for a target: a level id, or 'none' for unsubscribe. */
export const targetValue = (target: Target): string => target ?? 'none';
export const targetOf = (value: string): Target => (value === 'none' ? null : (value as Level));
