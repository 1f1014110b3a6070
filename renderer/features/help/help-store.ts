import { create } from 'zustand';

import type { AboutInfo, DiagnosticsSaved, MenuCommand } from '@main/ipc/contract';

import { call } from '../../api/bridge';

/** Help → About and Save diagnostics…, opened from Settings or the native menu. */
type HelpState = {
  /** The dialog on screen, named like the menu command that opens it. */
  open: MenuCommand | null;
  about: AboutInfo | null;
  show: (dialog: MenuCommand) => void;
  close: () => void;
  loadAbout: () => Promise<void>;
  showDataFolder: () => Promise<void>;
  saveDiagnostics: (includeData: boolean) => Promise<DiagnosticsSaved>;
};

export const useHelp = create<HelpState>((set) => ({
  open: null,
  about: null,
  show: (open) => set({ open }),
  close: () => set({ open: null }),
  loadAbout: async () => set({ about: await call('app/about', {}) }),
  showDataFolder: async () => {
    await call('app/show-data-folder', {});
  },
  saveDiagnostics: (includeData) => call('app/save-diagnostics', { includeData }),
}));
