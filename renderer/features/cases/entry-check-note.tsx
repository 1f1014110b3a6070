import { useTranslation } from 'react-i18next';

import type { CaseEntryCheck, ErrorBody } from '@main/ipc/contract';

import { formatMoney } from '../../ui/money';
import { formatInstant } from '../sla/sla-format';

type Props = { check: CaseEntryCheck | null; refusal: ErrorBody | null; sentence: string | null; onBuyPack: () => void };

/** What logging the case would do: the level, the quota left, the due time, or why it is refused. */
export function EntryCheckNote({ check, refusal, sentence, onBuyPack }: Props) {
  const { t, i18n } = useTranslation();
  const due = check?.dueAt ? formatInstant(check.dueAt, i18n.language) : null;
  return (
    <div className="quote entry-check" aria-live="polite">
      {refusal && sentence ? (
        <div role="alert" className="form-error">
          <p>{sentence}</p>
          {/* Q3: the way out of an exhausted month is one click away. */}
          {refusal.code === 'TICKET_QUOTA_EXHAUSTED' && check?.pack && (
            <button type="button" className="primary" onClick={onBuyPack}>
              {t('cases.form.buyPack', { price: formatMoney(check.pack.price, check.pack.currency, i18n.language) })}
            </button>
          )}
        </div>
      ) : (
        check && (
          <dl>
            <dt>{t('cases.form.level')}</dt>
            <dd>{check.level ? t(`catalog.levels.${check.level}`) : t('catalog.noLevel')}</dd>
            {check.limit !== null && (
              <>
                <dt>{t('cases.form.quota')}</dt>
                <dd>{t('cases.form.quotaLeft', { remaining: check.remaining ?? 0, limit: check.limit })}</dd>
              </>
            )}
            {due && (
              <>
                <dt>{t('cases.form.due')}</dt>
                <dd>
                  {due.local}
                  {!due.sameZone && <small className="sub">{t('sla.beijingTime', { time: due.beijing })}</small>}
                </dd>
              </>
            )}
          </dl>
        )
      )}
    </div>
  );
}
