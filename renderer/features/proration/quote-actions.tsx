import { useState } from 'react';

import type { PriceBook } from '@core/money';

import { useNavigation } from '../../app/navigation-store';
import { useStatus } from '../../ui/status-store';
import { ApplyDialog } from './apply-dialog';
import { formatDay, type Formats, levelName, netSentence, optionLabel } from './proration-format';
import { useProration } from './proration-store';
import type { Calculation } from './proration-types';
import { quoteText } from './quote-text';

type Props = { calculation: Calculation; priceBook: PriceBook; pricesName: string; formats: Formats; onError: (error: unknown) => void };

/** A file name main accepts (no path or reserved characters), at most 120 characters. */
const fileName = (calculation: Calculation) =>
  `proration-${calculation.scenario.partnerName ?? 'ad-hoc'}-${calculation.scenario.on}`.replace(/[/\\:*?"<>|]+/g, '-').slice(0, 120);

export function QuoteActions({ calculation, priceBook, pricesName, formats, onError }: Props) {
  const { t, language } = formats;
  const showStatus = useStatus((s) => s.show);
  const [confirming, setConfirming] = useState(false);
  const { scenario, chosen } = calculation;
  const partnerId = scenario.partnerId;

  const copy = () =>
    useProration
      .getState()
      .copyText(quoteText(formats, calculation, { priceBook, name: pricesName }))
      .then(() => showStatus(t('proration.actions.copied')))
      .catch(onError);

  const savePdf = () =>
    useProration
      .getState()
      .savePdf(fileName(calculation))
      .then((path) => path && showStatus(t('proration.actions.saved', { path })))
      .catch(onError);

  const apply = async () => {
    try {
      const change = optionLabel(t, scenario.currentLevel, chosen.target);
      await useProration.getState().apply();
      // Moving to another screen clears the status line, so the confirmation is said after the move.
      if (partnerId) useNavigation.getState().openPartner(partnerId);
      showStatus(t('proration.actions.applied', { partner: scenario.partnerName ?? '', change, date: formatDay(scenario.on, language) }));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <div className="quote-actions">
      <button type="button" onClick={() => void copy()}>
        {t('proration.actions.copy')}
      </button>
      <button type="button" onClick={() => void savePdf()}>
        {t('proration.actions.pdf')}
      </button>
      {partnerId && chosen.ok && (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          {t('proration.actions.apply')}
        </button>
      )}
      {confirming && chosen.ok && (
        <ApplyDialog
          question={t('proration.actions.confirmTitle', {
            partner: scenario.partnerName ?? '',
            from: levelName(t, scenario.currentLevel),
            to: levelName(t, chosen.target),
            date: formatDay(scenario.on, language),
          })}
          detail={`${netSentence(formats, chosen)} ${t('proration.actions.confirmDetail')}`}
          onConfirm={apply}
          onClose={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
