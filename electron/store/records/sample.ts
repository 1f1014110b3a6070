import { z } from 'zod';

import { isoDate, timestamp } from '../../values/fields';

/**
 * desk.json's mark that the data is the generated sample portfolio, with what it held when
 * loaded, so the app can say so on every screen and remove it as a whole.
 */
export const sampleRecord = z.object({
  loadedAt: timestamp,
  /** The Beijing date the portfolio was generated up to ("today" when loaded). */
  until: isoDate,
  partners: z.number().int().min(0),
  cases: z.number().int().min(0),
  bookings: z.number().int().min(0),
});

export type StoredSample = z.infer<typeof sampleRecord>;
