import { useTranslation } from 'react-i18next';
import type { AboutInfo } from '../../../electron/ipc/contract';

/** The packages inside the app with their licences: folded away, as the list is long. */
export function LicenceList({ licences }: { licences: AboutInfo['licences'] }) {
  const { t } = useTranslation();
  if (licences.length === 0) return <p className="hint">{t('about.noLicences')}</p>;
  return (
    <details className="about-licences">
      <summary>{t('about.licences', { count: licences.length })}</summary>
      <div className="about-licences-scroll" tabIndex={0} role="region" aria-label={t('about.licencesTable')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('about.package')}</th>
              <th scope="col">{t('about.packageVersion')}</th>
              <th scope="col">{t('about.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {licences.map((l) => (
              <tr key={`${l.name}@${l.version}`}>
                <td>{l.name}</td>
                <td>{l.version}</td>
                <td>{l.licence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
