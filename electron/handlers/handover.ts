import { applyHandover, exportHandover, previewHandover } from '../handover/operations';
import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import type { HandlerContext } from './context';

/** A manager hands partners, each with its whole history, to a colleague's desk (see electron/handover). */
export const handoverHandlers: HandlerMap<ChannelsOf<'handover'>, HandlerContext> = {
  'handover/export': ({ partnerIds }, ctx) => exportHandover(partnerIds, ctx),
  'handover/preview': ({ text }, ctx) => previewHandover(text, ctx),
  'handover/apply': ({ text, checksum }, ctx) => applyHandover(text, checksum, ctx),
};
