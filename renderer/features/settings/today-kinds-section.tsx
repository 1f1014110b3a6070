import { useTranslation } from 'react-i18next';

import { TODAY_KINDS } from '@core/today';

import { useReportError } from '../../ui/use-report-error';
import { useToday } from '../today/today-store';
import { useSettings } from './settings-store';

const NONE: readonly (typeof TODAY_KINDS)[number][] = [];

/** Each kind of Today item can be hidden; the Today view and its count follow at once. */
export function TodayKindsSection() {
  const { t } = useTranslation();
  // Selected as stored: a fresh [] on every call would make the store see a change each time.
  const hidden = useSettings((s) => s.settings?.todayHidden) ?? NONE;
  const hideTodayKinds = useSettings((s) => s.hideTodayKinds);
  const loadToday = useToday((s) => s.load);
  const report = useReportError();

  const toggle = (kind: (typeof TODAY_KINDS)[number], shown: boolean) => {
    const next = shown ? hidden.filter((k) => k !== kind) : [...hidden, kind];
    hideTodayKinds(next)
      .then(() => loadToday())
      .catch(report);
  };

  return (
    <section aria-labelledby="settings-today-title" className="settings-today">
      <h2 id="settings-today-title">{t('settings.todayTitle')}</h2>
      <p>{t('settings.todayNote')}</p>
      <fieldset>
        <legend>{t('settings.todayKindsLabel')}</legend>
        {TODAY_KINDS.map((kind) => (
          <label key={kind} className="settings-today-kind">
            <input type="checkbox" checked={!hidden.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} /> {t(`today.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
