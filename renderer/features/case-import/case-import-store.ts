import { create } from 'zustand';
import type { ErrorBody, ImportPreview, ImportResult } from '../../../electron/ipc/contract';
import { ApiError, call } from '../../api/bridge';
import { useSla } from '../sla/sla-store';

type CaseImportState = {
  /** The text that was previewed; the import sends exactly this, so main checks what was seen. */
  csv: string;
  preview: ImportPreview | null;
  result: ImportResult | null;
  /** A refusal of the whole file (a missing column, an unclosed quote). */
  error: ErrorBody | null;
  busy: boolean;
  reset: () => void;
  previewCsv: (csv: string) => Promise<void>;
  confirm: () => Promise<ImportResult | null>;
};

const EMPTY = { csv: '', preview: null, result: null, error: null, busy: false };

/** Runs a call, keeping a refusal from main for the dialog to word; anything else is a bug. */
async function attempt<T>(set: (s: Partial<CaseImportState>) => void, work: () => Promise<T>): Promise<T | null> {
  set({ busy: true, error: null });
  try {
    return await work();
  } catch (caught) {
    if (!(caught instanceof ApiError)) throw caught;
    set({ error: caught.body });
    return null;
  } finally {
    set({ busy: false });
  }
}

/** Nothing is stored by a preview; only `confirm` calls cases/import. */
export const useCaseImport = create<CaseImportState>((set, get) => ({
  ...EMPTY,
  reset: () => set(EMPTY),
  previewCsv: async (csv) => {
    set({ csv, preview: null, result: null });
    const preview = await attempt(set, () => call('cases/import-preview', { csv }));
    if (preview && get().csv === csv) set({ preview });
  },
  confirm: async () => {
    const result = await attempt(set, () => call('cases/import', { csv: get().csv }));
    if (result) set({ result, preview: result });
    // The imported cases join the SLA clocks (and their alerts) at once.
    if (result) await useSla.getState().load();
    return result;
  },
}));
