/** The month `by` months from `month` (YYYY-MM). */
export function shiftMonthBy(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Where a key moves in the year's months, three a row: arrows by month and row, Home/End to January/December, PageUp/PageDown by year. */
export function monthKeyTarget(month: string, key: string): string | null {
  const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3, PageUp: -12, PageDown: 12 };
  if (key in moves) return shiftMonthBy(month, moves[key] ?? 0);
  if (key === 'Home') return `${month.slice(0, 4)}-01`;
  if (key === 'End') return `${month.slice(0, 4)}-12`;
  return null;
}
