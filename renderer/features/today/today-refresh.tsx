import { useEffect } from 'react';

import { useNavigation } from '../../app/navigation-store';
import { useReportError } from '../../ui/use-report-error';
import { useSla } from '../sla/sla-store';
import { firstToday, useToday } from './today-store';

/** How often the day's items are asked for again while the app is open (cases go at risk by the minute). */
const REFRESH_MS = 60_000;
/** A burst of changes (an import, a run of answers) asks once, this long after the last. */
const SETTLE_MS = 500;

/**
 * Asks main for the day's items at start, chooses the first screen from the answer (Today once
 * the desk holds partners), then keeps the items and the navigation's count fresh.
 */
export function TodayRefresh() {
  const load = useToday((s) => s.load);
  const start = useNavigation((s) => s.start);
  const report = useReportError();
  useEffect(() => {
    firstToday()
      .then((answer) => start(answer.hasPartners ? 'today' : 'partners'))
      .catch((error: unknown) => {
        start('partners');
        report(error);
      });
    const timer = setInterval(() => void load().catch(report), REFRESH_MS);
    // A case logged, answered or imported, or one that just went at risk or breached, changes the
    // day's items at once: the count beside Today follows the SLA badge, not a minute later.
    let settle: number | undefined;
    const unsubscribe = useSla.subscribe((state, previous) => {
      // The board's first load is the start's, whose items were just asked for above.
      if (!previous.loaded || (state.rows === previous.rows && state.counts === previous.counts)) return;
      window.clearTimeout(settle);
      settle = window.setTimeout(() => void load().catch(report), SETTLE_MS);
    });
    return () => {
      clearInterval(timer);
      window.clearTimeout(settle);
      unsubscribe();
    };
    // Once at start; report changes with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, start]);
  return null;
}
