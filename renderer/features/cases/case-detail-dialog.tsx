import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { actionsFor, type CaseActionName } from '@core/cases';
import type { en } from '@locales/en';
import type { CaseRecordStored } from '@main/ipc/contract';

import { useReportError } from '../../ui/use-report-error';
import { copyEscalation } from '../sla/escalation-copy';
import { DueCell, SeverityCell } from '../sla/sla-cells';
import { CaseActionForm } from './case-action-form';
import { CaseHistory } from './case-history';
import { useCases } from './cases-store';

type Props = { caseId: string; partnerName: string; onDone: (message: string) => void; onClose: () => void };

/** One case: what was logged, its clock, its history, and what can be done with it next. */
export function CaseDetailDialog({ caseId, partnerName, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const report = useReportError();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [record, setRecord] = useState<CaseRecordStored | null>(null);
  const [action, setAction] = useState<CaseActionName | null>(null);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  useEffect(() => {
    useCases.getState().get(caseId).then(setRecord).catch(report);
  }, [caseId, report]);

  const applied = (updated: CaseRecordStored) => {
    setRecord(updated);
    setAction(null);
    onDone(t(`cases.done.${(updated.history.at(-1)?.action ?? 'respond') as keyof typeof en.cases.done}`, { partner: partnerName }));
  };

  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} onClose={onClose} className="dialog wide">
      <h2 id={`${id}-title`}>{t('cases.detail.title', { partner: partnerName, ref: record?.vendorRef || record?.customer || '' })}</h2>
      {record && (
        <>
          <dl className="case-facts">
            <dt>{t('cases.detail.state')}</dt>
            <dd>{t(`cases.states.${record.state}`)}</dd>
            <dt>{t('cases.form.customer')}</dt>
            <dd>{record.customer || '—'}</dd>
            <dt>{t('cases.form.category')}</dt>
            <dd>
              {t(`cases.kinds.${record.kind}`)} · {t(`cases.categories.${record.category}`)}
            </dd>
            <dt>{t('cases.form.level')}</dt>
            <dd>{t(`catalog.levels.${record.level}`)}</dd>
            <dt>{t('cases.form.severity')}</dt>
            <dd>
              <SeverityCell row={record} />
            </dd>
            <dt>{t('cases.form.openedAt')}</dt>
            <dd>
              <DueCell iso={record.openedAt} />
            </dd>
            <dt>{t('cases.form.due')}</dt>
            <dd>
              <DueCell iso={record.dueAt} />
              {record.correctedSeverity && <small className="sub">{t('cases.detail.originalDue')}</small>}
            </dd>
            <dt>{t('cases.detail.response')}</dt>
            <dd>
              {record.respondedAt ? (
                <>
                  <DueCell iso={record.respondedAt} /> {record.respondedBy && <small className="sub">{record.respondedBy}</small>}
                </>
              ) : (
                t('cases.detail.noResponse')
              )}
            </dd>
            {record.vendorRef && (
              <>
                <dt>{t('cases.form.vendorRef')}</dt>
                <dd>{record.vendorRef}</dd>
              </>
            )}
            {record.notes && (
              <>
                <dt>{t('cases.form.notes')}</dt>
                <dd className="pre">{record.notes}</dd>
              </>
            )}
          </dl>
          <CaseHistory history={record.history} />
          {action ? (
            <CaseActionForm record={record} action={action} onApplied={applied} onCancel={() => setAction(null)} />
          ) : (
            <div className="card-actions" role="group" aria-label={t('common.actions')}>
              {actionsFor(record.state).map((name) => (
                <button key={name} type="button" onClick={() => setAction(name)}>
                  {t(`cases.actions.${name}`)}
                </button>
              ))}
            </div>
          )}
        </>
      )}
      <div className="dialog-actions">
        {/* C1-C3: a message for mail or chat, English then Chinese, with the due time in Beijing time. */}
        {record && (
          <button type="button" onClick={() => void copyEscalation(t, record.id).then(onDone).catch(report)}>
            {t('escalation.copy')}
          </button>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
