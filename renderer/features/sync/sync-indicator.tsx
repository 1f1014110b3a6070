import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useReportError } from '../../ui/use-report-error';
import { openTeamSync, useSync } from './sync-store';
import { statusDetail, statusLabel } from './sync-text';

import './sync.css';

/**
 * Team sync's status in the header, live from the 'sync/status' event: connected, offline since
 * (and why), changes waiting. Off shows nothing here (Settings says it): a desk that never syncs
 * has nothing to watch. A button, so the keyboard reaches it; it opens Settings → Team sync.
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSync((s) => s.status);
  const { loadStatus, follow } = useSync.getState();
  const report = useReportError();

  useEffect(() => follow(report), [follow, report]);
  useEffect(() => {
    loadStatus().catch(report);
  }, [loadStatus, report]);

  if (!status || status.state === 'off') return null;
  const label = statusLabel(t, status, i18n.language);
  const detail = statusDetail(t, status, i18n.language);
  const problem = status.state === 'offline';
  return (
    <button
      type="button"
      className={`sync-indicator sync-${status.state}${problem ? ' sync-problem' : ''}`}
      data-testid="sync-indicator"
      data-state={status.state}
      title={detail}
      aria-label={t('sync.status.open', { state: label })}
      aria-description={detail}
      onClick={() => void openTeamSync()}
    >
      <span className="sync-dot" aria-hidden="true" />
      {label}
    </button>
  );
}
