// Fixed, readable defaults for the Today tests: each test states only what it is about.
import type { CoverageWarning } from '../calendar';
import type { TodayCase, TodayInput, TodayPartner } from './today-types';

export const noCoverageWarning: CoverageWarning = { uncoveredYearsInUse: [], nextYearUncovered: false, nextYear: 2027 };

export const aTodayPartner = (over: Partial<TodayPartner> = {}): TodayPartner => ({
  id: 'p1',
  name: 'Acme',
  subscription: null,
  usedThisMonth: 0,
  packs: [],
  kea: [],
  consulting: [],
  trainings: [],
  consumptionMonths: [],
  ...over,
});

export const aTodayCase = (over: Partial<TodayCase> = {}): TodayCase => ({
  id: 'c1',
  partnerId: 'p1',
  customer: 'Shop',
  vendorRef: 'V-1',
  severity: 'system-exception',
  atRiskMs: Date.parse('2026-03-02T08:00:00Z'),
  dueMs: Date.parse('2026-03-02T10:00:00Z'),
  dueAt: '2026-03-02T10:00:00Z',
  ...over,
});

export const todayInput = (over: Partial<TodayInput> = {}): TodayInput => ({
  now: '2026-03-02T02:00:00Z',
  partners: [],
  cases: [],
  bookings: [],
  coverage: noCoverageWarning,
  ...over,
});
