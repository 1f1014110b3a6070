import { beijingDateOf, monthOf } from '@core/time';

import type { ChannelsOf, PartnerConsumption } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, Refusal } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import type { HandlerContext } from './context';

function consumptionOf(data: Readonly<DeskData>, partnerId: string, thisMonth: string): PartnerConsumption {
  const months = data.consumption
    .filter((c) => c.partnerId === partnerId)
    .map(({ month, amount }) => ({ month, amount }))
    .sort((a, b) => b.month.localeCompare(a.month));
  return { partnerId, currency: data.priceBook.currency, thisMonth, months };
}

const thisMonth = (ctx: HandlerContext) => monthOf(beijingDateOf(ctx.services.now().toISOString()));

function checkPartner(data: Readonly<DeskData>, partnerId: string): void {
  if (!data.partners.some((p) => p.id === partnerId)) throw notFound('partner', partnerId);
}

/** M9: the cloud consumption each month's incremental fee is computed from, entered by the user. */
export const consumptionHandlers: HandlerMap<ChannelsOf<'consumption'>, HandlerContext> = {
  'consumption/list': ({ partnerId }, ctx) => {
    const data = ctx.store.read();
    checkPartner(data, partnerId);
    return consumptionOf(data, partnerId, thisMonth(ctx));
  },

  'consumption/set': ({ partnerId, month, amount }, ctx) =>
    ctx.store.mutate((data) => {
      checkPartner(data, partnerId);
      const current = thisMonth(ctx);
      // T1: a month that has not begun in Beijing has consumed nothing yet.
      if (month > current) {
        throw new Refusal({
          code: 'INVALID_INPUT',
          message: `month: ${month} has not begun yet; enter consumption up to ${current}.`,
          field: 'month',
          rule: 'M9',
          data: { thisMonth: current },
        });
      }
      const others = data.consumption.filter((c) => !(c.partnerId === partnerId && c.month === month));
      const entry = amount === null ? [] : [{ partnerId, month, amount, updatedAt: ctx.services.now().toISOString() }];
      const next: DeskData = { ...data, consumption: [...others, ...entry] };
      return { next, result: consumptionOf(next, partnerId, current) };
    }),
};
