import { create } from 'zustand';

import type { DeskEvents, ErrorBody, ImportPreview, ImportResult } from '@main/ipc/contract';

import { attempt } from '../../api/attempt';
import { call } from '../../api/bridge';
import { type TimeChoice, zoneOf } from '../cases/case-time';
import { useSla } from '../sla/sla-store';
import { decodeFile, type FileEncoding } from './file-text';

type ImportProgress = DeskEvents['cases/import-progress'];

type CaseImportState = {
  /** The text that was previewed; the import sends exactly this, so main checks what was seen. */
  csv: string;
  /** The encoding the chosen file was read in (see decodeFile); null for pasted text. */
  encoding: FileEncoding | null;
  /** T1: the zone of the file's times without an offset, as the user chose: Beijing unless told otherwise. */
  times: TimeChoice;
  preview: ImportPreview | null;
  result: ImportResult | null;
  /** A refusal of the whole file (a missing column, an unclosed quote). */
  error: ErrorBody | null;
  busy: boolean;
  /** How far main got with the preview or import under way, as it pushed it. */
  progress: ImportProgress | null;
  reset: () => void;
  progressed: (event: ImportProgress) => void;
  previewFile: (bytes: Uint8Array) => Promise<void>;
  previewCsv: (csv: string, encoding?: FileEncoding | null) => Promise<void>;
  /** Reads the file again with its times in the other zone, when one was previewed. */
  chooseTimes: (times: TimeChoice) => Promise<void>;
  confirm: () => Promise<ImportResult | null>;
};

const EMPTY = { csv: '', encoding: null, preview: null, result: null, error: null, busy: false, progress: null };

/** The latest preview asked for: an answer to an earlier one (another text or zone) is stale. */
let asked = 0;

/** Nothing is stored by a preview; only `confirm` calls cases/import. */
export const useCaseImport = create<CaseImportState>((set, get) => ({
  ...EMPTY,
  times: 'beijing',
  // The zone choice stays for the next file: a manager's files come from the same place.
  reset: () => set(EMPTY),
  // Only while a call is under way: a push that arrives after its answer is stale.
  progressed: (event) => {
    if (get().busy) set({ progress: event });
  },
  previewFile: (bytes) => {
    const { text, encoding } = decodeFile(bytes);
    return get().previewCsv(text, encoding);
  },
  previewCsv: async (csv, encoding = null) => {
    const ask = ++asked;
    set({ csv, encoding, preview: null, result: null });
    const preview = await attempt(set, () => call('cases/import-preview', { csv, timeZone: zoneOf(get().times) }), { progress: null });
    if (preview && ask === asked) set({ preview });
  },
  chooseTimes: async (times) => {
    set({ times });
    const { csv, encoding, result } = get();
    if (csv !== '' && !result) await get().previewCsv(csv, encoding);
  },
  confirm: async () => {
    // The zone the preview was read in: what is stored is what was seen.
    const timeZone = get().preview?.timeZone ?? zoneOf(get().times);
    const result = await attempt(set, () => call('cases/import', { csv: get().csv, timeZone }), { progress: null });
    if (result) set({ result, preview: result });
    // The imported cases join the SLA clocks (and their alerts) at once.
    if (result) await useSla.getState().load();
    return result;
  },
}));
