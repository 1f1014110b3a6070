import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PartnerConsumption } from '@main/ipc/contract';

import { formatMoney, moneyInputValue, parseMoney } from '../../ui/money';
import { MonthField } from '../../ui/month-field';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { formatMonth } from '../quotas/quota-text';
import { useConsumption } from './consumption-store';

type Month = PartnerConsumption['months'][number];

/** M9: the cloud consumption each month's incremental fee is computed from, entered per month. */
export function ConsumptionCard({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const id = useId();
  const consumption = useConsumption((s) => s.consumption);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  // null until the manager picks a month; '' while what is typed means none.
  const [month, setMonth] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    useConsumption.getState().load(partnerId).catch(report);
  }, [partnerId, report]);

  if (!consumption || consumption.partnerId !== partnerId) return null;
  const { currency, thisMonth } = consumption;
  const chosen = month ?? thisMonth;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A month that cannot be read says why under its field; nothing is saved meanwhile.
    if (chosen === '') return;
    const minor = parseMoney(amount, currency);
    if (minor === null) return setError(t('reports.consumption.invalid', { currency }));
    setError(null);
    useConsumption
      .getState()
      .save(partnerId, chosen, minor)
      .then(() => {
        setAmount('');
        showStatus(t('reports.consumption.saved', { name: partnerName, month: formatMonth(chosen, lng), amount: formatMoney(minor, currency, lng) }));
      })
      .catch(report);
  };
  const clear = (m: string) =>
    useConsumption
      .getState()
      .save(partnerId, m, null)
      .then(() => showStatus(t('reports.consumption.cleared', { month: formatMonth(m, lng) })))
      .catch(report);
  const edit = (m: Month) => {
    setMonth(m.month);
    setAmount(moneyInputValue(m.amount, currency));
  };
  const columns: SimpleColumn<Month>[] = [
    { id: 'month', header: t('reports.month'), rowHeader: true, cell: (m) => formatMonth(m.month, lng) },
    { id: 'amount', header: t('reports.consumption.column'), align: 'end', cell: (m) => formatMoney(m.amount, currency, lng) },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (m) => (
        <>
          <button type="button" onClick={() => edit(m)} aria-label={t('reports.consumption.editMonth', { month: formatMonth(m.month, lng) })}>
            {t('reports.consumption.edit')}
          </button>{' '}
          <button type="button" onClick={() => void clear(m.month)} aria-label={t('reports.consumption.clearMonth', { month: formatMonth(m.month, lng) })}>
            {t('reports.consumption.clear')}
          </button>
        </>
      ),
    },
  ];

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('reports.consumption.title')}</h2>
      <p className="hint">{t('reports.consumption.hint')}</p>
      <form className="toolbar" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-month`}>{t('reports.month')}</label>
        <MonthField id={`${id}-month`} value={chosen} max={thisMonth} required onChange={setMonth} />
        <label htmlFor={`${id}-amount`}>{t('reports.consumption.amount', { currency })}</label>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          value={amount}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setAmount(e.target.value)}
        />
        <button type="submit" className="primary">
          {t('reports.consumption.save')}
        </button>
        {error && (
          <p id={`${id}-error`} role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
      <SimpleTable columns={columns} rows={consumption.months} getRowKey={(m) => m.month} labelledBy={`${id}-title`} empty={t('reports.consumption.empty')} />
    </section>
  );
}
