import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CaseRecordStored, Partner } from '@main/ipc/contract';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { DueCell, SeverityCell } from '../sla/sla-cells';
import { CaseDetailDialog } from './case-detail-dialog';
import { CaseEntryDialog } from './case-entry-dialog';
import { useCases } from './cases-store';

const SHOWN = 15;

/** A partner's cases on its page, newest first, with the way to log another. */
export function PartnerCasesCard({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const report = useReportError();
  const showStatus = useStatus((s) => s.show);
  const [cases, setCases] = useState<CaseRecordStored[] | null>(null);
  const [entering, setEntering] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);

  const load = useCallback(() => {
    useCases
      .getState()
      // One more than shown says whether there are older ones, without reading all time.
      .newestOf(partner.id, SHOWN + 1)
      .then(setCases)
      .catch(report);
  }, [partner.id, report]);
  useEffect(load, [load]);

  const columns: SimpleColumn<CaseRecordStored>[] = [
    { id: 'openedAt', header: t('cases.form.openedAt'), cell: (c) => <DueCell iso={c.openedAt} short /> },
    {
      id: 'customer',
      header: t('cases.form.customer'),
      cell: (c) => (
        <>
          {c.customer || '—'}
          <small className="sub">{c.vendorRef}</small>
        </>
      ),
    },
    { id: 'category', header: t('cases.form.category'), cell: (c) => t(`cases.categories.${c.category}`) },
    { id: 'severity', header: t('cases.form.severity'), cell: (c) => <SeverityCell row={c} /> },
    { id: 'state', header: t('cases.detail.state'), cell: (c) => t(`cases.states.${c.state}`) },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (c) => (
        <button type="button" onClick={() => setOpened(c.id)} aria-label={t('sla.openCase', { partner: partner.name, ref: c.vendorRef || c.customer })}>
          {t('sla.details')}
        </button>
      ),
    },
  ];

  const done = (message: string) => {
    showStatus(message);
    load();
  };

  return (
    <section aria-labelledby="partner-cases-title" className="card partner-cases">
      <header className="card-header">
        <h2 id="partner-cases-title">{t('cases.partnerCard.title')}</h2>
        <button type="button" className="push-right" onClick={() => setEntering(true)} disabled={partner.archived}>
          {t('cases.new')}
        </button>
      </header>
      {cases && (
        <SimpleTable
          columns={columns}
          rows={cases.slice(0, SHOWN)}
          getRowKey={(c) => c.id}
          label={t('cases.partnerCard.table', { partner: partner.name })}
          empty={t('cases.partnerCard.empty')}
        />
      )}
      {cases && cases.length > SHOWN && <p className="hint">{t('cases.partnerCard.more', { shown: SHOWN })}</p>}
      {entering && <CaseEntryDialog partners={[partner]} partnerId={partner.id} onDone={done} onClose={() => setEntering(false)} />}
      {opened && <CaseDetailDialog caseId={opened} partnerName={partner.name} onDone={done} onClose={() => setOpened(null)} />}
    </section>
  );
}
