/**
 * Partner types of the partner network. P4: the plans are meant for consulting partners; any
 * other type may subscribe, with the warning NOT_CONSULTING_PARTNER.
 */
export const PARTNER_TYPES = ['consulting', 'solution', 'reseller', 'service', 'training'] as const;

export type PartnerType = (typeof PARTNER_TYPES)[number];
