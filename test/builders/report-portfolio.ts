import type { Desk } from '@main/desk';
import type { PartnerConsumption } from '@main/ipc/contract';

import { aSubscribedPartner, expectOk } from './subscriptions';

/**
 * A small portfolio for the reports (clock in April 2026): Lotus on yearly Standard from January
 * with a pack in February and an upgrade to Premier on 1 March; Azure on yearly Premier from
 * February, unsubscribed on 15 March; Cedar on yearly Basic from March. Lotus's January and February
 * consumption is entered; Azure's February is not (its March fee is not known yet).
 */
export async function aReportPortfolio(desk: Desk) {
  const lotus = await aSubscribedPartner(desk, { level: 'standard', billing: 'yearly', start: '2026-01-01' }, { name: 'Lotus Digital' });
  const azure = await aSubscribedPartner(desk, { level: 'premier', billing: 'yearly', start: '2026-02-01' }, { name: '蓝海科技' });
  const cedar = await aSubscribedPartner(desk, { level: 'basic', billing: 'yearly', start: '2026-03-01' }, { name: 'Cedar Systems' });
  expectOk(await desk.dispatch('quotas/buy-pack', { partnerId: lotus.partnerId, boughtOn: '2026-02-05', count: 2 }));
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId: lotus.partnerId, request: { action: 'change', on: '2026-03-01', level: 'premier' } }));
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId: azure.partnerId, request: { action: 'change', on: '2026-03-15', level: null } }));
  expectOk<PartnerConsumption>(await desk.dispatch('consumption/set', { partnerId: lotus.partnerId, month: '2026-01', amount: 5_000_000 }));
  expectOk<PartnerConsumption>(await desk.dispatch('consumption/set', { partnerId: lotus.partnerId, month: '2026-02', amount: 12_345_678 }));
  return { lotus: lotus.partnerId, azure: azure.partnerId, cedar: cedar.partnerId };
}
