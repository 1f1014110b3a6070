export type Rect = { x: number; y: number; width: number; height: number };

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_SIZE = { width: 640, height: 480 };

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Puts remembered bounds back where the user can reach them: on the display they overlap most
 * (or the first, when the monitor they were on is gone), no larger than its work area and
 * wholly inside it, so the title bar can always be grabbed. Sizes below the window's minimum
 * (a damaged file) fall back to the default size.
 */
export function fitOnDisplays(saved: Rect, workAreas: readonly Rect[]): Rect {
  const [first] = workAreas;
  if (!first) return saved;
  const area = workAreas.reduce((best, a) => (overlap(saved, a) > overlap(saved, best) ? a : best), first);
  const usable = saved.width >= MIN_SIZE.width && saved.height >= MIN_SIZE.height;
  const width = Math.min(usable ? saved.width : DEFAULT_SIZE.width, area.width);
  const height = Math.min(usable ? saved.height : DEFAULT_SIZE.height, area.height);
  const visible = overlap(saved, area) > 0;
  // A window that was off every display is centred on the one it comes back to.
  const x = visible ? clamp(saved.x, area.x, area.x + area.width - width) : area.x + Math.round((area.width - width) / 2);
  const y = visible ? clamp(saved.y, area.y, area.y + area.height - height) : area.y + Math.round((area.height - height) / 2);
  return { x, y, width, height };
}
