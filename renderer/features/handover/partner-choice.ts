import type { Partner } from '@main/ipc/contract';

/** The partners a hand-over may include: archived ones only when the user asks for them. */
export function eligiblePartners(partners: readonly Partner[], includeArchived: boolean): Partner[] {
  return partners.filter((p) => includeArchived || !p.archived).sort((a, b) => a.name.localeCompare(b.name));
}

/** Those of them the filter text matches, by name, contact, email or phone, as the partners view filters. */
export function shownPartners(eligible: readonly Partner[], filter: string): Partner[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (needle === '') return [...eligible];
  return eligible.filter((p) => [p.name, p.contactName, p.contactEmail, p.contactPhone].some((text) => text.toLocaleLowerCase().includes(needle)));
}

/** The choice with every partner shown added (on) or taken out (off); those not shown stay as they were. */
export function chooseShown(chosen: ReadonlySet<string>, shown: readonly Partner[], on: boolean): Set<string> {
  const next = new Set(chosen);
  for (const p of shown) {
    if (on) next.add(p.id);
    else next.delete(p.id);
  }
  return next;
}

/**
 * The ids to hand over: the chosen partners that are still eligible. A partner chosen and then
 * hidden by the filter text stays chosen; one hidden by leaving out the archived ones does not
 * go, since the list no longer offers it.
 */
export function chosenIds(chosen: ReadonlySet<string>, eligible: readonly Partner[]): string[] {
  return eligible.filter((p) => chosen.has(p.id)).map((p) => p.id);
}
