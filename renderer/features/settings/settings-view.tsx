import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '@main/ipc/contract';

import { SUPPORTED_LANGUAGES } from '../../i18n/i18n';
import { useReportError } from '../../ui/use-report-error';
import { HelpSection } from '../help/help-section';
import { TeamSyncSection } from '../sync/team-sync-section';
import { HolidayCalendarSection } from './holiday-calendar-section';
import { PriceBookEditor } from './price-book-editor';
import { RestartOffer } from './restart-offer';
import { useSettings } from './settings-store';
import { TodayKindsSection } from './today-kinds-section';

export function SettingsView() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const status = useSettings((s) => s.status);
  const chooseLanguage = useSettings((s) => s.chooseLanguage);
  const report = useReportError();
  const languageId = useId();

  const onLanguage = (value: string) => chooseLanguage(value === 'system' ? null : (value as Language)).catch(report);

  return (
    <section aria-labelledby="settings-title" className="view">
      <header className="view-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <div className="settings-grid">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <div className="language-choice">
          <select
            id={languageId}
            value={settings?.language ?? 'system'}
            aria-describedby={`${languageId}-restart`}
            onChange={(e) => void onLanguage(e.target.value)}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            {SUPPORTED_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`settings.languages.${language}`)}
              </option>
            ))}
          </select>
          <RestartOffer id={`${languageId}-restart`} />
        </div>
        <span>{t('settings.theme')}</span>
        <span>{t('settings.themeNote')}</span>
        <span>{t('settings.dataFolder')}</span>
        <span>
          <code>{status?.dataDir}</code>
          <br />
          <small>{t('settings.dataFolderNote')}</small>
        </span>
        <span>{t('settings.version')}</span>
        <span>{status?.version}</span>
      </div>
      <TodayKindsSection />
      <PriceBookEditor />
      <HolidayCalendarSection />
      <TeamSyncSection />
      <HelpSection />
    </section>
  );
}
