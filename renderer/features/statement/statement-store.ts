import i18next, { type TFunction } from 'i18next';
import { create } from 'zustand';

import type { Language } from '@main/ipc/contract';
import type { PartnerStatement } from '@main/ipc/contract/statement';

import { call } from '../../api/bridge';
import { ensureLoaded } from '../../i18n/i18n';

type StatementState = {
  statement: PartnerStatement | null;
  load: (partnerId: string) => Promise<void>;
  copyText: (text: string) => Promise<void>;
  /** Prints the page (the statement's print stylesheet) to a PDF; the saved path, or null if cancelled. */
  savePdf: (suggestedName: string) => Promise<string | null>;
};

// Each load is numbered, so the answer for a partner the user has already left is dropped.
let latest = 0;

export const useStatement = create<StatementState>((set) => ({
  statement: null,
  load: async (partnerId) => {
    const ticket = ++latest;
    const statement = await call('statement/partner', { partnerId });
    if (ticket === latest) set({ statement });
  },
  copyText: async (text) => {
    await call('app/copy-text', { text });
  },
  savePdf: async (suggestedName) => (await call('app/save-pdf', { suggestedName })).path,
}));

/** A translate function fixed to `language`, whatever the app's own language is. */
export async function statementTranslator(language: Language): Promise<TFunction> {
  // The statement's language may not be the app's: its strings are loaded when first chosen.
  await ensureLoaded(language);
  return i18next.getFixedT(language);
}
