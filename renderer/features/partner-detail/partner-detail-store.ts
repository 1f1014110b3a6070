import { create } from 'zustand';

import type { Partner, PartnerPlan, PlanAction, PlanQuote } from '@main/ipc/contract';

import { call } from '../../api/bridge';

type PartnerDetailState = {
  partner: Partner | null;
  plan: PartnerPlan | null;
  load: (partnerId: string) => Promise<void>;
  quote: (request: PlanAction) => Promise<PlanQuote>;
  /** Records the action; main recomputes the amounts from what is stored. */
  apply: (request: PlanAction) => Promise<PartnerPlan>;
};

let requested: string | null = null;

export const usePartnerDetail = create<PartnerDetailState>((set, get) => ({
  partner: null,
  plan: null,
  load: async (partnerId) => {
    requested = partnerId;
    const [partners, plan] = await Promise.all([call('partners/list', { includeArchived: true }), call('subscriptions/get', { partnerId })]);
    // An answer for a partner the user has since left is dropped.
    if (requested === partnerId) set({ partner: partners.find((p) => p.id === partnerId) ?? null, plan });
  },
  quote: (request) => {
    const partner = get().partner;
    if (!partner) return Promise.reject(new Error('No partner is open.'));
    return call('subscriptions/quote', { partnerId: partner.id, request });
  },
  apply: async (request) => {
    const partner = get().partner;
    if (!partner) throw new Error('No partner is open.');
    const plan = await call('subscriptions/apply', { partnerId: partner.id, request });
    set({ plan });
    return plan;
  },
}));
