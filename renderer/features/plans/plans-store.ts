import { create } from 'zustand';

import type { Level, PlanCatalog } from '@core/catalog';
import type { Partner } from '@main/ipc/contract';

import { call } from '../../api/bridge';

export type PartnersByLevel = { readonly byLevel: Readonly<Record<Level, readonly Partner[]>>; readonly withoutPlan: number };

type PlansState = {
  /** P1: the catalog editions main knows (one today). */
  catalogs: PlanCatalog[];
  edition: string | null;
  partners: PartnersByLevel;
  loaded: boolean;
  load: () => Promise<void>;
  chooseEdition: (edition: string) => void;
};

const byName = (a: Partner, b: Partner) => a.name.localeCompare(b.name);

/** Joins today's levels with the partner list: who is on which plan, and how many have none. */
export function groupByLevel(partners: readonly Partner[], levels: readonly { partnerId: string; level: Level | null }[]): PartnersByLevel {
  const levelOf = new Map(levels.map((l) => [l.partnerId, l.level]));
  const byLevel: Record<Level, Partner[]> = { basic: [], standard: [], premier: [] };
  let withoutPlan = 0;
  for (const partner of partners) {
    const level = levelOf.get(partner.id) ?? null;
    if (level === null) withoutPlan += 1;
    else byLevel[level].push(partner);
  }
  for (const list of Object.values(byLevel)) list.sort(byName);
  return { byLevel, withoutPlan };
}

export const usePlans = create<PlansState>((set) => ({
  catalogs: [],
  edition: null,
  partners: { byLevel: { basic: [], standard: [], premier: [] }, withoutPlan: 0 },
  loaded: false,
  load: async () => {
    const [catalog, partners, levels] = await Promise.all([call('catalog/get', {}), call('partners/list', {}), call('subscriptions/levels', {})]);
    set({ catalogs: [catalog], edition: catalog.edition, partners: groupByLevel(partners, levels), loaded: true });
  },
  chooseEdition: (edition) => set({ edition }),
}));
