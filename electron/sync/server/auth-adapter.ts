import { cbor, type PeerId, type PeerMetadata } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import type { WebSocket, WebSocketServer } from 'ws';

import type { Access } from './grants';

/** Closed with this code when a socket joins under another manager's peerId. */
export const PEER_NOT_THEIRS = 4003;

/**
 * The websocket adapter with the socket's manager (from its token, checked on the upgrade)
 * bound to the peerId it joins with: a peerId is `<manager>:<device>`, and a token for one
 * manager cannot join as another. After the join, automerge-repo's own adapter ignores every
 * message whose sender is not the peer that joined on that socket.
 */
export class AuthWebSocketServerAdapter extends WebSocketServerAdapter {
  /** Who each joined peer is; the repo's access rule reads it. */
  readonly peers = new Map<PeerId, Access>();
  readonly connected: Promise<void>;
  private resolveConnected!: () => void;

  constructor(
    server: WebSocketServer,
    private readonly socketAccess: WeakMap<WebSocket, Access>,
    private readonly log: (line: string) => void,
  ) {
    // isomorphic-ws names ws's own server type through another path; it is the same class.
    super(server as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0]);
    this.connected = new Promise((resolve) => (this.resolveConnected = resolve));
  }

  // The adapter subscribes to new sockets only here, which the repo calls a moment after it is
  // built: a socket accepted before that would be ignored, so the server listens only after.
  override connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    super.connect(peerId, peerMetadata);
    this.resolveConnected();
  }

  override receiveMessage(bytes: Uint8Array, socket: WebSocket): void {
    let message: { type?: unknown; senderId?: unknown };
    try {
      message = cbor.decode(new Uint8Array(bytes)) as typeof message;
    } catch {
      socket.close();
      return;
    }
    if (message?.type === 'join') {
      const access = this.socketAccess.get(socket);
      const peerId = message.senderId;
      if (!access || typeof peerId !== 'string' || !peerId.startsWith(`${access.manager}:`)) {
        this.log(`refused ${access?.manager ?? 'unknown'}: joined as peer "${String(peerId).slice(0, 80)}", which is not theirs`);
        socket.close(PEER_NOT_THEIRS, 'peerId does not match the token');
        return;
      }
      this.peers.set(peerId as PeerId, access);
    }
    super.receiveMessage(bytes, socket);
  }
}
