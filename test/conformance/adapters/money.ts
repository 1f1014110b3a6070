import { incrementalFee, type ProrationKind, prorationQuote, type UsageBand } from '@core';

import { type Adapter, fromResult } from '../case-types';
import { list, num, text } from '../given';

export const moneyAdapters: Record<string, Adapter> = {
  // M3-M6
  'proration.quote': (given) => {
    const kind = text(given, 'kind') as ProrationKind;
    return fromResult(
      prorationQuote({
        kind,
        periodStart: text(given, 'periodStart'),
        periodEnd: text(given, 'periodEnd'),
        segmentStart: text(given, 'segmentStart'),
        segmentPaid: num(given, 'segmentPaid'),
        ...(kind === 'unsubscribe' ? {} : { newPeriodFee: num(given, 'newPeriodFee') }),
        on: text(given, 'on'),
      }),
      (q) => ({
        periodDays: q.periodDays,
        remainingDays: q.remainingDays,
        segmentDays: q.segmentDays,
        oldSurplus: q.oldSurplus,
        newRemaining: q.newRemaining,
        ...(kind === 'unsubscribe' ? { refund: q.refund } : { net: q.net }),
      }),
    );
  },
  // M9
  'incremental.fee': (given) => {
    const fee = incrementalFee({ bands: list<UsageBand>(given, 'bands'), consumption: num(given, 'consumption'), base: num(given, 'base') });
    return { ok: true, usageFee: fee.usageFee, incremental: fee.incremental };
  },
};
