// The Today view's items: what needs doing, from the rules of every area (C2, Q1, Q2, B1-B3, S1, S2, S4, S5, M9, T2).
import type { ConsultingSession, KeaBooking, TrainingBooking } from '../booking';
import type { CoverageWarning } from '../calendar';
import type { SeverityId, TrainingMethod } from '../catalog';
import type { PackPurchase } from '../quota';
import type { BillingMode, RecordedSubscription } from '../subscription';
import type { IsoDate, IsoInstant, MonthKey } from '../time';

/** Every kind of item, in the order Settings lists them; each can be hidden. */
export const TODAY_KINDS = [
  'case-breached',
  'case-at-risk',
  'case-due-today',
  'quota-near-limit',
  'pack-expiring',
  'service-year-ending',
  'renewal-due',
  'plan-ended',
  'frequent-change',
  'booking-soon',
  'booking-unconfirmed',
  'consumption-missing',
  'calendar-coverage',
] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];

/** How soon an item needs doing, most urgent first: the view groups by it. */
export const URGENCIES = ['now', 'today', 'week', 'month', 'later'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Where an item is dealt with. */
export type TodayTarget =
  | { readonly to: 'case'; readonly caseId: string; readonly partnerId: string }
  | { readonly to: 'partner'; readonly partnerId: string }
  | { readonly to: 'booking'; readonly bookingId: string; readonly partnerId: string }
  | { readonly to: 'settings' };

type Base<K extends TodayKind> = {
  readonly kind: K;
  /** A key unique among the items of one answer. */
  readonly id: string;
  /** The rule behind the item (C2, Q1 …). */
  readonly rule: string;
  readonly urgency: Urgency;
  /** Orders items of one urgency: the instant or date the item is about, earliest first. */
  readonly when: string;
  readonly target: TodayTarget;
};
type OfPartner<K extends TodayKind> = Base<K> & { readonly partnerId: string; readonly partnerName: string };

export type TodayItem =
  | (OfPartner<'case-breached' | 'case-at-risk' | 'case-due-today'> & {
      readonly caseId: string;
      readonly customer: string;
      readonly vendorRef: string;
      readonly severity: SeverityId | null;
      readonly dueAt: IsoInstant;
    })
  | (OfPartner<'quota-near-limit'> & { readonly used: number; readonly limit: number; readonly exhaustsOn: IsoDate | null; readonly exhausted: boolean })
  | (OfPartner<'pack-expiring'> & { readonly validUntil: IsoDate; readonly casesLeft: number; readonly tonight: boolean })
  | (OfPartner<'service-year-ending'> & {
      /** S2: the service year's last day. */
      readonly lastDay: IsoDate;
      readonly keaDaysLeft: number;
      readonly consultingLeft: number;
      readonly onsiteTrainingsLeft: number;
    })
  | (OfPartner<'renewal-due'> & { readonly renewalOn: IsoDate; readonly billing: BillingMode; readonly overdue: boolean })
  | (OfPartner<'plan-ended'> & { readonly endsOn: IsoDate; readonly ended: boolean })
  | (OfPartner<'frequent-change'> & { readonly changes: number; readonly lastChangeOn: IsoDate })
  | (OfPartner<'booking-soon' | 'booking-unconfirmed'> & {
      readonly bookingId: string;
      readonly bookingKind: TodayBooking['kind'];
      readonly title: string;
      readonly start: IsoDate;
      readonly end: IsoDate;
    })
  | (OfPartner<'consumption-missing'> & { readonly month: MonthKey })
  | (Base<'calendar-coverage'> & { readonly uncoveredYears: readonly number[]; readonly nextYear: number | null; readonly nextYearUncovered: boolean });

/** An unanswered case whose clock is guaranteed (C2/C3), with its milestones (C1, C4: computed at its opening level). */
export type TodayCase = {
  readonly id: string;
  readonly partnerId: string;
  readonly customer: string;
  readonly vendorRef: string;
  readonly severity: SeverityId | null;
  readonly atRiskMs: number;
  readonly dueMs: number;
  readonly dueAt: IsoInstant;
};

export type TodayPartner = {
  readonly id: string;
  readonly name: string;
  readonly subscription: RecordedSubscription | null;
  /** Q1 / Q4 / Q5: this month's technical cases that count toward the quota, already counted. */
  readonly usedThisMonth: number;
  readonly packs: readonly PackPurchase[];
  readonly kea: readonly KeaBooking[];
  readonly consulting: readonly ConsultingSession[];
  readonly trainings: readonly TrainingBooking[];
  /** M9: the months whose cloud consumption is entered. */
  readonly consumptionMonths: readonly MonthKey[];
};

export type TodayBooking = {
  readonly id: string;
  readonly partnerId: string;
  readonly kind: 'kea' | 'consulting' | 'training';
  readonly status: 'booked' | 'delivered' | 'cancelled';
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly title: string;
  readonly method: TrainingMethod | null;
  readonly venueConfirmed: boolean;
};

export type TodayInput = {
  readonly now: IsoInstant;
  readonly partners: readonly TodayPartner[];
  readonly cases: readonly TodayCase[];
  readonly bookings: readonly TodayBooking[];
  /** T2: the calendar coverage warning as core's coverageWarning gives it. */
  readonly coverage: CoverageWarning;
  readonly hidden?: readonly TodayKind[];
};
