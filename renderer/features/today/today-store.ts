import { create } from 'zustand';

import type { TodayAnswer } from '@main/ipc/contract/today';

import { call } from '../../api/bridge';

type TodayState = {
  answer: TodayAnswer | null;
  /** Asks main for the day's items (main owns the clock and the data). */
  load: () => Promise<TodayAnswer>;
};

export const useToday = create<TodayState>((set) => ({
  answer: null,
  load: async () => {
    const answer = await call('today/items', {});
    set({ answer });
    return answer;
  },
}));
