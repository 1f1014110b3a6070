import { planCatalog } from '@core/catalog';

import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import type { HandlerContext } from './context';

export const catalogHandlers: HandlerMap<ChannelsOf<'catalog'>, HandlerContext> = {
  'catalog/get': () => planCatalog,
};
