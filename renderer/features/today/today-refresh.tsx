import { useEffect } from 'react';

import { useNavigation } from '../../app/navigation-store';
import { useReportError } from '../../ui/use-report-error';
import { useToday } from './today-store';

/** How often the day's items are asked for again while the app is open (cases go at risk by the minute). */
const REFRESH_MS = 60_000;

/**
 * Asks main for the day's items at start, chooses the first screen from the answer (Today once
 * the desk holds partners), then keeps the items and the navigation's count fresh.
 */
export function TodayRefresh() {
  const load = useToday((s) => s.load);
  const start = useNavigation((s) => s.start);
  const report = useReportError();
  useEffect(() => {
    load()
      .then((answer) => start(answer.hasPartners ? 'today' : 'partners'))
      .catch((error: unknown) => {
        start('partners');
        report(error);
      });
    const timer = setInterval(() => void load().catch(report), REFRESH_MS);
    return () => clearInterval(timer);
    // Once at start; report changes with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, start]);
  return null;
}
