import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PartnerFields, PlanQuote } from '@main/ipc/contract';

import { useNavigation } from '../../app/navigation-store';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { PartnerBookingsCard } from '../bookings/partner-bookings-card';
import { PartnerCasesCard } from '../cases/partner-cases-card';
import { PartnerDialog } from '../partners/partner-dialog';
import { usePartners } from '../partners/partners-store';
import { ServiceReportButton } from '../service-report/service-report-button';
import { AssignButton } from '../sync/assign-button';
import { ChargesTable } from './charges-table';
import { ConsumptionCard } from './consumption-card';
import { usePartnerDetail } from './partner-detail-store';
import { type ActionKind, PlanActionDialog } from './plan-action-dialog';
import { PlanCard } from './plan-card';

export function PartnerDetailView({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const partner = usePartnerDetail((s) => s.partner);
  const plan = usePartnerDetail((s) => s.plan);
  const { load, quote, apply } = usePartnerDetail.getState();
  const closePartner = useNavigation((s) => s.closePartner);
  const openStatement = useNavigation((s) => s.openStatement);
  const showStatus = useStatus((s) => s.show);
  const [action, setAction] = useState<ActionKind | null>(null);
  const [editing, setEditing] = useState(false);

  const report = useReportError();

  useEffect(() => {
    load(partnerId).catch(report);
  }, [load, partnerId, report]);

  if (!partner || !plan || partner.id !== partnerId) return <p aria-busy="true">{t('common.loading')}</p>;

  const done = (q: PlanQuote) => showStatus(t(`partnerDetail.done.${q.action === 'change' ? q.plan.kind : q.action}`, { name: partner.name }));
  const saveProfile = async (fields: PartnerFields) => {
    await usePartners.getState().update(partner.id, fields);
    await load(partner.id);
    showStatus(t('partners.done.updated', { name: fields.name }));
  };

  return (
    <section aria-labelledby="partner-title" className="view">
      <nav aria-label={t('partnerDetail.breadcrumb')}>
        <button type="button" className="link" onClick={closePartner}>
          ← {t('nav.partners')}
        </button>
      </nav>
      <header className="view-header">
        <h1 id="partner-title">{partner.name}</h1>
        <span className="count">{t(`partners.types.${partner.type}`)}</span>
        <button type="button" onClick={() => setEditing(true)} className="push-right">
          {t('partnerDetail.editProfile')}
        </button>
        <ServiceReportButton partnerId={partner.id} level={plan.levelToday} today={plan.today} />
        <button type="button" onClick={() => openStatement(partner.id)} aria-description={t('statement.openHint')}>
          {t('statement.open')}
        </button>
      </header>
      <div className="detail-grid">
        <section aria-labelledby="profile-title" className="card">
          <h2 id="profile-title">{t('partnerDetail.profile')}</h2>
          <dl>
            <dt>{t('partners.columns.contactName')}</dt>
            <dd>{partner.contactName || '—'}</dd>
            <dt>{t('partners.columns.contactEmail')}</dt>
            <dd>{partner.contactEmail || '—'}</dd>
            <dt>{t('partners.columns.contactPhone')}</dt>
            <dd>{partner.contactPhone || '—'}</dd>
            {partner.notes && (
              <>
                <dt>{t('partners.form.notes')}</dt>
                <dd>{partner.notes}</dd>
              </>
            )}
          </dl>
          <AssignButton partnerId={partner.id} partnerName={partner.name} />
        </section>
        <PlanCard plan={plan} onAction={setAction} />
      </div>
      <PartnerCasesCard partner={partner} />
      <PartnerBookingsCard partner={partner} />
      <ChargesTable plan={plan} />
      <ConsumptionCard partnerId={partner.id} partnerName={partner.name} />
      {action && (
        <PlanActionDialog
          kind={action}
          today={plan.today}
          currentLevel={plan.levelToday}
          quote={quote}
          apply={apply}
          onDone={done}
          onClose={() => setAction(null)}
        />
      )}
      {editing && <PartnerDialog partner={partner} onSubmit={saveProfile} onClose={() => setEditing(false)} />}
    </section>
  );
}
