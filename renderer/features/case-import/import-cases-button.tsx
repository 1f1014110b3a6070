import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ImportCasesDialog } from './import-cases-dialog';

/** "Import cases…" and, once pressed, the import dialog. */
export function ImportCasesButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('caseImport.open')}
      </button>
      {open && <ImportCasesDialog onClose={() => setOpen(false)} />}
    </>
  );
}
