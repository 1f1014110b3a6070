import { create } from 'zustand';

import type { Partner, PartnerFields } from '@main/ipc/contract';

import { call } from '../../api/bridge';

type PartnersState = {
  partners: Partner[];
  includeArchived: boolean;
  loaded: boolean;
  load: () => Promise<void>;
  setIncludeArchived: (include: boolean) => Promise<void>;
  create: (fields: PartnerFields) => Promise<Partner>;
  update: (id: string, changes: Partial<PartnerFields>) => Promise<Partner>;
  setArchived: (id: string, archived: boolean) => Promise<Partner>;
};

/** Actions call main and then reload the list, so the screen always shows what is stored. */
export const usePartners = create<PartnersState>((set, get) => ({
  partners: [],
  includeArchived: false,
  loaded: false,
  load: async () => {
    const partners = await call('partners/list', { includeArchived: get().includeArchived });
    set({ partners, loaded: true });
  },
  setIncludeArchived: async (includeArchived) => {
    set({ includeArchived });
    await get().load();
  },
  create: async (fields) => {
    const partner = await call('partners/create', fields);
    await get().load();
    return partner;
  },
  update: async (id, changes) => {
    const partner = await call('partners/update', { id, changes });
    await get().load();
    return partner;
  },
  setArchived: async (id, archived) => {
    const partner = await call('partners/archive', { id, archived });
    await get().load();
    return partner;
  },
}));
