import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { deskSyncOf } from '../sync/desk-sync';
import type { HandlerContext } from './context';

// Team sync (electron/sync): status, turning it on and off, the entries a merge left, and
// handing a partner to another manager.
export const syncHandlers: HandlerMap<ChannelsOf<'sync'>, HandlerContext> = {
  'sync/status': (_, ctx) => deskSyncOf(ctx.store).status(),
  'sync/configure': (request, ctx) => deskSyncOf(ctx.store).configure(request),
  'sync/attention': (_, ctx) => deskSyncOf(ctx.store).attention(),
  'sync/resolve': (request, ctx) => deskSyncOf(ctx.store).resolve(request.id, request.choice),
  'sync/assign': (request, ctx) => deskSyncOf(ctx.store).assign(request.partnerId, request.manager),
};
