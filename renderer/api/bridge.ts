import type { ChannelName, DeskEvents, ErrorBody, RequestOf, ResultOf } from '@main/ipc/contract';
import type { DeskBridge } from '@main/preload/bridge';

/** A refusal or failure answered by main, carried to the screen that asked. */
export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
}

declare global {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    desk?: DeskBridge;
  }
}

function bridge(): DeskBridge {
  const desk = window.desk;
  if (!desk) throw new ApiError({ code: 'NO_BRIDGE', message: 'The desk is not connected to this window.' });
  return desk;
}

/** Calls a contract channel and unwraps the envelope: the data, or an ApiError to show. */
export async function call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<ResultOf<C>> {
  const answer = await bridge().invoke(channel, request);
  if (!answer.ok) throw new ApiError(answer.error);
  return answer.data;
}

export function listen<E extends keyof DeskEvents>(event: E, listener: (payload: DeskEvents[E]) => void): () => void {
  return bridge().on(event, listener);
}
