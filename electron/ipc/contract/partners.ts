import { z } from 'zod';

import type { PartnerType } from '@core/partners';

import { recordId } from '../../values/fields';
import { partnerType } from '../../values/ids';
import { channel, type PrefixedChannels } from './channel';

const text = (max: number) => z.string().trim().max(max);
/** RFC 5321: an address is at most 254 characters. */
const email = z.union([z.literal(''), z.email().max(254)]);

export const partnerFields = z.object({
  name: z.string().trim().min(1).max(120),
  type: partnerType,
  contactName: text(120),
  contactEmail: email,
  contactPhone: text(40),
  notes: text(2000),
});

export type PartnerFields = z.infer<typeof partnerFields>;
/** A partner as the page reads it. */
export type Partner = PartnerFields & { id: string; archived: boolean; createdAt: string; updatedAt: string };
export type { PartnerType };

const optionalFields = partnerFields.partial().extend({
  contactName: text(120).default(''),
  contactEmail: email.default(''),
  contactPhone: text(40).default(''),
  notes: text(2000).default(''),
});

export const partnerChannels = {
  'partners/list': channel<Partner[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'partners/create': channel<Partner>()(optionalFields.required({ name: true, type: true })),
  'partners/update': channel<Partner>()(z.object({ id: recordId, changes: partnerFields.partial() })),
  'partners/archive': channel<Partner>()(z.object({ id: recordId, archived: z.boolean() })),
} satisfies PrefixedChannels<'partners'>;
