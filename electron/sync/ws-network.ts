import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';

import type { NetworkFactory } from './engine';

type Problem = 'refused' | 'unreachable';

/**
 * The websocket client made safe for the main process: the stock adapter throws every socket
 * error but ECONNREFUSED from inside a listener (a 401 at the upgrade, an unknown host: the
 * process would crash), and keeps reconnecting after disconnect(). Here an error or a close is
 * told to the engine, which drops this adapter and makes a new one after a pause.
 */
class SafeClient extends WebSocketClientAdapter {
  private dead = false;

  constructor(
    url: string,
    private readonly told: (problem: Problem) => void,
  ) {
    // The engine reconnects itself (with a growing pause): the adapter's own retry is a fallback.
    super(url, 60_000);
  }

  override onError = (event: unknown) => {
    const error = (event as { error?: { message?: string } }).error ?? event;
    const message = String((error as { message?: string })?.message ?? error);
    this.told(/\b401\b|\b403\b/.test(message) ? 'refused' : 'unreachable');
  };

  override onClose = () => {
    if (this.remotePeerId) this.emit('peer-disconnected', { peerId: this.remotePeerId });
    this.told('unreachable');
  };

  override connect(...args: Parameters<WebSocketClientAdapter['connect']>): void {
    if (!this.dead) super.connect(...args);
  }

  override disconnect(): void {
    if (this.dead) return;
    this.dead = true;
    // A socket still connecting reports an error when closed.
    (this.socket as unknown as { on?: (event: string, listener: () => void) => void } | undefined)?.on?.('error', () => undefined);
    if (this.socket && this.peerId) super.disconnect();
  }
}

/** Production: the team's server at `<serverUrl>?token=<token>`. */
export function websocketNetwork(serverUrl: string, token: string): NetworkFactory {
  return (events) => {
    const url = new URL(serverUrl);
    url.searchParams.set('token', token);
    const adapter = new SafeClient(url.toString(), events.problem);
    return { adapter, dispose: () => adapter.disconnect() };
  };
}
