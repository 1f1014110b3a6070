// S3 / S5: the level in force on a date is the latest change on or before it.
import type { Level } from '../catalog';
import { addDays, daysBetween, type IsoDate, maxDate, minDate } from '../time';
import type { LevelChange, Subscription } from './subscription-types';

/** The timeline sorted by date; for two changes on one date the later entry wins. */
export function sortedChanges(subscription: Subscription): LevelChange[] {
  const levels = subscription.levels;
  const known = sortedOnce.get(levels);
  if (known && known.length === levels.length) return known;
  const sorted = levels
    .map((change, i) => ({ change, i }))
    .sort((a, b) => (a.change.from === b.change.from ? a.i - b.i : a.change.from < b.change.from ? -1 : 1))
    .map((x) => x.change);
  sortedOnce.set(levels, sorted);
  return sorted;
}

/**
 * Each timeline sorted once: levelOn runs for every case a quota or a report counts. Keyed by
 * the (readonly) array itself, so a new timeline is sorted afresh and an old one is collected.
 */
const sortedOnce = new WeakMap<readonly LevelChange[], LevelChange[]>();

/** S3: the level in force on `date`; null before the start or after an unsubscribe (S5). */
export function levelOn(subscription: Subscription, date: IsoDate): Level | null {
  if (date < subscription.start) return null;
  let level: Level | null = null;
  for (const change of sortedChanges(subscription)) {
    if (change.from > date) break;
    level = change.level;
  }
  return level;
}

export type LevelSpan = { readonly level: Level | null; readonly start: IsoDate; readonly end: IsoDate };

/** The levels in force over [from, to), as consecutive spans with their own [start, end). */
export function levelSpans(subscription: Subscription, from: IsoDate, to: IsoDate): LevelSpan[] {
  const cuts = new Set<IsoDate>([from]);
  for (const change of [{ from: subscription.start }, ...subscription.levels]) {
    if (change.from > from && change.from < to) cuts.add(change.from);
  }
  const starts = [...cuts].sort();
  const spans: LevelSpan[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? to;
    const level = levelOn(subscription, start);
    const last = spans[spans.length - 1];
    if (last && last.level === level) spans[spans.length - 1] = { ...last, end };
    else spans.push({ level, start, end });
  });
  return spans;
}

/** Days in [from, to) on which `level` is in force. */
export function daysAtLevel(subscription: Subscription, level: Level, from: IsoDate, to: IsoDate): number {
  return levelSpans(subscription, from, to)
    .filter((s) => s.level === level)
    .reduce((sum, s) => sum + daysBetween(maxDate(s.start, from), minDate(s.end, to)), 0);
}

/** Whether every day of the inclusive range has some level in force (B4). */
export function inForceThroughout(subscription: Subscription, start: IsoDate, end: IsoDate): boolean {
  return levelSpans(subscription, start, addDays(end, 1)).every((s) => s.level !== null);
}
