import { type CaseRecord, checkBuyPack, checkOpenCase, type OpenCaseRequest, type PackPurchase } from '@core';

import { type Adapter, fromResult } from '../case-types';
import { list, num, obj, subscriptionOf, text } from '../given';

export const ticketAdapters: Record<string, Adapter> = {
  // P3 / Q1-Q5
  'tickets.open': (given) =>
    fromResult(
      checkOpenCase({
        subscription: subscriptionOf(given),
        cases: list<CaseRecord>(given, 'cases'),
        packs: list<PackPurchase>(given, 'packs'),
        request: obj(given, 'request') as unknown as OpenCaseRequest,
      }),
      (v) => ({ remainingThisMonth: v.remainingThisMonth }),
    ),
  // Q2
  'tickets.buyPack': (given) => {
    const request = obj(given, 'request');
    return fromResult(
      checkBuyPack({ subscription: subscriptionOf(given), request: { boughtOn: text(request, 'boughtOn'), count: num(request, 'count') } }),
      (v) => ({ validUntil: v.validUntil }),
    );
  },
};
