import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Partner, PartnerFields } from '@main/ipc/contract';

import { useNavigation } from '../../app/navigation-store';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { HandoverActions } from '../handover/handover-actions';
import { SampleOffer } from '../sample/sample-offer';
import { PartnerDialog } from './partner-dialog';
import { usePartners } from './partners-store';
import { PartnersTable } from './partners-table';

type Editing = { partner: Partner | null } | null;

export function PartnersView() {
  const { t } = useTranslation();
  const partners = usePartners((s) => s.partners);
  const loaded = usePartners((s) => s.loaded);
  const includeArchived = usePartners((s) => s.includeArchived);
  const { load, setIncludeArchived, create, update, setArchived } = usePartners.getState();
  const showStatus = useStatus((s) => s.show);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const filterId = useId();

  const report = useReportError();

  useEffect(() => {
    load().catch(report);
  }, [load, report]);

  const onArchive = useCallback(
    (partner: Partner, archived: boolean) => {
      setArchived(partner.id, archived)
        .then((p) => showStatus(t(archived ? 'partners.done.archived' : 'partners.done.restored', { name: p.name })))
        .catch(report);
    },
    [setArchived, showStatus, t, report],
  );
  const onEdit = useCallback((partner: Partner) => setEditing({ partner }), []);
  const openPartner = useNavigation((s) => s.openPartner);
  const onOpen = useCallback((partner: Partner) => openPartner(partner.id), [openPartner]);

  const submit = async (fields: PartnerFields) => {
    const current = editing?.partner;
    const saved = current ? await update(current.id, fields) : await create(fields);
    showStatus(t(current ? 'partners.done.updated' : 'partners.done.created', { name: saved.name }));
  };

  return (
    <section aria-labelledby="partners-title" className="view">
      <header className="view-header">
        <h1 id="partners-title">{t('partners.title')}</h1>
        <span className="count">{t('partners.count', { count: partners.length })}</span>
        <div className="partners-actions">
          <HandoverActions />
          <button type="button" className="primary" onClick={() => setEditing({ partner: null })}>
            {t('partners.new')}
          </button>
        </div>
      </header>
      <div className="toolbar">
        <label htmlFor={filterId}>{t('partners.search')}</label>
        <input id={filterId} type="search" value={filter} placeholder={t('partners.searchPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => void setIncludeArchived(e.target.checked).catch(report)} />
          {t('partners.showArchived')}
        </label>
      </div>
      {loaded && partners.length === 0 ? (
        <>
          <p className="empty">{t('partners.empty')}</p>
          <SampleOffer />
        </>
      ) : (
        <PartnersTable partners={partners} filter={filter} onEdit={onEdit} onOpen={onOpen} onArchive={onArchive} />
      )}
      {editing && <PartnerDialog partner={editing.partner} onSubmit={submit} onClose={() => setEditing(null)} />}
    </section>
  );
}
