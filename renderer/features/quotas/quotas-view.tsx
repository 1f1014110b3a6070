import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Level, levels } from '@core/catalog';
import type { QuotaRow } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { MonthField } from '../../ui/month-field';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { BuyPackDialog } from './buy-pack-dialog';
import { useQuotas } from './quotas-store';
import { QuotasTable } from './quotas-table';

import './quotas.css';

type LevelFilter = Level | 'none' | 'all';

/** Q1-Q5, B1-B3: each partner's month of cases, and its service year of KEA, consulting and trainings. */
export function QuotasView() {
  const { t, i18n } = useTranslation();
  const portfolio = useQuotas((s) => s.portfolio);
  const { load, chooseMonth, buyPack } = useQuotas.getState();
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const [name, setName] = useState('');
  const [level, setLevel] = useState<LevelFilter>('all');
  const [buying, setBuying] = useState<QuotaRow | null>(null);
  const id = useId();

  useEffect(() => {
    load().catch(report);
  }, [load, report]);

  const rows = useMemo(() => {
    const needle = name.trim().toLocaleLowerCase();
    return (portfolio?.rows ?? []).filter((r) => r.partnerName.toLocaleLowerCase().includes(needle) && (level === 'all' || (r.level ?? 'none') === level));
  }, [portfolio, name, level]);
  const onBuy = useCallback((row: QuotaRow) => setBuying(row), []);

  return (
    <section aria-labelledby="quotas-title" className="view quotas-view">
      <header className="view-header">
        <h1 id="quotas-title">{t('quotas.title')}</h1>
        {portfolio && <span className="count">{t('quotas.count', { count: portfolio.rows.length })}</span>}
      </header>
      <div className="toolbar">
        <label htmlFor={`${id}-month`}>{t('quotas.month')}</label>
        <MonthField id={`${id}-month`} value={portfolio?.month ?? ''} required onChange={(month) => month && void chooseMonth(month).catch(report)} />
        <label htmlFor={`${id}-name`}>{t('quotas.search')}</label>
        <input id={`${id}-name`} type="search" value={name} placeholder={t('quotas.searchPlaceholder')} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-level`}>{t('quotas.levelFilter')}</label>
        <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.target.value as LevelFilter)}>
          <option value="all">{t('quotas.allLevels')}</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {t(`catalog.levels.${l}`)}
            </option>
          ))}
          <option value="none">{t('quotas.noPlan')}</option>
        </select>
        {portfolio && <span className="hint quotas-today">{t('quotas.today', { date: formatDate(portfolio.today, i18n.language) })}</span>}
      </div>
      {!portfolio && <p className="hint">{t('common.loading')}</p>}
      {portfolio && portfolio.rows.length === 0 && <p className="empty">{t('quotas.empty')}</p>}
      {portfolio && portfolio.rows.length > 0 && (
        <>
          <QuotasTable rows={rows} month={portfolio.month} today={portfolio.today} onBuy={onBuy} />
          {rows.length === 0 && <p className="empty">{t('quotas.noMatch')}</p>}
        </>
      )}
      {buying && portfolio && (
        <BuyPackDialog
          row={buying}
          today={portfolio.today}
          price={portfolio.packPrice}
          currency={portfolio.currency}
          buy={() => buyPack(buying.partnerId)}
          onDone={(amount) => showStatus(t('quotas.buy.done', { name: buying.partnerName, amount, date: formatDate(portfolio.today, i18n.language) }))}
          onClose={() => setBuying(null)}
        />
      )}
    </section>
  );
}
