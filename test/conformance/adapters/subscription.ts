import { checkLevelChange, type Level } from '@core';

import { type Adapter, fromResult } from '../case-types';
import { field, obj, partnerTypeOf, subscriptionOf, text } from '../given';

export const subscriptionAdapters: Record<string, Adapter> = {
  // S4 / S5
  'subscription.change': (given) => {
    const request = obj(given, 'request');
    const partnerType = partnerTypeOf(given);
    return fromResult(
      checkLevelChange(
        subscriptionOf(given),
        { on: text(request, 'on'), level: field(request, 'level') as Level | null },
        partnerType === undefined ? {} : { partnerType },
      ),
      (v) => ({ kind: v.kind }),
    );
  },
};
