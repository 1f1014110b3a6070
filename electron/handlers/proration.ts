import { prorationQuote } from '@core/money';

import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { refuse } from '../ipc/refusal';
import type { HandlerContext } from './context';

export const prorationHandlers: HandlerMap<ChannelsOf<'proration'>, HandlerContext> = {
  // M3-M6: a what-if with an ad-hoc period and amount; nothing is stored.
  'proration/quote': (request) => {
    const quote = prorationQuote(request);
    if (!quote.ok) throw refuse(quote.error);
    return quote.value;
  },
};
