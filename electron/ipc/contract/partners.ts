import { z } from 'zod';
import { timestamp } from './fields';
import { PARTNER_TYPES, type PartnerType } from '../../../core/partners/partner-types';
import { channel } from './channel';


const text = (max: number) => z.string().trim().max(max);

export const partnerFields = z.object({
  name: z.string().trim().min(1).max(120),
  type: z.enum(PARTNER_TYPES),
  contactName: text(120),
  contactEmail: z.union([z.literal(''), z.email()]),
  contactPhone: text(40),
  notes: text(2000),
});

export const partnerRecord = partnerFields.extend({
  id: z.string().min(1),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type PartnerFields = z.infer<typeof partnerFields>;
export type Partner = z.infer<typeof partnerRecord>;
export type { PartnerType };

const optionalFields = partnerFields.partial().extend({
  contactName: text(120).default(''),
  contactEmail: z.union([z.literal(''), z.email()]).default(''),
  contactPhone: text(40).default(''),
  notes: text(2000).default(''),
});

export const partnerChannels = {
  'partners/list': channel<Partner[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'partners/create': channel<Partner>()(optionalFields.required({ name: true, type: true })),
  'partners/update': channel<Partner>()(z.object({ id: z.string().min(1), changes: partnerFields.partial() })),
  'partners/archive': channel<Partner>()(z.object({ id: z.string().min(1), archived: z.boolean() })),
};
