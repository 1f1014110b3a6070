import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { searchIndexOf } from '../search/search-index';
import type { HandlerContext } from './context';

export const searchHandlers: HandlerMap<ChannelsOf<'search'>, HandlerContext> = {
  'search/query': ({ text, limit }, ctx) => searchIndexOf(ctx.store).query(text, limit),
};
