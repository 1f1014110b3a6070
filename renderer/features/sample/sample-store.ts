import { create } from 'zustand';

import type { SampleStatus } from '@main/ipc/contract';

import { call } from '../../api/bridge';
import { useNavigation } from '../../app/navigation-store';
import { usePartners } from '../partners/partners-store';
import { useSla } from '../sla/sla-store';

type SampleState = {
  status: SampleStatus | null;
  /** A load or removal is running: its button is disabled until main answers. */
  working: boolean;
  load: () => Promise<void>;
  loadSample: () => Promise<void>;
  remove: () => Promise<void>;
};

/**
 * Loading or removing the sample changes every partner, case and booking at once, so the
 * stores that hold them reload; the other views load their data when they are next opened.
 */
async function reloadAll(): Promise<void> {
  await Promise.all([usePartners.getState().load(), useSla.getState().load()]);
}

export const useSample = create<SampleState>((set) => {
  const change = async (channel: 'sample/load' | 'sample/remove') => {
    set({ working: true });
    try {
      const status = await call(channel, {});
      set({ status });
      // Back to the partners list: a sample partner's page may be open, and the list shows the result.
      useNavigation.getState().go('partners');
      await reloadAll();
    } finally {
      set({ working: false });
    }
  };
  return {
    status: null,
    working: false,
    load: async () => set({ status: await call('sample/status', {}) }),
    loadSample: () => change('sample/load'),
    remove: () => change('sample/remove'),
  };
});
