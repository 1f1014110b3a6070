import { create } from 'zustand';

import type { BillingReport, ExportProgress, QuotaSummary } from '@main/ipc/contract';

import { call } from '../../api/bridge';

export type ReportKind = 'quota' | 'billing';
export type FileFormat = 'csv' | 'xlsx';

/** The scope choice for the whole team's partners, read-only (the team lead's desk with team sync on). */
export const WHOLE_TEAM = ':team';

type ReportsState = {
  /** '' = the whole portfolio; WHOLE_TEAM = the team's partners; otherwise a partner's id. */
  partnerId: string;
  quota: QuotaSummary | null;
  billing: BillingReport | null;
  range: { from: string; to: string } | null;
  /** The export being built in main, with the progress it pushed. */
  exporting: ExportProgress | null;
  /** The summary the print stylesheet shows while a PDF is made. */
  printing: ReportKind | null;
  load: () => Promise<void>;
  choosePartner: (partnerId: string) => Promise<void>;
  chooseMonth: (month: string) => Promise<void>;
  chooseRange: (from: string, to: string) => Promise<void>;
  /** A workbook holds every table of the summary; a CSV file the one at `table` (see reports/export). */
  exportFile: (kind: ReportKind, format: FileFormat, language: 'en' | 'zh-CN', table?: number) => Promise<string | null>;
  savePdf: (kind: ReportKind, suggestedName: string) => Promise<string | null>;
  progress: (event: ExportProgress) => void;
};

const scope = (partnerId: string) => (partnerId === WHOLE_TEAM ? { team: true } : partnerId ? { partnerId } : {});
let exports = 0;
// Each load is numbered, so an answer for a choice the user has already left is dropped.
let latest = 0;

/** Waits until the page has painted what was just set (the print template) before printing it. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export const useReports = create<ReportsState>((set, get) => ({
  partnerId: '',
  quota: null,
  billing: null,
  range: null,
  exporting: null,
  printing: null,
  load: async () => {
    const ticket = ++latest;
    const { partnerId, quota, range } = get();
    const nextQuota = await call('reports/quota-summary', { ...(quota ? { month: quota.month } : {}), ...scope(partnerId) });
    // T1: the first range is this Beijing month, as main answered it.
    const nextRange = range ?? { from: nextQuota.month, to: nextQuota.month };
    const billing = await call('reports/billing-summary', { ...nextRange, ...scope(partnerId) });
    if (ticket === latest) set({ quota: nextQuota, billing, range: nextRange });
  },
  choosePartner: async (partnerId) => {
    set({ partnerId });
    await get().load();
  },
  chooseMonth: async (month) => {
    const ticket = ++latest;
    const quota = await call('reports/quota-summary', { month, ...scope(get().partnerId) });
    if (ticket === latest) set({ quota });
  },
  chooseRange: async (from, to) => {
    set({ range: { from, to } });
    const ticket = ++latest;
    const billing = await call('reports/billing-summary', { from, to, ...scope(get().partnerId) });
    if (ticket === latest) set({ billing });
  },
  exportFile: async (kind, format, language, table = 0) => {
    const { quota, range, partnerId } = get();
    if (!quota || !range) throw new Error('The reports are not loaded yet.');
    const exportId = `export-${++exports}`;
    set({ exporting: { exportId, done: 0, total: 1 } });
    try {
      const report = kind === 'quota' ? { kind, request: { month: quota.month, ...scope(partnerId) } } : { kind, request: { ...range, ...scope(partnerId) } };
      return (await call('reports/export', { exportId, format, table, language, report })).path;
    } finally {
      set({ exporting: null });
    }
  },
  savePdf: async (kind, suggestedName) => {
    set({ printing: kind });
    try {
      await painted();
      return (await call('app/save-pdf', { suggestedName })).path;
    } finally {
      set({ printing: null });
    }
  },
  progress: (event) => {
    if (get().exporting?.exportId === event.exportId) set({ exporting: event });
  },
}));
