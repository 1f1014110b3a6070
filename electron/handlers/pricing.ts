import { planCatalog } from '../../core/catalog';
import { prorationQuote } from '../../core/money';
import type { HandlerMap } from '../ipc/dispatcher';
import { refuse } from '../ipc/refusal';
import type { HandlerContext } from './context';

type Channels = 'catalog/get' | 'price-book/get' | 'price-book/update' | 'proration/quote';

export const pricingHandlers: HandlerMap<Channels, HandlerContext> = {
  'catalog/get': () => planCatalog,

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

  'proration/quote': (request) => {
    const quote = prorationQuote(request);
    if (!quote.ok) throw refuse(quote.error);
    return quote.value;
  },
};
