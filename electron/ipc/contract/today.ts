import { z } from 'zod';

import type { IsoDate, IsoInstant } from '@core/time';
import type { TodayItem, TodayKind } from '@core/today';

import { channel, type PrefixedChannels } from './channel';

export type { TodayItem, TodayKind } from '@core/today';

/** What needs doing, most urgent first, as of main's clock. */
export type TodayAnswer = {
  /** T1: the Beijing date in main. */
  today: IsoDate;
  now: IsoInstant;
  /** Whether the desk holds any partner: Today is the first screen once it does. */
  hasPartners: boolean;
  /** The most urgent items of each kind not hidden in Settings (at most 50 of a kind). */
  items: TodayItem[];
  /** How many items of each kind there are in all; `total` is their sum (the navigation's badge). */
  counts: Partial<Record<TodayKind, number>>;
  total: number;
  hidden: TodayKind[];
};

export const todayChannels = {
  /** C2, Q1, Q2, B1-B3, S1, S2, S4, S5, M9, T2: every item of the day, from memory and the store's facts. */
  'today/items': channel<TodayAnswer>()(z.object({})),
} satisfies PrefixedChannels<'today'>;
