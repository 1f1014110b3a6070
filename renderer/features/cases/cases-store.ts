import { create } from 'zustand';

import type { CaseEntryCheck, CaseRecordStored, RequestOf } from '@main/ipc/contract';

import { call } from '../../api/bridge';
import { useSla } from '../sla/sla-store';
import type { TimeChoice } from './case-time';

export type NewCaseFields = RequestOf<'cases/open'>;
export type CaseChange = RequestOf<'cases/update'>['change'];

type CasesState = {
  /** T1: the zone the New case form's "Opened at" is typed in; this computer's until the user picks Beijing, then kept while the app runs. */
  openedAtZone: TimeChoice;
  setOpenedAtZone: (zone: TimeChoice) => void;
  /** What logging the case on screen would do, as main answers it (nothing is stored). */
  check: (fields: RequestOf<'cases/check'>) => Promise<CaseEntryCheck>;
  open: (fields: NewCaseFields) => Promise<CaseRecordStored>;
  get: (id: string) => Promise<CaseRecordStored>;
  update: (id: string, change: CaseChange) => Promise<CaseRecordStored>;
  /** Q2 / M7: one add-on pack for a Standard partner, bought on `boughtOn`. */
  buyPack: (partnerId: string, boughtOn: string) => Promise<void>;
  /** A partner's latest cases, newest first. */
  newestOf: (partnerId: string, count: number) => Promise<CaseRecordStored[]>;
};

/** Each change reloads the SLA board, so every clock on screen shows what is stored. */
const reloadBoard = () => useSla.getState().load();

export const useCases = create<CasesState>((set) => ({
  openedAtZone: 'computer',
  setOpenedAtZone: (openedAtZone) => set({ openedAtZone }),
  check: (fields) => call('cases/check', fields),
  open: async (fields) => {
    const opened = await call('cases/open', fields);
    await reloadBoard();
    return opened;
  },
  get: (id) => call('cases/get', { id }),
  update: async (id, change) => {
    const updated = await call('cases/update', { id, change });
    await reloadBoard();
    return updated;
  },
  buyPack: async (partnerId, boughtOn) => {
    await call('quotas/buy-pack', { partnerId, boughtOn, count: 1 });
  },
  newestOf: (partnerId, count) => call('cases/list', { partnerId, newest: count }),
}));
