import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';

import { beijingToday } from '../../ui/dates';

/** The longest a wait for the next day lasts before the date is read again (a laptop asleep over midnight wakes its timers late). */
const LONGEST_WAIT_MS = 60_000;

/** T1: milliseconds from `now` to the next Beijing midnight, whatever zone the laptop is in. */
export function msToNextBeijingDay(now: Date): number {
  const next = DateTime.fromJSDate(now).setZone('Asia/Shanghai').startOf('day').plus({ days: 1 });
  return next.toMillis() - now.getTime();
}

/** The month a calendar shows: today's, unless the user moved to another and stays there. */
export type ShownMonth = { month: string; from: string } | null;

/**
 * The month to show, given where the user moved (`moved`: the month and today's month when they
 * moved) and today's month. A user who has not moved, or moved back to the month of the day they
 * moved on, follows today: the calendar turns to the new month at the day's change.
 */
export const monthToShow = (moved: ShownMonth, todayMonth: string): string => (moved && moved.month !== moved.from ? moved.month : todayMonth);

/** T1: today's Beijing date, which changes at Beijing midnight while the window stays open. */
export function useBeijingDay(): string {
  const [day, setDay] = useState(() => beijingToday());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      // A little past midnight, so the date read is the new one.
      timer = setTimeout(
        () => {
          setDay(beijingToday());
          wait();
        },
        Math.min(msToNextBeijingDay(new Date()) + 20, LONGEST_WAIT_MS),
      );
    };
    wait();
    return () => clearTimeout(timer);
  }, []);
  return day;
}
