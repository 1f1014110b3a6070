import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { type DocumentId, type PeerId, Repo } from '@automerge/automerge-repo';
import { type WebSocket, WebSocketServer } from 'ws';

import { fileStamp } from '../../store/durable-file';
import { DurableStorageAdapter } from '../storage';
import { AuthWebSocketServerAdapter } from './auth-adapter';
import { type Access, createAccessRule, type Grants, grantsFromTeamIndex, newlyGranted } from './grants';
import { ensureRoster, writeRoster } from './roster';
import { ensureTeamIndex } from './team-index';
import { managerOfToken, readTokensFile, type TokensFile } from './tokens';

export type SyncServerOptions = { dataDir: string; tokensFile: string; port: number; host?: string; log?: (line: string) => void };

export type SyncServer = { url: string; port: number; team: string; repo: Repo; close: () => Promise<void> };

/** The server's own peerId (a desk's always holds a colon: `<manager>:<device>`). */
export const SERVER_PEER_ID = 'sync-server' as PeerId;

/**
 * The team's sync server: automerge-repo over websockets, its documents durable in `dataDir`.
 * A connection needs a token from the tokens file (`?token=`, checked on the HTTP upgrade);
 * each document is shared only with whom the team index allows (see grants.ts), and nothing
 * is ever announced to a peer that did not ask for it by id.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  let tokens = await readTokensFile(options.tokensFile);
  let tokensStamp = await fileStamp(options.tokensFile);
  const team = tokens.team;

  // A manager added with --add-manager while the server runs can connect at once.
  const currentTokens = async (): Promise<TokensFile> => {
    const stamp = await fileStamp(options.tokensFile);
    if (stamp === tokensStamp) return tokens;
    tokensStamp = stamp;
    try {
      const next = await readTokensFile(options.tokensFile);
      if (next.team !== team) throw new Error(`it is now for team "${next.team}"; restart the server to change teams`);
      tokens = next;
      writeRoster(roster, tokens);
    } catch (error) {
      log(`tokens file not reloaded, the previous one stays in force: ${(error as Error).message}`);
    }
    return tokens;
  };

  const socketAccess = new WeakMap<WebSocket, Access>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 * 1024 });
  const adapter = new AuthWebSocketServerAdapter(wss, socketAccess, log);
  const allows = createAccessRule(team);
  let grants: Grants = new Map();
  const storage = new DurableStorageAdapter(options.dataDir);
  const repo = new Repo({
    storage,
    peerId: SERVER_PEER_ID,
    shareConfig: {
      announce: async () => false,
      access: async (peerId: PeerId, documentId: DocumentId) => allows(adapter.peers.get(peerId), documentId, grants),
    },
  });
  // The team index first, with no network yet: the websocket adapter counts as ready only once
  // a first desk connects, and until then a find() would wait for it.
  const teamIndex = await ensureTeamIndex(repo, team);
  const roster = await ensureRoster(repo, team);
  writeRoster(roster, tokens);
  await repo.flush([teamIndex.documentId, roster.documentId]);
  repo.networkSubsystem.addNetworkAdapter(adapter);
  await adapter.connected;
  const regrant = () => {
    const next = grantsFromTeamIndex(team, teamIndex.doc());
    const fresh = newlyGranted(grants, next);
    grants = next;
    // A desk may send a partner's document before the server has seen the index entry that
    // grants it; that first message was refused. Opening the document now asks the desks
    // that sent it for it again.
    for (const documentId of fresh)
      if (!repo.handles[documentId]) void repo.find(documentId, { allowableStates: ['ready', 'unavailable'] }).catch(() => undefined);
    repo.shareConfigChanged();
  };
  grants = grantsFromTeamIndex(team, teamIndex.doc());
  teamIndex.on('change', regrant);

  const httpServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('Partner Support Desk sync server\n');
  });
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void admit(request, socket, head);
  });
  const admit = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A client that drops the connection mid-upgrade must not take the server down with it.
    socket.on('error', () => socket.destroy());
    const from = String(request.headers['x-forwarded-for'] ?? request.socket.remoteAddress ?? 'unknown');
    const token = new URL(request.url ?? '/', 'http://server').searchParams.get('token') ?? '';
    const manager = token.length > 0 && token.length <= 300 ? managerOfToken(await currentTokens(), token) : null;
    if (!manager) {
      log(`refused a connection from ${from}: unknown token`);
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    log(`accepted ${manager.id} (${manager.role}) from ${from}`);
    wss.handleUpgrade(request, socket, head, (ws) => {
      socketAccess.set(ws, { manager: manager.id, role: manager.role });
      wss.emit('connection', ws, request);
    });
  };

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = httpServer.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  let closing: Promise<void> | null = null;
  const close = async () => {
    teamIndex.off('change', regrant);
    httpServer.close();
    adapter.disconnect();
    wss.close();
    httpServer.closeAllConnections();
    // Handles still waiting for a document nobody had hold nothing to save.
    await repo.flush(Object.values(repo.handles).flatMap((handle) => (handle.isReady() ? [handle.documentId] : [])));
    await storage.close();
  };
  return { url: `ws://${host}:${port}`, port, team, repo, close: () => (closing ??= close()) };
}
