import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataNotice } from '../../electron/ipc/contract';
import { listen } from '../api/bridge';
import { useSettings } from '../features/settings/settings-store';

const NONE: DataNotice[] = [];

/**
 * Tells the user which data file was damaged and what the app did about it: those found at
 * start-up, and those found later, when a day of older cases was first read (pushed by main).
 */
export function DataNotices() {
  const { t } = useTranslation();
  const atStart = useSettings((s) => s.status?.notices ?? NONE);
  const [later, setLater] = useState<DataNotice[]>([]);
  const [dismissed, setDismissed] = useState(0);
  useEffect(() => listen('app/data-notice', (notice) => setLater((shown) => [...shown, notice])), []);
  // Dismissing hides what was shown; a notice found afterwards shows again.
  const notices = [...atStart, ...later.filter((n) => !atStart.some((s) => s.movedTo === n.movedTo))].slice(dismissed);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="notice-banner">
      <ul>
        {notices.map((n) => (
          <li key={n.movedTo}>{t(n.restoredFrom ? 'notices.damagedRestored' : 'notices.damagedEmpty', n)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed((count) => count + notices.length)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
