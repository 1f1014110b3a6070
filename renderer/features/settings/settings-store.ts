import { create } from 'zustand';

import type { AppStatus, Language, Settings, TablePrefs } from '@main/ipc/contract';
import type { TodayKind } from '@main/ipc/contract/today';

import { call } from '../../api/bridge';
import { setLanguage } from '../../i18n/i18n';
import { systemLanguage } from '../../i18n/language';

type SettingsState = {
  settings: Settings | null;
  status: AppStatus | null;
  /** The language the page started in: the one main gave the built-in controls (date pickers …). */
  startedIn: Language | null;
  load: () => Promise<void>;
  /** null: follow the system's language. */
  chooseLanguage: (language: Language | null) => Promise<void>;
  /** Shown at once, then stored; a failed store puts the stored choice back. */
  saveTable: (table: string, prefs: TablePrefs) => Promise<void>;
  /** The kinds of item the Today view leaves out. */
  hideTodayKinds: (hidden: TodayKind[]) => Promise<void>;
  /** Quits and starts the app again, so the built-in controls take the new language. */
  restart: () => Promise<void>;
};

let tableSaves = 0;

export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  status: null,
  startedIn: null,
  load: async () => {
    const [settings, status] = await Promise.all([call('settings/get', {}), call('app/status', {})]);
    const language = settings.language ?? systemLanguage();
    await setLanguage(language);
    set({ settings, status, startedIn: get().startedIn ?? language });
  },
  chooseLanguage: async (language) => {
    const settings = await call('settings/update', { language });
    await setLanguage(settings.language ?? systemLanguage());
    set({ settings });
  },
  saveTable: async (table, prefs) => {
    const before = get().settings;
    const mine = ++tableSaves;
    if (before) set({ settings: { ...before, tables: { ...before.tables, [table]: prefs } } });
    try {
      const stored = await call('settings/update', { tables: { [table]: prefs } });
      if (mine === tableSaves) set({ settings: stored });
    } catch (error) {
      // Put the stored choice back, unless a later choice has been made meanwhile.
      if (mine === tableSaves) set({ settings: before });
      throw error;
    }
  },
  hideTodayKinds: async (hidden) => {
    // Shown at once, like a table's columns; a failed store puts the stored choice back.
    const before = get().settings;
    if (before) set({ settings: { ...before, todayHidden: hidden } });
    try {
      set({ settings: await call('settings/update', { todayHidden: hidden }) });
    } catch (error) {
      set({ settings: before });
      throw error;
    }
  },
  restart: async () => {
    await call('app/restart', {});
  },
}));
