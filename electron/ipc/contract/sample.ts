import { z } from 'zod';
import { isoDate, timestamp } from './fields';
import { channel } from './channel';

/**
 * desk.json's mark that the data is the generated sample portfolio (issue 8), with what it
 * held when loaded, so the app can say so on every screen and remove it as a whole.
 */
export const sampleRecord = z.object({
  loadedAt: timestamp,
  /** The Beijing date the portfolio was generated up to ("today" when loaded). */
  until: isoDate,
  partners: z.number().int().min(0),
  cases: z.number().int().min(0),
  bookings: z.number().int().min(0),
});

export type SampleRecord = z.infer<typeof sampleRecord>;

export type SampleStatus = {
  /** Set while the desk holds the sample portfolio. */
  sample: SampleRecord | null;
  /** True while the desk holds no partners, cases or bookings: the sample may be loaded. */
  empty: boolean;
  /**
   * A sample load that stopped before it finished (the app was closed midway) left cases or
   * bookings without their partners; the app removed them at start-up and says so once.
   */
  interrupted: { cases: number; bookings: number } | null;
};

export const sampleChannels = {
  'sample/status': channel<SampleStatus>()(z.object({})),
  /** Loads the sample portfolio into an empty desk; refused (SAMPLE_NOT_EMPTY) otherwise. */
  'sample/load': channel<SampleStatus>()(z.object({})),
  /** Removes every partner, case and booking while the sample is loaded; refused (NO_SAMPLE) otherwise. */
  'sample/remove': channel<SampleStatus>()(z.object({})),
};
