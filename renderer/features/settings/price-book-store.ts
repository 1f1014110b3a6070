import { create } from 'zustand';

import type { PriceBook } from '@core/money';

import { call } from '../../api/bridge';

type PriceBookStore = {
  priceBook: PriceBook | null;
  reviewed: boolean;
  load: () => Promise<void>;
  save: (priceBook: PriceBook) => Promise<void>;
};

export const usePriceBook = create<PriceBookStore>((set) => ({
  priceBook: null,
  reviewed: true,
  load: async () => set(await call('price-book/get', {})),
  save: async (priceBook) => set(await call('price-book/update', { priceBook })),
}));
