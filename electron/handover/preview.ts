import type { HandoverCounts, HandoverDifference, HandoverPartnerPreview, HandoverPreview, HandoverProblem } from '../ipc/contract/handover';
import type { HandoverEntry, HandoverHeader } from './format';
import type { ListMerge } from './merge-lists';
import type { HandoverPlan, PartnerLists, PartnerMerge } from './merge-plan';
import { differingFields } from './merge-rules';

const kinds = ['subscriptions', 'charges', 'packs', 'consumption', 'cases', 'bookings'] as const satisfies readonly (keyof PartnerLists &
  keyof HandoverCounts)[];

const zero = (): HandoverCounts => ({ subscriptions: 0, charges: 0, packs: 0, consumption: 0, cases: 0, bookings: 0 });

/** What the file holds for a partner. */
export const countsOf = (entry: HandoverEntry): HandoverCounts => {
  const counts = zero();
  for (const kind of kinds) counts[kind] = entry[kind].length;
  return counts;
};

/** Records a merge writes (added or taken), by kind. */
export const writtenCounts = (plan: HandoverPlan): HandoverCounts => {
  const counts = zero();
  for (const merge of plan.partners) for (const kind of kinds) counts[kind] += merge.lists[kind].added.length + merge.lists[kind].updated.length;
  return counts;
};

const sum = (all: readonly HandoverCounts[]): HandoverCounts => {
  const counts = zero();
  for (const one of all) for (const kind of kinds) counts[kind] += one[kind];
  return counts;
};

const tally = (merge: ListMerge<unknown>) => ({ added: merge.added.length, updated: merge.updated.length, kept: merge.kept.length });

/** Where a partner already on this desk differs from the file, area by area; areas without a difference are left out. */
function differences(merge: PartnerMerge): HandoverDifference[] {
  const found: HandoverDifference[] = [];
  if (merge.before && (merge.profile === 'updated' || merge.profile === 'kept')) {
    const taken = merge.profile === 'updated' ? 1 : 0;
    found.push({ area: 'profile', added: 0, updated: taken, kept: 1 - taken, fields: differingFields(merge.entry.partner, merge.before) });
  }
  for (const kind of kinds) {
    const counts = tally(merge.lists[kind] as ListMerge<unknown>);
    if (counts.added + counts.updated + counts.kept > 0) found.push({ area: kind, ...counts });
  }
  return found;
}

/** The status of a partner: new to this desk, here and differing, or here and the same. */
export function statusOf(merge: PartnerMerge): HandoverPartnerPreview['status'] {
  if (!merge.before) return 'new';
  return differences(merge).length > 0 ? 'changed' : 'same';
}

export function previewOf(header: HandoverHeader, plan: HandoverPlan, problems: HandoverProblem[]): HandoverPreview {
  const partners = plan.partners.map(
    (merge): HandoverPartnerPreview => ({
      partnerId: merge.entry.partner.id,
      name: merge.entry.partner.name,
      status: statusOf(merge),
      counts: countsOf(merge.entry),
      differences: merge.before ? differences(merge) : [],
    }),
  );
  return {
    checksum: header.checksum,
    formatVersion: header.version,
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    partners,
    problems,
    totals: {
      ...sum(partners.map((p) => p.counts)),
      partners: partners.length,
      newPartners: partners.filter((p) => p.status === 'new').length,
      changedPartners: partners.filter((p) => p.status === 'changed').length,
    },
  };
}
