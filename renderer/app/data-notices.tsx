import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DataNotice } from '@main/ipc/contract';

import { listen } from '../api/bridge';
import { useSettings } from '../features/settings/settings-store';

const NONE: DataNotice[] = [];

const keyOf = (n: DataNotice) => `${n.kind}:${n.file}:${n.movedTo ?? n.restoredFrom}`;
const sentenceOf = (n: DataNotice) =>
  n.kind === 'missing-file' ? 'notices.missingRestored' : n.restoredFrom ? 'notices.damagedRestored' : 'notices.damagedEmpty';

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
  const notices = [...atStart, ...later.filter((n) => !atStart.some((s) => keyOf(s) === keyOf(n)))].slice(dismissed);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="notice-banner">
      <ul>
        {notices.map((n) => (
          <li key={keyOf(n)}>{t(sentenceOf(n), { ...n })}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed((count) => count + notices.length)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
