import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import type { HandlerContext } from './context';

export const priceBookHandlers: HandlerMap<ChannelsOf<'price-book'>, HandlerContext> = {
  'price-book/get': (_request, { store }) => {
    const data = store.read();
    return { priceBook: data.priceBook, reviewed: data.priceBookReviewed };
  },

  // M2: new prices apply from now on; recorded charges keep their amounts.
  'price-book/update': ({ priceBook }, { store }) =>
    store.mutate((data) => ({
      next: { ...data, priceBook, priceBookReviewed: true },
      result: { priceBook, reviewed: true },
    })),
};
