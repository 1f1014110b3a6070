import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { AssignDialog } from './assign-dialog';
import { useSync } from './sync-store';

/** "Hand to another manager…" in a partner's profile card, only while team sync is on. */
export function AssignButton({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const { t } = useTranslation();
  const on = useSync((s) => s.status !== null && s.status.state !== 'off');
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (useSync.getState().status === null) useSync.getState().loadStatus().catch(report);
  }, [report]);

  if (!on) return null;
  return (
    <div className="card-actions">
      <button type="button" onClick={() => setOpen(true)}>
        {t('sync.assign.button')}
      </button>
      {open && (
        <AssignDialog
          partnerId={partnerId}
          partnerName={partnerName}
          onDone={(manager) => showStatus(t('sync.assign.done', { name: partnerName, manager }))}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
