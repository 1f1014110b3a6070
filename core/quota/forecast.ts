// Q1 screen helper: when does the month's quota run out at the current pace?
import { daysInMonth, formatYmd, type IsoDate, monthOf } from '../time';
import type { MonthUsage } from './month-usage';

export type ExhaustionForecast = {
  /** The day the quota runs out; null when it lasts the month, is unlimited or nothing is used. */
  readonly exhaustsOn: IsoDate | null;
  readonly alreadyExhausted: boolean;
};

export function forecastExhaustion(usage: MonthUsage, today: IsoDate): ExhaustionForecast {
  if (usage.limit === null) return { exhaustsOn: null, alreadyExhausted: false };
  if (usage.used >= usage.limit) return { exhaustsOn: monthOf(today) === usage.month ? today : null, alreadyExhausted: true };
  const monthLength = daysInMonth(usage.month);
  const todayMonth = monthOf(today);
  if (todayMonth !== usage.month || usage.used === 0) return { exhaustsOn: null, alreadyExhausted: false };
  const elapsed = Number(today.slice(8, 10));
  // Pace = used / elapsed per day; the limit is reached on the first day x with pace × x ≥ limit.
  // Integer arithmetic keeps the answer exact: x = ceil(limit × elapsed / used).
  const day = Math.ceil((usage.limit * elapsed) / usage.used);
  if (day > monthLength) return { exhaustsOn: null, alreadyExhausted: false };
  const [year, month] = [Number(usage.month.slice(0, 4)), Number(usage.month.slice(5, 7))];
  return { exhaustsOn: formatYmd(year, month, day), alreadyExhausted: false };
}
