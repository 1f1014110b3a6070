import { useLayoutEffect } from 'react';
import { useSla } from './sla-store';

export const TICK_MARK = 'sla-tick';

/**
 * Rendered after the board: its layout effect runs once the tick's render is committed, so the
 * measure from the ticker's mark spans the whole tick (read by test/bench/sla-board.ts).
 */
export function TickProbe() {
  const nowMs = useSla((s) => s.nowMs);
  useLayoutEffect(() => {
    if (performance.getEntriesByName(TICK_MARK, 'mark').length === 0) return;
    performance.measure(TICK_MARK, TICK_MARK);
    performance.clearMarks(TICK_MARK);
  }, [nowMs]);
  return null;
}
