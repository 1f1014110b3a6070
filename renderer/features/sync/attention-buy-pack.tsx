import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuotaPortfolio } from '@main/ipc/contract';
import type { AttentionEntry } from '@main/ipc/contract/sync';

import { call } from '../../api/bridge';
import { formatDate } from '../../ui/dates';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { BuyPackDialog } from '../quotas/buy-pack-dialog';
import { formatMonth } from '../quotas/quota-text';
import { useQuotas } from '../quotas/quotas-store';
import { useSync } from './sync-store';

type Props = { entry: AttentionEntry; month: string; onClose: () => void };

/**
 * Q2 / Q3: the Quotas view's own buy-pack dialog for the entry's partner. A pack bought today
 * counts from today to the end of this month only, so an entry of another month says so instead.
 */
export function AttentionBuyPack({ entry, month, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const [portfolio, setPortfolio] = useState<QuotaPortfolio | null>(null);

  useEffect(() => {
    call('quotas/portfolio', { month })
      .then((answer) => {
        if (answer.today.slice(0, 7) === month) return setPortfolio(answer);
        showStatus(t('sync.attention.packElsewhen', { current: formatMonth(answer.today, i18n.language), month: formatMonth(month, i18n.language) }), 'error');
        onClose();
      })
      .catch((error: unknown) => {
        onClose();
        report(error);
      });
    // Asked once for the entry the dialog opened for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const row = portfolio?.rows.find((r) => r.partnerId === entry.partnerId);
  if (!portfolio || !row) return null;
  const buy = async () => {
    await call('quotas/buy-pack', { partnerId: entry.partnerId, boughtOn: portfolio.today, count: 1 });
    // Main checks the entry again with the pack counted; the Quotas view shows it when next opened.
    await useSync.getState().resolve(entry.id);
    if (useQuotas.getState().portfolio) await useQuotas.getState().load();
  };
  return (
    <BuyPackDialog
      row={row}
      today={portfolio.today}
      price={portfolio.packPrice}
      currency={portfolio.currency}
      buy={buy}
      onDone={(amount) => showStatus(t('quotas.buy.done', { name: entry.partnerName, amount, date: formatDate(portfolio.today, i18n.language) }))}
      onClose={onClose}
    />
  );
}
