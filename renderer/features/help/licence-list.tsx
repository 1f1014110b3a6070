import { useTranslation } from 'react-i18next';

import type { AboutInfo } from '@main/ipc/contract';

import { type SimpleColumn, SimpleTable } from '../../ui/simple-table';

type Licence = AboutInfo['licences'][number];

/** The packages inside the app with their licences: folded away, as the list is long. */
export function LicenceList({ licences }: { licences: AboutInfo['licences'] }) {
  const { t } = useTranslation();
  if (licences.length === 0) return <p className="hint">{t('about.noLicences')}</p>;
  const columns: SimpleColumn<Licence>[] = [
    { id: 'name', header: t('about.package'), cell: (l) => l.name },
    { id: 'version', header: t('about.packageVersion'), cell: (l) => l.version },
    { id: 'licence', header: t('about.licence'), cell: (l) => l.licence },
  ];
  return (
    <details className="about-licences">
      <summary>{t('about.licences', { count: licences.length })}</summary>
      {/* The scrolling region names the table. */}
      <div className="about-licences-scroll" tabIndex={0} role="region" aria-label={t('about.licencesTable')}>
        <SimpleTable columns={columns} rows={licences} getRowKey={(l) => `${l.name}@${l.version}`} />
      </div>
    </details>
  );
}
