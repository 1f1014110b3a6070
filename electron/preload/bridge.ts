import type { ChannelName, DeskEvents, Envelope, RequestOf, ResultOf } from '../ipc/contract';

/** The object the preload puts on `window.desk`; the end-to-end tests install one of the same shape. */
export type DeskBridge = {
  invoke: <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<Envelope<ResultOf<C>>>;
  on: <E extends keyof DeskEvents>(event: E, listener: (payload: DeskEvents[E]) => void) => () => void;
};
