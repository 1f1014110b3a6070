// M8: a billing summary covers whole calendar months (T1: Beijing months).
import { addMonths, type MonthKey, monthOf, monthStart } from '../time';

/** Every month from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let m = monthOf(monthStart(from)); m <= to; m = monthOf(addMonths(monthStart(m), 1))) months.push(m);
  return months;
}
