import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useReportError } from '../../ui/use-report-error';
import { ProrationForm } from './proration-form';
import { useProration } from './proration-store';
import { QuoteResult } from './quote-result';

import './proration.css';

/** "What would Premier cost us from today?": M3-M6 for a partner's plan or typed-in numbers. */
export function ProrationView() {
  const { t } = useTranslation();
  const priceBook = useProration((s) => s.priceBook);
  const reviewed = useProration((s) => s.priceBookReviewed);
  const result = useProration((s) => s.result);
  const load = useProration((s) => s.load);

  const report = useReportError();

  useEffect(() => {
    load().catch(report);
  }, [load, report]);

  return (
    <section aria-labelledby="proration-title" className="view proration-view">
      <header className="view-header">
        <h1 id="proration-title">{t('proration.title')}</h1>
      </header>
      <div className="no-print">
        <p className="hint">{t('proration.intro')}</p>
        {priceBook && <ProrationForm onError={report} />}
      </div>
      {result && priceBook && <QuoteResult calculation={result} priceBook={priceBook} reviewed={reviewed} onError={report} />}
    </section>
  );
}
