// Values of the pure domain with fixed, readable defaults for core's unit tests: each test states only what it is about.
import { calendarFromDates } from '@core/calendar';
import type { Level } from '@core/catalog';
import { type BillingMode, type LevelChange, periodEndFor, type RecordedSubscription, type Subscription } from '@core/subscription';
import type { IsoDate } from '@core/time';

export function aSubscription(
  options: {
    readonly level?: Level;
    readonly start?: IsoDate;
    readonly billing?: BillingMode;
    readonly changes?: readonly LevelChange[];
  } = {},
): Subscription {
  const start = options.start ?? '2026-01-01';
  return {
    start,
    billing: options.billing ?? 'yearly',
    levels: [{ from: start, level: options.level ?? 'standard' }, ...(options.changes ?? [])],
  };
}

/** A subscription as recorded: its first period, paid in full at the sample Standard yearly fee unless `paid` says otherwise (S1, M4). */
export function aRecordedSubscription(options: Parameters<typeof aSubscription>[0] & { readonly paid?: number } = {}): RecordedSubscription {
  const subscription = aSubscription(options);
  const period = { start: subscription.start, end: periodEndFor(subscription.start, subscription.billing) };
  return { ...subscription, period, segment: { start: subscription.start, paid: options.paid ?? 1_200_000 } };
}

/** The 2026 mainland-China holidays as the shared conformance cases list them. */
export const calendar2026 = calendarFromDates(
  {
    holidays: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  'cn-2026',
);

/** n technical cases opened at 10:00 Beijing on consecutive days from `from`. */
export function technicalCases(n: number, from: IsoDate = '2026-03-01'): { openedAt: string; kind: 'technical' }[] {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: n }, (_, i) => ({
    openedAt: new Date(Date.UTC(y, m - 1, d + (i % 28), 2)).toISOString(),
    kind: 'technical' as const,
  }));
}
