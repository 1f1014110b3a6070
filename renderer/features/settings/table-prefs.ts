import type { TablePrefs } from '@main/ipc/contract';

import { useReportError } from '../../ui/use-report-error';
import { useSettings } from './settings-store';

const NONE: TablePrefs = { hidden: [], sort: [] };

/** One table's remembered columns and sort, and a setter that stores them through main. */
export function useTablePrefs(table: string): [TablePrefs, (prefs: TablePrefs) => void] {
  const prefs = useSettings((s) => s.settings?.tables[table] ?? NONE);
  const save = useSettings((s) => s.saveTable);
  const report = useReportError();
  return [prefs, (next) => void save(table, next).catch(report)];
}
