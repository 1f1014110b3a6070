import { create } from 'zustand';
import type { AppStatus, Language, Settings } from '../../../electron/ipc/contract';
import { call } from '../../api/bridge';
import { setLanguage, systemLanguage } from '../../i18n/i18n';

type SettingsState = {
  settings: Settings | null;
  status: AppStatus | null;
  load: () => Promise<void>;
  /** null: follow the system's language. */
  chooseLanguage: (language: Language | null) => Promise<void>;
};

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  status: null,
  load: async () => {
    const [settings, status] = await Promise.all([call('settings/get', {}), call('app/status', {})]);
    await setLanguage(settings.language ?? systemLanguage());
    set({ settings, status });
  },
  chooseLanguage: async (language) => {
    const settings = await call('settings/update', { language });
    await setLanguage(settings.language ?? systemLanguage());
    set({ settings });
  },
}));
