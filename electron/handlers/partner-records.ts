import type { DeskData } from '../store/desk-data';

/** Groups records by partner in one pass, in their order, so a portfolio reads each list once. */
export function byPartner<T extends { partnerId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.partnerId);
    if (group) group.push(item);
    else groups.set(item.partnerId, [item]);
  }
  return groups;
}

type Grouped = {
  charges: Map<string, DeskData['charges']>;
  consumption: Map<string, DeskData['consumption']>;
  subscriptions: Map<string, DeskData['subscriptions']>;
  packs: Map<string, DeskData['packs']>;
};

/**
 * Every write makes a new DeskData (the store replaces it whole, never changes it), so a
 * grouping made for one version is never stale: it lives as long as that version does.
 */
const grouped = new WeakMap<Readonly<DeskData>, Grouped>();

/**
 * The desk's per-partner records (charges, consumption, plans, packs), grouped once per version
 * of the desk: a portfolio's billing summary over 300 partners reads each list once instead of
 * filtering every list for every partner.
 */
export function partnerRecords(data: Readonly<DeskData>): Grouped {
  let groups = grouped.get(data);
  if (!groups) {
    groups = {
      charges: byPartner(data.charges),
      consumption: byPartner(data.consumption),
      subscriptions: byPartner(data.subscriptions),
      packs: byPartner(data.packs),
    };
    grouped.set(data, groups);
  }
  return groups;
}
