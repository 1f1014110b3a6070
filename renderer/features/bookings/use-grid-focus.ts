import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';

import { gridKeyTarget } from './month-grid';

const chipsOf = (cell: Element) => [...cell.querySelectorAll<HTMLElement>('button.chip')];

/**
 * The month grid as one Tab stop (WAI-ARIA grid, roving tabindex): the day the keys last reached
 * in the month shown, else today, else the 1st. The keys of gridKeyTarget move between days (a
 * day of another month turns the calendar to it); Enter or F2 goes into the day's bookings, the
 * arrows move between them, Escape comes back to the day.
 */
export function useGridFocus(month: string, today: string, turnTo: (month: string) => void) {
  const grid = useRef<HTMLTableElement>(null);
  const [reached, setReached] = useState<string | null>(null);
  const follow = useRef(false);
  const inMonth = (date: string | null) => !!date && date.startsWith(`${month}-`);
  const active = inMonth(reached) ? (reached as string) : inMonth(today) ? today : `${month}-01`;

  // Only a key moves the focus: a month turned with the buttons keeps it on the button.
  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    grid.current?.querySelector<HTMLElement>(`td[data-date="${active}"]`)?.focus();
  }, [active]);

  const onChipKey = (event: KeyboardEvent<HTMLElement>, cell: HTMLElement) => {
    const chips = chipsOf(cell);
    const at = chips.indexOf(event.target as HTMLElement);
    const to = event.key === 'ArrowDown' ? chips[at + 1] : event.key === 'ArrowUp' ? chips[at - 1] : event.key === 'Escape' ? cell : undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Escape') event.preventDefault();
    to?.focus();
  };

  /** On a day's cell (its data-date), or a booking's chip in it. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const cell = event.currentTarget;
    const date = cell.dataset.date ?? active;
    if (event.target !== cell) return onChipKey(event, cell);
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      chipsOf(cell)[0]?.focus();
      return;
    }
    const next = gridKeyTarget(date, event.key, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    follow.current = true;
    setReached(next);
    if (!next.startsWith(`${month}-`)) turnTo(next.slice(0, 7));
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => setReached(event.currentTarget.dataset.date ?? null);
  return { grid, active, onFocus, onKeyDown };
}
