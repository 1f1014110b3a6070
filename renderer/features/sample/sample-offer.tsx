import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { useSample } from './sample-store';

/** Issue 8: on the empty first screen, a sample portfolio to explore before adding real partners. */
export function SampleOffer() {
  const { t } = useTranslation();
  const empty = useSample((s) => s.status?.empty ?? false);
  const working = useSample((s) => s.working);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();

  // The partners list can be empty while archived partners or their cases remain: ask main.
  useEffect(() => {
    useSample.getState().load().catch(report);
  }, [report]);

  if (!empty) return null;
  const load = async () => {
    try {
      await useSample.getState().loadSample();
      showStatus(t('sample.loaded'));
    } catch (error) {
      report(error);
    }
  };
  return (
    <section className="sample-offer" aria-labelledby="sample-offer-title">
      <h2 id="sample-offer-title">{t('sample.offerTitle')}</h2>
      <p id="sample-offer-text">{t('sample.offerText')}</p>
      <button type="button" className="primary" aria-describedby="sample-offer-text" disabled={working} onClick={() => void load()}>
        {working ? t('sample.loading') : t('sample.load')}
      </button>
    </section>
  );
}
