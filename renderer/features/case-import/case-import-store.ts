import { create } from 'zustand';
import type { DeskEvents, ErrorBody, ImportPreview, ImportResult } from '../../../electron/ipc/contract';
import { ApiError, call } from '../../api/bridge';
import { useSla } from '../sla/sla-store';

type ImportProgress = DeskEvents['cases/import-progress'];

type CaseImportState = {
  /** The text that was previewed; the import sends exactly this, so main checks what was seen. */
  csv: string;
  preview: ImportPreview | null;
  result: ImportResult | null;
  /** A refusal of the whole file (a missing column, an unclosed quote). */
  error: ErrorBody | null;
  busy: boolean;
  /** How far main got with the preview or import under way, as it pushed it. */
  progress: ImportProgress | null;
  reset: () => void;
  progressed: (event: ImportProgress) => void;
  previewCsv: (csv: string) => Promise<void>;
  confirm: () => Promise<ImportResult | null>;
};

const EMPTY = { csv: '', preview: null, result: null, error: null, busy: false, progress: null };

/** Runs a call, keeping a refusal from main for the dialog to word; anything else is a bug. */
async function attempt<T>(set: (s: Partial<CaseImportState>) => void, work: () => Promise<T>): Promise<T | null> {
  set({ busy: true, error: null, progress: null });
  try {
    return await work();
  } catch (caught) {
    if (!(caught instanceof ApiError)) throw caught;
    set({ error: caught.body });
    return null;
  } finally {
    set({ busy: false, progress: null });
  }
}

/** Nothing is stored by a preview; only `confirm` calls cases/import. */
export const useCaseImport = create<CaseImportState>((set, get) => ({
  ...EMPTY,
  reset: () => set(EMPTY),
  // Only while a call is under way: a push that arrives after its answer is stale.
  progressed: (event) => {
    if (get().busy) set({ progress: event });
  },
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
