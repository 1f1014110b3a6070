import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BookingRecord, Partner } from '@main/ipc/contract';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { BookingDetailDialog } from './booking-detail-dialog';
import { BookingDialog } from './booking-dialog';
import { BookingWhen } from './booking-when';
import { useBookings } from './bookings-store';

import './bookings.css';

/** A partner's page: its bookings, and a new one for it. */
export function PartnerBookingsCard({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const report = useReportError();
  const showStatus = useStatus((s) => s.show);
  const all = useBookings((s) => s.bookings);
  const [creating, setCreating] = useState(false);
  const [opened, setOpened] = useState<BookingRecord | null>(null);
  const mine = all.filter((b) => b.partnerId === partner.id).sort((a, b) => a.start.localeCompare(b.start));

  useEffect(() => {
    useBookings.getState().load().catch(report);
  }, [report]);

  return (
    <section aria-labelledby="bookings-card-title" className="card partner-bookings">
      {/* The action sits where the cases card has its own: at the right of the title. */}
      <header className="card-header">
        <h2 id="bookings-card-title">{t('bookings.card.title')}</h2>
        <button type="button" className="push-right" onClick={() => setCreating(true)} disabled={partner.archived}>
          {t('bookings.new')}
        </button>
      </header>
      {mine.length === 0 ? (
        <p className="empty">{t('bookings.card.none')}</p>
      ) : (
        <ul className="plain">
          {mine.map((b) => (
            <li key={b.id}>
              <button type="button" className="link" onClick={() => setOpened(b)}>
                {t(`bookings.kinds.${b.kind}`)}
              </button>
              {b.title && <span className="booking-title"> · {b.title}</span>} · <BookingWhen booking={b} /> ·{' '}
              <span className={`booking-status ${b.status}`}>{t(`bookings.statuses.${b.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {creating && <BookingDialog partners={[partner]} partnerId={partner.id} onDone={(m) => showStatus(m)} onClose={() => setCreating(false)} />}
      {opened && <BookingDetailDialog booking={opened} partnerName={partner.name} onDone={(m) => showStatus(m)} onClose={() => setOpened(null)} />}
    </section>
  );
}
