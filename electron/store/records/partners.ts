import { z } from 'zod';

import { recordId, timestamp } from '../../values/fields';
import { partnerType } from '../../values/ids';

const text = (max: number) => z.string().trim().max(max);

/** A partner as desk.json keeps it. */
export const partnerRecord = z.object({
  name: z.string().trim().min(1).max(120),
  type: partnerType,
  contactName: text(120),
  /** RFC 5321: an address is at most 254 characters. */
  contactEmail: z.union([z.literal(''), z.email().max(254)]),
  contactPhone: text(40),
  notes: text(2000),
  id: recordId,
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type StoredPartner = z.infer<typeof partnerRecord>;
