import { create } from 'zustand';

import type { CalendarImportPreview, CalendarInfo, ErrorBody } from '@main/ipc/contract';

import { ApiError, call } from '../../api/bridge';

/** T2: the calendar in use (for settings and the coverage banner) and a pending import's preview. */
type CalendarState = {
  info: CalendarInfo | null;
  /** Why main could not say what the calendar is (the section still offers the way back). */
  loadError: ErrorBody | null;
  /** The file being previewed: its text is sent again on apply, so main re-checks what was shown. */
  pending: { text: string; fileName: string; preview: CalendarImportPreview } | null;
  busy: boolean;
  load: () => Promise<void>;
  previewFile: (text: string, fileName: string) => Promise<void>;
  apply: () => Promise<CalendarInfo | null>;
  dismissPreview: () => void;
  reset: () => Promise<CalendarInfo>;
};

export const useCalendar = create<CalendarState>((set, get) => ({
  info: null,
  loadError: null,
  pending: null,
  busy: false,
  load: async () => {
    try {
      set({ info: await call('calendar/info', {}), loadError: null });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      set({ info: null, loadError: error.body });
    }
  },
  previewFile: async (text, fileName) => {
    set({ busy: true });
    try {
      set({ pending: { text, fileName, preview: await call('calendar/import-preview', { text }) } });
    } finally {
      set({ busy: false });
    }
  },
  apply: async () => {
    const pending = get().pending;
    if (!pending) return null;
    set({ busy: true });
    try {
      const info = await call('calendar/import', { text: pending.text, fileName: pending.fileName });
      set({ info, pending: null });
      return info;
    } finally {
      set({ busy: false });
    }
  },
  dismissPreview: () => set({ pending: null }),
  reset: async () => {
    const info = await call('calendar/reset', {});
    set({ info, pending: null, loadError: null });
    return info;
  },
}));
