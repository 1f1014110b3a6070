import type { PartnerFields } from '@main/ipc/contract';

/** A partner's fields with fixed, readable defaults. */
export const aPartner = (overrides: Partial<PartnerFields> = {}): PartnerFields => ({
  name: 'Harbour Cloud Consulting',
  type: 'consulting',
  contactName: 'Li Wei',
  contactEmail: 'li.wei@harbour.example',
  contactPhone: '+86 10 5555 0100',
  notes: '',
  ...overrides,
});
