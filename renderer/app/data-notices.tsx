import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataNotice } from '../../electron/ipc/contract';
import { useSettings } from '../features/settings/settings-store';

const NONE: DataNotice[] = [];

/** Tells the user, once per start, which data file was damaged and what the app did about it. */
export function DataNotices() {
  const { t } = useTranslation();
  const notices = useSettings((s) => s.status?.notices ?? NONE);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <div role="alert" className="notice-banner">
      <ul>
        {notices.map((n) => (
          <li key={n.movedTo}>{t(n.restoredFrom ? 'notices.damagedRestored' : 'notices.damagedEmpty', n)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
