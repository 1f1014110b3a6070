import type { CaseKind, Level, TrainingMethod } from '../catalog';
import type { MonthUsage } from '../quota';
import type { LevelSpan, Subscription } from '../subscription';
import type { IsoDate, IsoInstant, MonthKey } from '../time';
import type { SlaOutcome, SlaPerformanceRow } from './sla-performance';

/** One case of the month as the caller reduced it: its clock outcome (C2/C3) and first response. */
export type ReportCase = {
  readonly kind: CaseKind;
  readonly openedAt: IsoInstant;
  /** Q4: a voided case was a data-entry mistake; the report leaves it out and only counts it. */
  readonly voided: boolean;
  readonly outcome: SlaOutcome;
  /** Wall-clock milliseconds from opening to the first response; null while unanswered. */
  readonly responseMs: number | null;
};

export type ReportBooking = {
  readonly kind: 'kea' | 'consulting' | 'training';
  readonly status: 'booked' | 'delivered' | 'cancelled';
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly hours: number | null;
  readonly method: TrainingMethod | null;
  readonly title: string;
};

export type ReportCharge = {
  readonly date: IsoDate;
  readonly kind: string;
  readonly amount: number;
  readonly currency: string;
  readonly level: Level | null;
  readonly rule: string;
};

export type ServiceReportInput = {
  readonly month: MonthKey;
  /** The Beijing date the report is made on; a month not over yet is reported "so far". */
  readonly today: IsoDate;
  readonly subscription: Subscription | null;
  readonly cases: readonly ReportCase[];
  readonly packs: readonly { readonly boughtOn: IsoDate; readonly count: number }[];
  readonly bookings: readonly ReportBooking[];
  readonly charges: readonly ReportCharge[];
};

/** A severity's row: the met rate of C2/C3 plus how long the first responses took. */
export type SeverityReportRow = SlaPerformanceRow & {
  readonly count: number;
  /** P2 target in minutes; null on Basic, whose target is 1 working day (T5). */
  readonly targetMinutes: number | null;
  /** Wall-clock minutes, rounded up, of the guaranteed cases answered; null when none was. */
  readonly medianMinutes: number | null;
  readonly longestMinutes: number | null;
};

export type CaseUsage = {
  readonly technical: number;
  readonly service: number;
  /** Q4: voided cases, shown only as a count. */
  readonly voided: number;
  /** Q1-Q5: the Standard quota of the month, or why there is none. */
  readonly quota: { readonly status: 'counted'; readonly usage: MonthUsage } | { readonly status: 'unlimited' | 'not-included' | 'no-plan' };
};

export type BookingLine = ReportBooking & { readonly daysInMonth: number };

export type BookingsReport = {
  /** B1: KEA natural days delivered that fall in the month. */
  readonly keaDays: number;
  readonly consultingSessions: number;
  readonly consultingHours: number;
  readonly trainings: number;
  readonly delivered: readonly BookingLine[];
  /** Booked and not yet delivered, from the month's first day on. */
  readonly upcoming: readonly BookingLine[];
  readonly cancelled: number;
};

export type PlanChange = { readonly on: IsoDate; readonly from: Level | null; readonly to: Level | null };

export type ServiceReport = {
  readonly month: MonthKey;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** The last day the figures cover: the month's end, or today while the month runs. */
  readonly asOf: IsoDate;
  readonly complete: boolean;
  /** S3: the level in force on `asOf`. */
  readonly level: Level | null;
  /** P4: the report is included with Premier; for other levels it is made on request. */
  readonly included: boolean;
  readonly usage: CaseUsage;
  /** Cases opened per day of the month (Q4: voided left out), index 0 = the 1st. */
  readonly perDay: readonly { readonly date: IsoDate; readonly technical: number; readonly service: number }[];
  readonly severities: readonly SeverityReportRow[];
  readonly total: SeverityReportRow;
  readonly bookings: BookingsReport;
  readonly levels: readonly LevelSpan[];
  readonly changes: readonly PlanChange[];
  readonly charges: readonly ReportCharge[];
};
