import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TodayItem, TodayKind } from '@main/ipc/contract/today';

import { useNavigation } from '../../app/navigation-store';
import { formatDate } from '../../ui/dates';
import { useReportError } from '../../ui/use-report-error';
import { SyncAttention } from '../sync/sync-attention';
import { useToday } from './today-store';
import { itemText } from './today-text';

import './today.css';

const URGENCIES = ['now', 'today', 'week', 'month', 'later'] as const;
const CASE_KINDS: readonly TodayKind[] = ['case-breached', 'case-at-risk', 'case-due-today'];

/**
 * Items drawn in the first frame, more than a window holds: a large portfolio's first screen has
 * hundreds, and drawing them all before the first paint held the first screen back. The rest
 * follow in the frames straight after.
 */
const FIRST_FRAME = 40;

/** Opens where an item is dealt with: the case's or booking's detail, the partner's page, or Settings (T2). */
function open({ target }: TodayItem) {
  const nav = useNavigation.getState();
  if (target.to === 'case') nav.openCase({ caseId: target.caseId, partnerId: target.partnerId });
  else if (target.to === 'booking') nav.openBooking({ bookingId: target.bookingId, partnerId: target.partnerId });
  else if (target.to === 'partner') nav.openPartner(target.partnerId);
  else nav.go('settings');
}

export function TodayView() {
  const { t, i18n } = useTranslation();
  const answer = useToday((s) => s.answer);
  const load = useToday((s) => s.load);
  const go = useNavigation((s) => s.go);
  const report = useReportError();

  useEffect(() => {
    // The start's answer (or one just refreshed) is shown as it is.
    if (!useToday.getState().isFresh(Date.now())) load().catch(report);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  const items = answer?.items ?? [];
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    if (whole || items.length <= FIRST_FRAME) return;
    const frame = requestAnimationFrame(() => startTransition(() => setWhole(true)));
    return () => cancelAnimationFrame(frame);
  }, [whole, items.length]);
  const complete = whole || items.length <= FIRST_FRAME;
  const drawn = complete ? items : URGENCIES.flatMap((urgency) => items.filter((i) => i.urgency === urgency)).slice(0, FIRST_FRAME);
  const more = answer ? (Object.entries(answer.counts) as [TodayKind, number][]).filter(([kind, n]) => n > items.filter((i) => i.kind === kind).length) : [];
  return (
    <section aria-labelledby="today-title" className="view today-view">
      <header className="view-header">
        <h1 id="today-title">{t('today.title')}</h1>
      </header>
      <SyncAttention />
      {answer && <p className="today-subtitle">{t('today.subtitle', { date: formatDate(answer.today, i18n.language) })}</p>}
      {answer && answer.hidden.length > 0 && (
        <p className="today-hidden">
          {t('today.hiddenNote', { count: answer.hidden.length })}{' '}
          <button type="button" className="link" onClick={() => go('settings')}>
            {t('today.showSettings')}
          </button>
        </p>
      )}
      {answer && items.length === 0 && (
        <p className="today-empty">{!answer.hasPartners ? t('today.noPartners') : answer.hidden.length > 0 ? t('today.emptyHidden') : t('today.empty')}</p>
      )}
      {URGENCIES.map((urgency) => {
        const group = drawn.filter((i) => i.urgency === urgency);
        if (group.length === 0) return null;
        return (
          <section key={urgency} aria-labelledby={`today-${urgency}`} className={`today-group today-${urgency}`}>
            <h2 id={`today-${urgency}`}>{t(`today.urgency.${urgency}`)}</h2>
            <ul className="today-list">
              {group.map((item) => (
                <li key={item.id}>
                  <button type="button" className={`today-item today-kind-${item.kind}`} data-kind={item.kind} onClick={() => open(item)}>
                    <span className="today-item-kind">{t(`today.kinds.${item.kind}`)}</span>
                    <span className="today-item-text">{itemText(t, item, i18n.language)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {complete && more.length > 0 && (
        <ul className="today-more">
          {more.map(([kind, count]) => (
            <li key={kind}>
              {t(`today.kinds.${kind}`)}: {t('today.more', { count: count - items.filter((i) => i.kind === kind).length })}
              {CASE_KINDS.includes(kind) && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => go('sla')}>
                    {t('today.moreCases', { count })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
