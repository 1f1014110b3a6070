import { create } from 'zustand';

import type { ErrorBody, Partner } from '@main/ipc/contract';
import type { HandoverApplied, HandoverExported, HandoverPreview } from '@main/ipc/contract/handover';

import { attempt } from '../../api/attempt';
import { call } from '../../api/bridge';
import { usePartners } from '../partners/partners-store';
import { useSla } from '../sla/sla-store';
import { useToday } from '../today/today-store';

type HandoverState = {
  /** The text that was previewed: the import sends exactly this, with the preview's checksum. */
  text: string;
  preview: HandoverPreview | null;
  applied: HandoverApplied | null;
  /** A refusal of the file (not one, damaged, too new, changed since its preview). */
  error: ErrorBody | null;
  busy: boolean;
  reset: () => void;
  previewText: (text: string) => Promise<void>;
  apply: () => Promise<HandoverApplied | null>;
  /** Every partner, archived ones too: the hand-over dialog offers them when asked. */
  allPartners: () => Promise<Partner[]>;
  exportPartners: (partnerIds: string[]) => Promise<HandoverExported>;
};

const EMPTY = { text: '', preview: null, applied: null, error: null, busy: false };

/** An empty file is no hand-over: said as main would say it, without asking main. */
const NOT_A_FILE: ErrorBody = { code: 'HANDOVER_NOT_A_FILE', message: 'The file is empty.' };

/**
 * A hand-over changes partners with all their records at once, so the stores that hold them
 * load again; the other views load their data when they are next opened.
 */
async function reloadAll(): Promise<void> {
  await Promise.all([usePartners.getState().load(), useSla.getState().load(), useToday.getState().load()]);
}

/** The latest preview asked for: an answer to an earlier file is stale. */
let asked = 0;

/** Nothing is stored by a preview; only `apply` stores, all of the file or nothing. */
export const useHandover = create<HandoverState>((set, get) => {
  return {
    ...EMPTY,
    reset: () => {
      asked++;
      set(EMPTY);
    },
    previewText: async (text) => {
      const ask = ++asked;
      set({ text, preview: null, applied: null, error: null });
      if (text.trim() === '') {
        set({ error: NOT_A_FILE });
        return;
      }
      const preview = await attempt(set, () => call('handover/preview', { text }));
      if (preview && ask === asked) set({ preview });
    },
    apply: async () => {
      const { text, preview } = get();
      if (!preview) return null;
      const applied = await attempt(set, () => call('handover/apply', { text, checksum: preview.checksum }));
      if (applied) {
        set({ applied });
        await reloadAll();
      }
      return applied;
    },
    allPartners: () => call('partners/list', { includeArchived: true }),
    exportPartners: (partnerIds) => call('handover/export', { partnerIds }),
  };
});
