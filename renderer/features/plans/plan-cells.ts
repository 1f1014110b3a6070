// What each cell of Table 3-1 and 5-2 says, in the user's language, from the catalog data (P1).
import type { TFunction } from 'i18next';

import type { LevelPlan, SeverityId } from '@core/catalog';

import { formatDuration } from '../../ui/duration';

const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

export const INCLUDED_ROWS = ['serviceSupport', 'technicalSupport', 'priority', 'tam', 'kea', 'consulting', 'monthlyReport', 'training'] as const;
export type IncludedRow = (typeof INCLUDED_ROWS)[number];

/** Table 3-1: the lines of one cell (a cell may say more than one thing). */
export function includedCell(t: TFunction, plan: LevelPlan, row: IncludedRow): string[] {
  const no = [t('plans.cells.notIncluded')];
  switch (row) {
    case 'serviceSupport':
      return [t('plans.cells.serviceSupport')];
    case 'technicalSupport':
      if (!plan.technicalSupport) return no;
      if (plan.technicalCasesPerMonth === null) return [t('plans.cells.unlimitedCases')];
      // Q1/Q2: the monthly allowance, and the packs that raise it.
      return [
        t('plans.cells.casesPerMonth', { count: plan.technicalCasesPerMonth }),
        ...(plan.addonPackCases === null ? [] : [t('plans.cells.addonPacks', { count: plan.addonPackCases })]),
      ];
    case 'priority':
      return plan.priority === null ? no : [t(`plans.cells.priority.${plan.priority}`)];
    case 'tam':
      return plan.tam === null ? no : [t('plans.cells.tam', { from: hour(plan.tam.fromHour), to: hour(plan.tam.toHour) })];
    case 'kea':
      // B1: natural days per service year, with yearly subscriptions only.
      return plan.keaDaysPerServiceYear === 0 ? no : [t('plans.cells.kea', { count: plan.keaDaysPerServiceYear })];
    case 'consulting':
      return plan.consulting === null
        ? no
        : [
            t('plans.cells.consulting', { count: plan.consulting.sessionsPerServiceYear }),
            t('plans.cells.consultingCap', { duration: formatDuration(t, plan.consulting.maxHours * 60) }),
          ];
    case 'monthlyReport':
      return plan.monthlyServiceReport ? [t('plans.cells.included')] : no;
    case 'training':
      return [
        t('plans.cells.videoCourses'),
        ...(plan.training.organizedPerMonth > 0 ? [t('plans.cells.organizedTraining', { count: plan.training.organizedPerMonth })] : []),
        ...(plan.training.onsitePerServiceYear > 0 ? [t('plans.cells.onsiteTraining', { count: plan.training.onsitePerServiceYear })] : []),
      ];
  }
}

/** Table 5-2: a severity's response target on a level, or "not offered" (P2). */
export function targetCell(t: TFunction, plan: LevelPlan, severity: SeverityId): string {
  const minutes = plan.responseTargets[severity];
  return minutes === undefined ? t('plans.cells.notOffered') : formatDuration(t, minutes);
}
