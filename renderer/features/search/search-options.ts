import type { BookingHit, CaseHit, PartnerHit, SearchResults } from '@main/ipc/contract/search';

import { useNavigation } from '../../app/navigation-store';

export type SearchGroupName = 'partners' | 'cases' | 'bookings';

/** One row of the listbox: its group, its hit, and what opening it does. */
export type SearchOption =
  | { id: string; group: 'partners'; hit: PartnerHit }
  | { id: string; group: 'cases'; hit: CaseHit }
  | { id: string; group: 'bookings'; hit: BookingHit };

export const GROUPS: readonly SearchGroupName[] = ['partners', 'cases', 'bookings'];

/** Every row, in the order shown (partners, cases, bookings), with an id unique in the page. */
export function optionsOf(results: SearchResults | null, prefix: string): SearchOption[] {
  if (!results) return [];
  return [
    ...results.partners.items.map((hit) => ({ id: `${prefix}-p-${hit.partnerId}`, group: 'partners' as const, hit })),
    ...results.cases.items.map((hit) => ({ id: `${prefix}-c-${hit.caseId}`, group: 'cases' as const, hit })),
    ...results.bookings.items.map((hit) => ({ id: `${prefix}-b-${hit.bookingId}`, group: 'bookings' as const, hit })),
  ];
}

/** Opens what a row names: the partner's page, the case's detail over it, or the booking's detail over the bookings view. */
export function openOption(option: SearchOption): void {
  const navigation = useNavigation.getState();
  if (option.group === 'partners') navigation.openPartner(option.hit.partnerId);
  else if (option.group === 'cases') navigation.openCase({ caseId: option.hit.caseId, partnerId: option.hit.partnerId });
  else navigation.openBooking({ bookingId: option.hit.bookingId, partnerId: option.hit.partnerId });
}
