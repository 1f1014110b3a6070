import type { VirtualItem } from '@tanstack/react-virtual';
import { type RefObject, useEffect, useRef } from 'react';

import type { ClockRow } from './sla-clock';
import { ROW_HEIGHT } from './sla-row';

/**
 * Brings one case into view in the board and gives its "open case" button the focus: a case just
 * logged would otherwise be lost among thousands. The board scrolls once, so the row sits in the
 * middle of what the sticky header leaves in view (every row is ROW_HEIGHT high: nothing is
 * measured but the header and the box, once); the focus moves once the row is rendered.
 */
export function useReveal(scroller: RefObject<HTMLElement | null>, rows: readonly ClockRow[], id: string | null, items: readonly VirtualItem[]): void {
  // The case last scrolled to, and the one whose button still waits for the focus.
  const scrolledTo = useRef<string | null>(null);
  const toFocus = useRef<string | null>(null);

  useEffect(() => {
    if (id === null) {
      scrolledTo.current = null;
      return;
    }
    const box = scroller.current;
    const index = rows.findIndex((r) => r.id === id);
    // Not on the board (yet): tried again when the rows change.
    if (!box || index < 0 || scrolledTo.current === id) return;
    scrolledTo.current = id;
    toFocus.current = id;
    const head = box.querySelector('thead')?.offsetHeight ?? 0;
    box.scrollTo({ top: Math.max(0, index * ROW_HEIGHT + ROW_HEIGHT / 2 + head / 2 - box.clientHeight / 2) });
  }, [scroller, rows, id]);

  // After each render of the rows in view (the scroll above renders the row a moment later).
  useEffect(() => {
    const waiting = toFocus.current;
    if (waiting === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-case-id="${CSS.escape(waiting)}"]`);
    const button = row?.querySelector<HTMLElement>('.open-case');
    if (!row || !button) return;
    toFocus.current = null;
    // In view in the board already; the page around it may need to scroll too (a short window).
    row.scrollIntoView({ block: 'nearest' });
    button.focus({ preventScroll: true });
  }, [scroller, items]);
}
