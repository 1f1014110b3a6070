import { z } from 'zod';

import { channel, type PrefixedChannels } from './channel';

/** The mark that the desk holds the generated sample portfolio, with what it held when loaded. */
export type SampleRecord = {
  loadedAt: string;
  /** The Beijing date the portfolio was generated up to ("today" when loaded). */
  until: string;
  partners: number;
  cases: number;
  bookings: number;
};

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
} satisfies PrefixedChannels<'sample'>;
