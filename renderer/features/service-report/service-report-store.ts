import { create } from 'zustand';

import type { ServiceReportData } from '@main/ipc/contract';

import { call } from '../../api/bridge';

type ServiceReportState = {
  report: ServiceReportData | null;
  load: (partnerId: string, month: string) => Promise<void>;
  /** Prints the page (the report's print stylesheet) to a PDF; the saved path, or null if cancelled. */
  savePdf: (suggestedName: string) => Promise<string | null>;
};

// Each load is numbered, so the answer for a month the user has already left is dropped.
let latest = 0;

export const useServiceReport = create<ServiceReportState>((set) => ({
  report: null,
  load: async (partnerId, month) => {
    const ticket = ++latest;
    const report = await call('reports/service-report', { partnerId, month });
    if (ticket === latest) set({ report });
  },
  savePdf: async (suggestedName) => (await call('app/save-pdf', { suggestedName })).path,
}));
