import { useTranslation } from 'react-i18next';

import type { BookingLine } from '@core/reports';
import type { ServiceReportData } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';
import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';

function BookingTable({ lines, caption }: { lines: readonly BookingLine[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const when = (b: BookingLine) =>
    b.start === b.end ? formatDate(b.start, i18n.language) : `${formatDate(b.start, i18n.language)} – ${formatDate(b.end, i18n.language)}`;
  const detail = (b: BookingLine) =>
    b.kind === 'kea'
      ? t('serviceReport.bookings.days', { count: b.daysInMonth })
      : b.kind === 'consulting'
        ? t('serviceReport.bookings.hours', { count: b.hours ?? 0 })
        : b.method
          ? t(`bookings.methods.${b.method}`)
          : '';
  const columns: SimpleColumn<BookingLine>[] = [
    { id: 'when', header: t('serviceReport.bookings.when'), cell: when },
    { id: 'kind', header: t('serviceReport.bookings.kind'), cell: (b) => t(`bookings.kinds.${b.kind}`) },
    { id: 'detail', header: t('serviceReport.bookings.detail'), cell: detail },
    { id: 'title', header: t('serviceReport.bookings.titleColumn'), cell: (b) => b.title || '—' },
  ];
  return <SimpleTable columns={columns} rows={lines} getRowKey={(b, i) => `${b.kind}-${b.start}-${i}`} caption={caption} className="report-table" />;
}

/** B1-B3: what was delivered in the month, and what is booked from it on. */
export function BookingsSection({ report }: { report: ServiceReportData }) {
  const { t } = useTranslation();
  const { bookings } = report;
  return (
    <section aria-labelledby="report-bookings-title" className="report-section">
      <h2 id="report-bookings-title">{t('serviceReport.bookings.title')}</h2>
      <dl className="report-figures">
        <div>
          <dt>{t('serviceReport.bookings.keaDays')}</dt>
          <dd>{bookings.keaDays}</dd>
        </div>
        <div>
          <dt>{t('serviceReport.bookings.consulting')}</dt>
          <dd>{t('serviceReport.bookings.sessions', { count: bookings.consultingSessions, hours: bookings.consultingHours })}</dd>
        </div>
        <div>
          <dt>{t('serviceReport.bookings.trainings')}</dt>
          <dd>{bookings.trainings}</dd>
        </div>
      </dl>
      {bookings.delivered.length > 0 && <BookingTable lines={bookings.delivered} caption={t('serviceReport.bookings.delivered')} />}
      {bookings.upcoming.length > 0 ? (
        <BookingTable lines={bookings.upcoming} caption={t('serviceReport.bookings.upcoming')} />
      ) : (
        <p className="hint">{t('serviceReport.bookings.noneUpcoming')}</p>
      )}
      {bookings.cancelled > 0 && <p className="hint">{t('serviceReport.bookings.cancelled', { count: bookings.cancelled })}</p>}
    </section>
  );
}
