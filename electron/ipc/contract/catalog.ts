import { z } from 'zod';

import type { PlanCatalog } from '@core/catalog';

import { channel, type PrefixedChannels } from './channel';

export const catalogChannels = {
  /** P1: the plan catalog (Table 3-1, 5-2), versioned data from core. */
  'catalog/get': channel<PlanCatalog>()(z.object({})),
} satisfies PrefixedChannels<'catalog'>;
