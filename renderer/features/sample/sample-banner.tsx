import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { useSample } from './sample-store';

/** While the desk holds the sample portfolio, every screen says so and offers to remove it. */
export function SampleBanner() {
  const { t } = useTranslation();
  const status = useSample((s) => s.status);
  const working = useSample((s) => s.working);
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();

  useEffect(() => {
    useSample.getState().load().catch(report);
  }, [report]);
  // Keyboard users land on the question's answer, and back on the button when they cancel.
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  const remove = async () => {
    try {
      await useSample.getState().remove();
      setAsking(false);
      showStatus(t('sample.removed'));
    } catch (error) {
      report(error);
    }
  };
  const cancel = () => {
    setAsking(false);
    queueMicrotask(() => askButton.current?.focus());
  };

  if (status?.interrupted && !status.sample) {
    return (
      <div className="reminder" role="note" aria-label={t('sample.bannerLabel')}>
        <span>{t('sample.interrupted', { cases: status.interrupted.cases, bookings: status.interrupted.bookings })}</span>
      </div>
    );
  }
  if (!status?.sample) return null;
  return (
    <div className="reminder sample-banner" role="region" aria-label={t('sample.bannerLabel')} onKeyDown={(e) => e.key === 'Escape' && asking && cancel()}>
      {asking ? (
        <>
          <span id="sample-remove-question">
            {t('sample.removeConfirm', { partners: status.sample.partners, cases: status.sample.cases, bookings: status.sample.bookings })}
          </span>
          <button
            ref={confirmButton}
            type="button"
            className="primary"
            aria-describedby="sample-remove-question"
            disabled={working}
            onClick={() => void remove()}
          >
            {t('sample.removeYes')}
          </button>
          <button type="button" onClick={cancel}>
            {t('sample.cancel')}
          </button>
        </>
      ) : (
        <>
          <span>{t('sample.banner')}</span>
          <button ref={askButton} type="button" onClick={() => setAsking(true)}>
            {t('sample.remove')}
          </button>
        </>
      )}
    </div>
  );
}
