import { create } from 'zustand';

import type { TodayAnswer } from '@main/ipc/contract/today';

import { call } from '../../api/bridge';

/** An answer this recent is shown as it is when Today opens again, not asked for a second time. */
const FRESH_MS = 2_000;

type TodayState = {
  answer: TodayAnswer | null;
  /** When the answer arrived (the page's clock), for `isFresh`. */
  loadedAt: number;
  /** Asks main for the day's items (main owns the clock and the data). */
  load: () => Promise<TodayAnswer>;
  /** Whether the answer held is recent enough to show without asking again. */
  isFresh: (now: number) => boolean;
};

export const useToday = create<TodayState>((set, get) => ({
  answer: null,
  loadedAt: 0,
  load: async () => {
    const answer = await call('today/items', {});
    set({ answer, loadedAt: Date.now() });
    return answer;
  },
  isFresh: (now) => get().answer !== null && now - get().loadedAt < FRESH_MS,
}));

let first: Promise<TodayAnswer> | null = null;

/**
 * The start's items, asked for once and shared: the page asks before its strings have loaded,
 * so main works on them while the page gets ready, and the first screen waits on this answer.
 */
export function firstToday(): Promise<TodayAnswer> {
  first ??= useToday.getState().load();
  return first;
}
