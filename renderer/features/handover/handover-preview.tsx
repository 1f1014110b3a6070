import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { HandoverPartnerPreview, HandoverPreview } from '@main/ipc/contract/handover';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { formatInstant } from '../sla/sla-format';
import { differenceText, partnersText, problemSentence, recordsText } from './handover-text';

/** What the import does to a partner: all of it (new), area by area (changed), or nothing (same). */
function ChangesCell({ partner, t, locale }: { partner: HandoverPartnerPreview; t: TFunction; locale: string }) {
  if (partner.status === 'new') return t('handover.import.addsAll');
  if (partner.status === 'same' || partner.differences.length === 0) return t('handover.import.nothingDiffers');
  return (
    <ul className="handover-differences">
      {partner.differences.map((d) => (
        <li key={d.area}>{differenceText(t, d, locale)}</li>
      ))}
    </ul>
  );
}

function columns(t: TFunction, locale: string): SimpleColumn<HandoverPartnerPreview>[] {
  return [
    { id: 'partner', header: t('handover.import.columns.partner'), cell: (p) => p.name, rowHeader: true, className: 'handover-partner' },
    {
      id: 'status',
      header: t('handover.import.columns.status'),
      cell: (p) => <span className={`handover-status ${p.status}`}>{t(`handover.import.status.${p.status}`)}</span>,
      className: 'handover-status-cell',
    },
    { id: 'holds', header: t('handover.import.columns.holds'), cell: (p) => recordsText(t, p.counts, locale), className: 'handover-holds' },
    { id: 'differs', header: t('handover.import.columns.differs'), cell: (p) => <ChangesCell partner={p} t={t} locale={locale} /> },
  ];
}

/**
 * What the file would bring to this desk: when and by which version it was written, its totals,
 * each partner as new, changed (and how) or the same, and the rules the merge would break.
 */
export function HandoverPreviewView({ preview }: { preview: HandoverPreview }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  const { totals } = preview;
  const same = totals.partners - totals.newPartners - totals.changedPartners;
  return (
    <div className="handover-preview">
      <p className="hint" data-testid="handover-written">
        {t('handover.import.written', { when: formatInstant(preview.createdAt, locale).local, version: preview.appVersion })}
      </p>
      <p className="handover-summary">
        {t('handover.import.summary', {
          partners: partnersText(t, totals.partners),
          fresh: totals.newPartners,
          changed: totals.changedPartners,
          same,
          records: recordsText(t, totals, locale),
        })}
      </p>
      {/* A scrolling region the keyboard can reach, so a long file can be read without a mouse. */}
      <div className="handover-table" role="region" aria-label={t('handover.import.tableLabel')} tabIndex={0}>
        <SimpleTable columns={columns(t, locale)} rows={preview.partners} getRowKey={(p) => p.partnerId} label={t('handover.import.tableLabel')} />
      </div>
      <section className="handover-problems" aria-labelledby={`${id}-problems`}>
        <h3 id={`${id}-problems`}>{t('handover.import.problemsTitle')}</h3>
        {preview.problems.length === 0 ? (
          <p>{t('handover.import.noProblems')}</p>
        ) : (
          <>
            <p className="hint">{t('handover.import.problemsHint')}</p>
            <ul>
              {preview.problems.map((problem, index) => (
                <li key={`${problem.kind} ${problem.partnerId} ${problem.period} ${problem.recordId ?? index}`}>{problemSentence(t, problem, locale)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
