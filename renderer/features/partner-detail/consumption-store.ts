import { create } from 'zustand';

import type { PartnerConsumption } from '@main/ipc/contract';

import { call } from '../../api/bridge';

type ConsumptionState = {
  consumption: PartnerConsumption | null;
  load: (partnerId: string) => Promise<void>;
  /** M9: sets a month's consumption in minor units, or clears it with null. */
  save: (partnerId: string, month: string, amount: number | null) => Promise<void>;
};

let requested: string | null = null;

export const useConsumption = create<ConsumptionState>((set) => ({
  consumption: null,
  load: async (partnerId) => {
    requested = partnerId;
    const consumption = await call('consumption/list', { partnerId });
    // An answer for a partner the user has since left is dropped.
    if (requested === partnerId) set({ consumption });
  },
  save: async (partnerId, month, amount) => {
    const consumption = await call('consumption/set', { partnerId, month, amount });
    if (requested === partnerId) set({ consumption });
  },
}));
