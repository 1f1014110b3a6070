import { useTranslation } from 'react-i18next';

type Column = { id: string; label: string; visible: boolean; toggle: (visible: boolean) => void };

/** A keyboard-friendly disclosure listing a table's optional columns as checkboxes. */
export function ColumnChooser({ columns }: { columns: Column[] }) {
  const { t } = useTranslation();
  return (
    <details className="column-chooser">
      <summary>{t('common.columns')}</summary>
      <fieldset>
        <legend>{t('common.showColumns')}</legend>
        {columns.map((c) => (
          <label key={c.id}>
            <input type="checkbox" checked={c.visible} onChange={(e) => c.toggle(e.target.checked)} />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
