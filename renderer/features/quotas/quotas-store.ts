import { create } from 'zustand';

import type { QuotaMonth, QuotaPortfolio } from '@main/ipc/contract';

import { call } from '../../api/bridge';

type QuotasState = {
  portfolio: QuotaPortfolio | null;
  /** The month asked for; null until the user picks one (main then answers this Beijing month, T1). */
  month: string | null;
  load: () => Promise<void>;
  chooseMonth: (month: string) => Promise<void>;
  /** Q2 / M7: one pack bought today (Beijing), then the table shows what is stored. */
  buyPack: (partnerId: string) => Promise<QuotaMonth>;
};

// Each load is numbered, so an answer for a month the user has already left is dropped.
let latest = 0;

export const useQuotas = create<QuotasState>((set, get) => ({
  portfolio: null,
  month: null,
  load: async () => {
    const ticket = ++latest;
    const month = get().month;
    const portfolio = await call('quotas/portfolio', month ? { month } : {});
    if (ticket === latest) set({ portfolio, month: portfolio.month });
  },
  chooseMonth: async (month) => {
    set({ month });
    await get().load();
  },
  buyPack: async (partnerId) => {
    const today = get().portfolio?.today;
    if (!today) throw new Error('The quotas are not loaded yet.');
    const bought = await call('quotas/buy-pack', { partnerId, boughtOn: today, count: 1 });
    await get().load();
    return bought;
  },
}));
