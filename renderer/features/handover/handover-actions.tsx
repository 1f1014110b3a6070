import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { HandoverExportDialog } from './handover-export-dialog';
import { HandoverImportDialog } from './handover-import-dialog';

import './handover.css';

/** The partners view's two ways in: hand partners over to a colleague, and import what a colleague handed over. */
export function HandoverActions() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen('export')}>
        {t('handover.open')}
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        {t('handover.importOpen')}
      </button>
      {open === 'export' && <HandoverExportDialog onClose={() => setOpen(null)} />}
      {open === 'import' && <HandoverImportDialog onClose={() => setOpen(null)} />}
    </>
  );
}
