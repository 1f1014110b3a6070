import { dueAt, type SeverityId, slaStatus } from '@core';

import { type Adapter, fromResult, type JsonObject } from '../case-types';
import { calendarOf, optionalText, subscriptionOf, text } from '../given';

function slaCase(given: JsonObject) {
  const severity = optionalText<SeverityId>(given, 'severity');
  return {
    subscription: subscriptionOf(given),
    calendar: calendarOf(given),
    openedAt: text(given, 'openedAt'),
    ...(severity === undefined ? {} : { severity }),
  };
}

export const slaAdapters: Record<string, Adapter> = {
  // C1
  'sla.due': (given) => fromResult(dueAt(slaCase(given)), (v) => ({ dueAt: v.dueAt })),
  // C2 / C3
  'sla.status': (given) =>
    fromResult(
      slaStatus({
        ...slaCase(given),
        now: text(given, 'now'),
        respondedAt: optionalText(given, 'respondedAt') ?? null,
        correctedSeverity: optionalText<SeverityId>(given, 'correctedSeverity') ?? null,
      }),
      (v) => ({ status: v.status, dueAt: v.dueAt }),
    ),
};
