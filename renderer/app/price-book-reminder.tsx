import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { usePriceBook } from '../features/settings/price-book-store';
import { useNavigation } from './navigation-store';

/** M2: until the user has reviewed the shipped sample prices, every screen says so. */
export function PriceBookReminder() {
  const { t } = useTranslation();
  const reviewed = usePriceBook((s) => s.reviewed);
  const loaded = usePriceBook((s) => s.priceBook !== null);
  const go = useNavigation((s) => s.go);
  const view = useNavigation((s) => s.view);

  useEffect(() => {
    // A failed load is deliberately not reported here: the reminder is a hint, it stays hidden
    // without a price book, and Settings, which loads the same price book, reports the failure.
    usePriceBook
      .getState()
      .load()
      .catch(() => undefined);
  }, []);

  if (!loaded || reviewed || view === 'settings') return null;
  return (
    <div className="reminder" role="note">
      <span>{t('priceBook.reminder')}</span>
      <button type="button" onClick={() => go('settings')}>
        {t('priceBook.review')}
      </button>
    </div>
  );
}
