// What the hand-over's dialogs say, in the user's language, from what main counted and found.
import type { TFunction } from 'i18next';

import type { en } from '@locales/en';
import type { HandoverApplied, HandoverCounts, HandoverDifference, HandoverExported, HandoverProblem } from '@main/ipc/contract/handover';

import { formatDate } from '../../ui/dates';
import { formatMonth } from '../quotas/quota-text';

/** The kinds of record a hand-over carries, in the order they are listed. */
const RECORD_KINDS = ['cases', 'bookings', 'subscriptions', 'charges', 'packs', 'consumption'] as const satisfies readonly (keyof HandoverCounts)[];

type ProfileField = keyof typeof en.handover.fields;
const FIELD_KEYS: Record<ProfileField, true> = {
  name: true,
  type: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  notes: true,
  archived: true,
};
const isProfileField = (field: string): field is ProfileField => Object.hasOwn(FIELD_KEYS, field);

/** Items joined as the language lists them, without a last "and" (Chinese: 、): "57 cases, 12 bookings". */
const list = (items: string[], locale: string): string => new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' }).format(items);

/** "3 partners" / "3 个伙伴". */
export const partnersText = (t: TFunction, count: number): string => t('handover.counts.partners', { count });

/** "57 cases, 12 bookings and 2 add-on packs": the kinds of record there are some of, or "no records". */
export function recordsText(t: TFunction, counts: HandoverCounts, locale: string): string {
  const items = RECORD_KINDS.filter((kind) => counts[kind] > 0).map((kind) => t(`handover.counts.${kind}`, { count: counts[kind] }));
  return items.length === 0 ? t('handover.counts.nothing') : list(items, locale);
}

/**
 * When a record last changed, and its id: bookkeeping, not something the manager edits. Any
 * change moves the time, so it says nothing of what differs and is not named.
 */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** Profile fields by their names; a field this page does not know, by its id rather than not at all. */
function fieldNames(t: TFunction, fields: readonly string[]): string[] {
  return fields.filter((field) => !BOOKKEEPING.has(field)).map((field) => (isProfileField(field) ? t(`handover.fields.${field}`) : field));
}

/**
 * One area of a partner already here, as the import changes it: "Cases: 3 added, 1 updated from
 * the file, 2 kept as here"; the profile says whose is kept and which fields differ.
 */
export function differenceText(t: TFunction, difference: HandoverDifference, locale: string): string {
  const { area, added, updated, kept, fields = [] } = difference;
  const areaName = t(`handover.areas.${area}`);
  if (area === 'profile') {
    const named = fieldNames(t, fields);
    const taken = updated > 0;
    const changes =
      named.length === 0
        ? t(taken ? 'handover.change.profileUpdatedOnly' : 'handover.change.profileKeptOnly')
        : t(taken ? 'handover.change.profileUpdated' : 'handover.change.profileKept', { fields: list(named, locale) });
    return t('handover.change.area', { area: areaName, changes });
  }
  const parts = [
    added > 0 ? t('handover.change.added', { count: added }) : null,
    updated > 0 ? t('handover.change.updated', { count: updated }) : null,
    kept > 0 ? t('handover.change.kept', { count: kept }) : null,
  ].filter((part): part is string => part !== null);
  return t('handover.change.area', { area: areaName, changes: list(parts, locale) });
}

/** A month (YYYY-MM) or a day (YYYY-MM-DD) in the user's language. */
function periodText(period: string, locale: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return formatMonth(period, locale);
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDate(period, locale);
  return period;
}

/**
 * A rule the merge would break, as a sentence with its rule id: "Acme Cloud, March 2026: 34
 * technical cases, over the month's limit of 30 (Q3)". Q3 and B2/B3's months name the month;
 * B1, B2 and B3's yearly allowances the service year's first day (S2); a charge its date.
 */
export function problemSentence(t: TFunction, problem: HandoverProblem, locale: string): string {
  return t(`handover.problems.${problem.kind}`, {
    partner: problem.partnerName,
    period: periodText(problem.period, locale),
    count: problem.count ?? 0,
    limit: problem.limit ?? 0,
    rule: problem.rule,
  });
}

/** What the export did: where the file went, with how many partners and cases; or that it was not saved. */
export function exportedSentence(t: TFunction, exported: HandoverExported): string {
  if (exported.path === null) return t('handover.export.notSaved');
  return t('handover.export.done', {
    partners: partnersText(t, exported.partners),
    cases: t('handover.counts.cases', { count: exported.counts.cases }),
    path: exported.path,
  });
}

/** Sentences one after the other: a space between them in English, none after a Chinese full stop. */
const joinSentences = (sentences: string[], locale: string): string => sentences.join(locale.startsWith('zh') ? '' : ' ');

/** What the import stored: the partners, new and changed, and the records written. */
export function importedSentence(t: TFunction, applied: HandoverApplied, locale: string): string {
  const wrote = Object.values(applied.counts).some((n) => n > 0);
  const numbers = { partners: partnersText(t, applied.partners), fresh: applied.newPartners, changed: applied.changedPartners };
  return wrote ? t('handover.import.done', { ...numbers, records: recordsText(t, applied.counts, locale) }) : t('handover.import.doneNothing', numbers);
}

/** What the import stored, then the backup taken before it, then the rule problems it kept. */
export function appliedText(t: TFunction, applied: HandoverApplied, locale: string): string {
  return joinSentences(
    [
      importedSentence(t, applied, locale),
      ...(applied.backup ? [t('handover.import.backup', { path: applied.backup })] : []),
      ...(applied.problems > 0 ? [t('handover.import.problemsKept', { count: applied.problems })] : []),
    ],
    locale,
  );
}
