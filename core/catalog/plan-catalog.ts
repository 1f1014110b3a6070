// P1: what each level includes (Table 3-1), as versioned data rather than conditions in the UI.
import type { SeverityId } from './severities';

/** P1: the levels, lowest first: every list, enum and order of levels in the app comes from this one. */
export const levels = ['basic', 'standard', 'premier'] as const;
export type Level = (typeof levels)[number];

/** P1: a level's place among the levels (basic lowest): what makes a change an upgrade or a downgrade. */
export const levelRank = (level: Level): number => levels.indexOf(level);

export const trainingMethods = ['online', 'telepresence', 'on-site'] as const;
export type TrainingMethod = (typeof trainingMethods)[number];
/** B3: the topics a training can cover, the one list the form, the contract and the seed use. */
export const trainingTopics = ['compute', 'storage', 'network', 'security', 'paas', 'om'] as const;
export type TrainingTopic = (typeof trainingTopics)[number];

export type LevelPlan = {
  readonly level: Level;
  /** Service support: every level, 24/7, unlimited (P3). */
  readonly serviceSupport: true;
  readonly technicalSupport: boolean;
  /** Q1: technical cases per calendar month; null = unlimited (or not included). */
  readonly technicalCasesPerMonth: number | null;
  /** Q2: cases per add-on pack; null = packs not sold on this level. */
  readonly addonPackCases: number | null;
  /** P2: response targets in minutes; an absent severity is not offered. */
  readonly responseTargets: Readonly<Partial<Record<SeverityId, number>>>;
  /** T5 / C1: Basic cases are accepted within this many working days instead. */
  readonly acceptanceWorkingDays: number | null;
  readonly priority: 'normal' | 'high' | null;
  /** P4: designated TAM hours, Beijing time, on working days (8/5). */
  readonly tam: { readonly fromHour: number; readonly toHour: number } | null;
  readonly monthlyServiceReport: boolean;
  /** B1: natural days per service year, yearly subscriptions only. */
  readonly keaDaysPerServiceYear: number;
  /** B2: session cap in hours and sessions per service year. */
  readonly consulting: { readonly maxHours: number; readonly sessionsPerServiceYear: number } | null;
  /** B3 */
  readonly training: {
    readonly onlineVideoCourses: true;
    readonly organizedPerMonth: number;
    readonly onsitePerServiceYear: number;
  };
};

export type PlanCatalog = {
  readonly edition: string;
  readonly plans: Readonly<Record<Level, LevelPlan>>;
  /** T4: working days of notice. */
  readonly leadTimeWorkingDays: { readonly kea: number; readonly consulting: number };
};

const sharedTargets = {
  'production-unavailable': 30,
  'production-exception': 180,
  'system-exception': 480,
  'general-guidance': 960,
} as const;

export const planCatalog: PlanCatalog = {
  edition: 'Issue 04, 2022-01-06',
  leadTimeWorkingDays: { kea: 5, consulting: 3 },
  plans: {
    basic: {
      level: 'basic',
      serviceSupport: true,
      technicalSupport: false,
      technicalCasesPerMonth: null,
      addonPackCases: null,
      responseTargets: {},
      acceptanceWorkingDays: 1,
      priority: null,
      tam: null,
      monthlyServiceReport: false,
      keaDaysPerServiceYear: 0,
      consulting: null,
      training: { onlineVideoCourses: true, organizedPerMonth: 0, onsitePerServiceYear: 0 },
    },
    standard: {
      level: 'standard',
      serviceSupport: true,
      technicalSupport: true,
      technicalCasesPerMonth: 30,
      addonPackCases: 10,
      responseTargets: sharedTargets,
      acceptanceWorkingDays: null,
      priority: 'normal',
      tam: null,
      monthlyServiceReport: false,
      keaDaysPerServiceYear: 4,
      consulting: { maxHours: 4, sessionsPerServiceYear: 4 },
      training: { onlineVideoCourses: true, organizedPerMonth: 1, onsitePerServiceYear: 0 },
    },
    premier: {
      level: 'premier',
      serviceSupport: true,
      technicalSupport: true,
      technicalCasesPerMonth: null,
      addonPackCases: null,
      responseTargets: { 'core-production-unavailable': 15, ...sharedTargets },
      acceptanceWorkingDays: null,
      priority: 'high',
      tam: { fromHour: 9, toHour: 17 },
      // P4: "coming soon" in the description; the app produces it.
      monthlyServiceReport: true,
      keaDaysPerServiceYear: 8,
      consulting: { maxHours: 8, sessionsPerServiceYear: 8 },
      training: { onlineVideoCourses: true, organizedPerMonth: 1, onsitePerServiceYear: 1 },
    },
  },
};

export function planOf(level: Level, catalog: PlanCatalog = planCatalog): LevelPlan {
  return catalog.plans[level];
}

export function levelLabel(level: Level): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (levels as readonly string[]).includes(value);
}
