import { type FormEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { planOf } from '@core/catalog';
import { monthEnd } from '@core/time';
import type { QuotaRow } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { DialogFormFooter } from '../../ui/dialog-form-footer';
import { formatMoney } from '../../ui/money';
import { useApiCall } from '../../ui/use-api-call';
import { formatMonth } from './quota-text';

import './buy-pack.css';

type Props = {
  row: QuotaRow;
  /** T1: today's Beijing date, the purchase date (Q2). */
  today: string;
  price: number;
  currency: string;
  buy: () => Promise<unknown>;
  onDone: (charged: string) => void;
  onClose: () => void;
};

/** Q2 / M7: what a pack adds, until when, and what it costs, confirmed before it is charged. */
export function BuyPackDialog({ row, today, price, currency, buy, onDone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { busy, error, run } = useApiCall();
  const amount = formatMoney(price, currency, i18n.language);
  const locale = i18n.language;

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(buy)).ok) return;
    onDone(amount);
    dialog.current?.close();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('quotas.buy.title', { name: row.partnerName })}</h2>
        <p id={`${id}-what`}>{t('quotas.buy.what', { cases: planOf('standard').addonPackCases ?? 0, month: formatMonth(today, locale) })}</p>
        <dl className="buy-pack-facts">
          <dt>{t('quotas.buy.price')}</dt>
          <dd>{amount}</dd>
          <dt>{t('quotas.buy.date')}</dt>
          <dd>{formatDate(today, locale)}</dd>
          <dt>{t('quotas.buy.validUntil')}</dt>
          <dd>{formatDate(monthEnd(today), locale)}</dd>
        </dl>
        <p className="hint">{t('quotas.buy.note')}</p>
        <DialogFormFooter error={error} busy={busy} submitLabel={t('quotas.buy.confirm', { amount })} onCancel={() => dialog.current?.close()} />
      </form>
    </dialog>
  );
}
