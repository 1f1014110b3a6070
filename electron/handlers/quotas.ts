import { partnerQuotas } from '../../core/quota';
import { beijingDateOf, monthOf } from '../../core/time';
import type { QuotaPortfolio } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { asCoreBookings } from './booking-records';
import { asQuotaCases } from './case-entry';
import type { HandlerContext } from './context';
import { byPartner, partnerRecords } from './partner-records';
import { currentSubscription, timelineOf } from './subscription-plans';


export const quotaHandlers: HandlerMap<'quotas/portfolio', HandlerContext> = {
  'quotas/portfolio': async (request, { store, services }): Promise<QuotaPortfolio> => {
    const data = store.read();
    const today = beijingDateOf(services.now().toISOString());
    const month = request.month ?? monthOf(today);
    // Q1: the month's cases of every partner live in that month's day files, read once.
    const cases = byPartner(await store.collection('cases').inPartitions(month));
    const bookings = byPartner(store.collection('bookings').inMemory());
    const { packs } = partnerRecords(data);
    const rows = data.partners
      .filter((p) => !p.archived)
      .map((partner) => {
        const record = currentSubscription(data, partner.id);
        const quotas = partnerQuotas({
          subscription: record ? timelineOf(record) : null,
          cases: asQuotaCases(cases.get(partner.id) ?? []),
          packs: packs.get(partner.id) ?? [],
          ...asCoreBookings(bookings.get(partner.id) ?? []),
          month,
          today,
        });
        return { ...quotas, partnerId: partner.id, partnerName: partner.name };
      });
    return { month, today, packPrice: data.priceBook.addonPackPrice, currency: data.priceBook.currency, rows };
  },
};
