import { useEffect, useState } from 'react';

import type { BookingRecord } from '@main/ipc/contract';

import { call } from '../api/bridge';
import { BookingDetailDialog } from '../features/bookings/booking-detail-dialog';
import { CaseDetailDialog } from '../features/cases/case-detail-dialog';
import { usePartners } from '../features/partners/partners-store';
import { useStatus } from '../ui/status-store';
import { useReportError } from '../ui/use-report-error';
import { type OpenedRecord, useNavigation } from './navigation-store';

/** The partner's name, from the partners list (loaded if it is not yet). */
function usePartnerName(partnerId: string): string {
  const partners = usePartners((s) => s.partners);
  const loaded = usePartners((s) => s.loaded);
  const report = useReportError();
  useEffect(() => {
    if (!loaded) usePartners.getState().load().catch(report);
  }, [loaded, report]);
  return partners.find((p) => p.id === partnerId)?.name ?? '';
}

/**
 * The case or booking opened over the current screen from elsewhere (search, the Today view):
 * its detail dialog, closed through the navigation so the next open starts afresh.
 */
export function OpenedRecordHost() {
  const opened = useNavigation((s) => s.opened);
  if (!opened) return null;
  // Keyed: another record opened while one is shown starts its own dialog.
  return opened.kind === 'case' ? <OpenedCase key={opened.caseId} opened={opened} /> : <OpenedBooking key={opened.bookingId} opened={opened} />;
}

function OpenedCase({ opened }: { opened: Extract<OpenedRecord, { kind: 'case' }> }) {
  const partnerName = usePartnerName(opened.partnerId);
  const showStatus = useStatus((s) => s.show);
  const closeOpened = useNavigation((s) => s.closeOpened);
  return <CaseDetailDialog caseId={opened.caseId} partnerName={partnerName} onDone={(m) => showStatus(m)} onClose={closeOpened} />;
}

function OpenedBooking({ opened }: { opened: Extract<OpenedRecord, { kind: 'booking' }> }) {
  const partnerName = usePartnerName(opened.partnerId);
  const showStatus = useStatus((s) => s.show);
  const closeOpened = useNavigation((s) => s.closeOpened);
  const report = useReportError();
  const [booking, setBooking] = useState<BookingRecord | null>(null);
  useEffect(() => {
    call('bookings/get', { id: opened.bookingId }).then(setBooking, (error: unknown) => {
      report(error);
      closeOpened();
    });
  }, [opened.bookingId, report, closeOpened]);
  return booking ? <BookingDetailDialog booking={booking} partnerName={partnerName} onDone={(m) => showStatus(m)} onClose={closeOpened} /> : null;
}
