import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type AutomergeUrl, type DocHandle, type PeerId, Repo } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import {
  documentIdOf,
  managerIndexUrl,
  type PartnerDoc,
  partnerUrl,
  type PartnerYearDoc,
  partnerYearUrl,
  type TeamIndexDoc,
  teamIndexUrl,
} from '@main/sync/documents';
import { ensureDoc } from '@main/sync/genesis';
import { SERVER_PEER_ID, startSyncServer, type SyncServer } from '@main/sync/server/server';
import { ensureTeamIndex } from '@main/sync/server/team-index';
import { addManager, sha256Hex } from '@main/sync/server/tokens';
import { TeamDocs } from '@main/sync/team-docs';

// The team sync server on the loopback address, with real automerge-repo desks in this process.
// Every wait is bounded: a find of a document a desk may not have ends "unavailable".

const TEAM = 'acme';
const CLI = resolve(import.meta.dirname, '../../electron/sync/server/cli.ts');

/** The stock client adapter throws from inside ws on a refused upgrade and reconnects after disconnect(); a desk must do neither. */
class TestClientAdapter extends WebSocketClientAdapter {
  private closed = false;
  override onError = () => undefined;
  override connect(peerId: PeerId, peerMetadata?: Parameters<WebSocketClientAdapter['connect']>[1]) {
    if (!this.closed) super.connect(peerId, peerMetadata);
  }
  override disconnect() {
    this.closed = true;
    this.socket?.on('error', () => undefined);
    if (this.socket) super.disconnect();
  }
}

type Desk = { repo: Repo; close: () => void };
let folder: string;
let tokens: Record<'a' | 'b' | 'lead', string>;
let tokensFile: string;
const servers: SyncServer[] = [];
const desks: Desk[] = [];
const logs: string[] = [];

function desk(server: SyncServer, token: string, peerId: string): Desk {
  const adapter = new TestClientAdapter(`${server.url}/?token=${encodeURIComponent(token)}`, 200);
  const repo = new Repo({ network: [adapter], peerId: peerId as PeerId });
  const opened = { repo, close: () => repo.networkSubsystem.disconnect() };
  desks.push(opened);
  return opened;
}

async function start(port = 0, dataDir = join(folder, 'server')) {
  const server = await startSyncServer({ port, dataDir, tokensFile, log: (line) => logs.push(line) });
  servers.push(server);
  return server;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((settle) => setTimeout(settle, 20));
  }
}

/** The document, or the reason a desk could not have it (a refused document ends "unavailable" well before `ms`). */
async function tryFind<T>(repo: Repo, url: AutomergeUrl, ms = 4000): Promise<DocHandle<T> | string> {
  try {
    return await repo.find<T>(url, { signal: AbortSignal.timeout(ms) });
  } catch (error) {
    return (error as Error).message;
  }
}

async function found<T>(repo: Repo, url: AutomergeUrl): Promise<DocHandle<T>> {
  const handle = await tryFind<T>(repo, url);
  if (typeof handle === 'string') throw new Error(handle);
  return handle;
}

/** The server's handle of a document once it holds it. */
const serverDoc = <T>(server: SyncServer, url: AutomergeUrl) => {
  const handle = server.repo.handles[documentIdOf(url)] as DocHandle<T> | undefined;
  return handle?.isReady() ? handle : undefined;
};

/** The lead assigns P1 to a and P2 to b, and writes both partners' documents; returns once the server holds them. */
async function seedTeam(server: SyncServer) {
  const lead = desk(server, tokens.lead, 'lead:office');
  const index = await ensureTeamIndex(lead.repo, TEAM);
  index.change((doc) => {
    doc.partners.P1 = { manager: 'a', name: 'Partner One', years: ['2026'] };
    doc.partners.P2 = { manager: 'b', name: 'Partner Two', years: ['2026'] };
  });
  for (const [partnerId, name] of [
    ['P1', 'Partner One'],
    ['P2', 'Partner Two'],
  ] as const) {
    const partner = await ensureDoc<Pick<PartnerDoc, 'kind' | 'partnerId' | 'charges'> & { name?: string }>(lead.repo, partnerUrl(TEAM, partnerId), {
      kind: 'partner',
      partnerId,
      charges: {},
    });
    partner.change((doc) => void (doc.name = name));
    const year = await ensureDoc<Pick<PartnerYearDoc, 'kind' | 'partnerId' | 'year'> & { notes: Record<string, string> }>(
      lead.repo,
      partnerYearUrl(TEAM, partnerId, '2026'),
      { kind: 'partner-year', partnerId, year: '2026', notes: {} },
    );
    year.change((doc) => void (doc.notes.seed = `${partnerId} 2026`));
  }
  await until(
    () =>
      serverDoc<TeamIndexDoc>(server, teamIndexUrl(TEAM))?.doc().partners.P2?.manager === 'b' &&
      ['P1', 'P2'].every(
        (id) =>
          serverDoc<{ name?: string }>(server, partnerUrl(TEAM, id))?.doc().name !== undefined &&
          serverDoc<{ notes: Record<string, string> }>(server, partnerYearUrl(TEAM, id, '2026'))?.doc().notes.seed !== undefined,
      ),
    'the server to hold the seeded team',
  );
  return { lead, index };
}

const files = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'psd-sync-server-'));
  tokensFile = join(folder, 'tokens.json');
  tokens = {
    a: await addManager(tokensFile, { id: 'a', name: 'Manager A', role: 'manager', team: TEAM }),
    b: await addManager(tokensFile, { id: 'b', name: 'Manager B', role: 'manager' }),
    lead: await addManager(tokensFile, { id: 'lead', name: 'Team Lead', role: 'lead' }),
  };
  logs.length = 0;
});

afterEach(async () => {
  for (const opened of desks.splice(0)) opened.close();
  for (const server of servers.splice(0)) await server.close();
  await rm(folder, { recursive: true, force: true });
});

/** The status a raw websocket upgrade with this token gets (101 when accepted). */
function upgradeStatus(server: SyncServer, query: string): Promise<number> {
  return new Promise((settle, fail) => {
    const socket = new WebSocket(`${server.url}/${query}`);
    socket.on('unexpected-response', (_request, response) => settle(response.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      settle(101);
    });
    socket.on('error', (error) => fail(error));
  });
}

/** Runs the sync server's CLI as `npm run sync-server` would (tsx), from the project's folder. */
function cli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: resolve(import.meta.dirname, '../..') });
}

async function finished(child: ChildProcessWithoutNullStreams, ms = 10000): Promise<{ code: number | null; out: string }> {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((settle, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the CLI did not finish in ${ms} ms: ${out}`));
    }, ms);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      settle(exitCode);
    });
  });
  return { code, out };
}

/** Resolves with the address once the CLI server says it listens; its output keeps collecting in `out`. */
async function listening(child: ChildProcessWithoutNullStreams, ms = 10000): Promise<{ url: string; out: () => string }> {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await until(() => /listening on ws:\/\/\S+/.test(out), `the CLI server to listen (${out})`, ms);
  return { url: /listening on (ws:\/\/\S+)/.exec(out)?.[1] ?? '', out: () => out };
}

describe('team sync server', () => {
  it('refuses a wrong token on the upgrade, and a peerId of another manager, and creates nothing for them', { timeout: 15000 }, async () => {
    const server = await start();
    const before = await files(join(folder, 'server'));
    const handlesBefore = Object.keys(server.repo.handles).sort();
    const wrong = `${TEAM}.a.${'x'.repeat(43)}`;

    expect(await upgradeStatus(server, `?token=${wrong}`)).toBe(401);
    expect(await upgradeStatus(server, '')).toBe(401);
    expect(await upgradeStatus(server, `?token=${encodeURIComponent(tokens.a)}`)).toBe(101);

    const intruder = desk(server, wrong, 'a:laptop');
    const asked = await ensureDoc(intruder.repo, partnerUrl(TEAM, 'P9'), { kind: 'partner', partnerId: 'P9', name: 'made up' });
    asked.change((doc) => void (doc.name = 'still made up'));
    expect(await tryFind(intruder.repo, teamIndexUrl(TEAM), 1500)).toMatch(/unavailable|aborted/);

    // a's token, joining as the lead's device: the socket is closed at the join.
    const spoof = desk(server, tokens.a, 'lead:laptop');
    expect(await tryFind(spoof.repo, teamIndexUrl(TEAM), 1500)).toMatch(/unavailable|aborted/);

    expect(await files(join(folder, 'server'))).toEqual(before);
    expect(Object.keys(server.repo.handles).sort()).toEqual(handlesBefore);
    // One line per refused connection (the intruder's desk keeps retrying), none naming a token.
    const refused = logs.filter((line) => line.startsWith('refused a connection'));
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(new Set(refused)).toEqual(new Set(['refused a connection from 127.0.0.1: unknown token']));
    expect(logs).toContain('refused a: joined as peer "lead:laptop", which is not theirs');
    expect(logs.join('\n')).not.toContain(wrong.split('.')[2]);
    expect(logs.join('\n')).not.toContain(tokens.a.split('.')[2]);
  });

  it("lets a manager read and write their partners' documents only; the lead reads every one", { timeout: 20000 }, async () => {
    const server = await start();
    await seedTeam(server);

    const a = desk(server, tokens.a, 'a:laptop');
    const own = await found<{ name?: string; note?: string }>(a.repo, partnerUrl(TEAM, 'P1'));
    expect(own.doc().name).toBe('Partner One');
    expect((await found<{ notes: Record<string, string> }>(a.repo, partnerYearUrl(TEAM, 'P1', '2026'))).doc().notes.seed).toBe('P1 2026');
    expect(await tryFind(a.repo, partnerUrl(TEAM, 'P2'))).toMatch(/unavailable/);
    expect(await tryFind(a.repo, partnerYearUrl(TEAM, 'P2', '2026'))).toMatch(/unavailable/);

    // a writes P2 from the same genesis root (so the change would merge if let through), then P1.
    const foreign = await ensureDoc<{ kind: string; partnerId: string; charges: object; name?: string }>(a.repo, partnerUrl(TEAM, 'P2'), {
      kind: 'partner',
      partnerId: 'P2',
      charges: {},
    });
    foreign.change((doc) => void (doc.name = 'written by a'));
    own.change((doc) => void (doc.note = 'written by a'));
    await until(() => serverDoc<{ note?: string }>(server, partnerUrl(TEAM, 'P1'))?.doc().note === 'written by a', "a's change to P1 on the server");
    await new Promise((settle) => setTimeout(settle, 300));
    expect(serverDoc<{ name?: string }>(server, partnerUrl(TEAM, 'P2'))?.doc().name).toBe('Partner Two');

    // A partner's document sent before the index entry that grants it (refused then) reaches
    // the server once the entry does.
    const added = await ensureDoc(a.repo, partnerUrl(TEAM, 'P3'), { kind: 'partner', partnerId: 'P3', name: 'Partner Three' });
    added.change((doc) => void (doc.name = 'Partner Three (a)'));
    await new Promise((settle) => setTimeout(settle, 300));
    expect(serverDoc(server, partnerUrl(TEAM, 'P3'))).toBeUndefined();
    const index = await found<TeamIndexDoc>(a.repo, teamIndexUrl(TEAM));
    index.change((doc) => void (doc.partners.P3 = { manager: 'a', name: 'Partner Three', years: [] }));

    const lead = desk(server, tokens.lead, 'lead:tablet');
    expect((await found<{ note?: string }>(lead.repo, partnerUrl(TEAM, 'P1'))).doc().note).toBe('written by a');
    expect((await found<{ name?: string }>(lead.repo, partnerUrl(TEAM, 'P2'))).doc().name).toBe('Partner Two');
    expect((await found<{ notes: Record<string, string> }>(lead.repo, partnerYearUrl(TEAM, 'P2', '2026'))).doc().notes.seed).toBe('P2 2026');
    await until(() => serverDoc<{ name?: string }>(server, partnerUrl(TEAM, 'P3'))?.doc().name === 'Partner Three (a)', "a's new partner on the server");
    expect((await found<{ name?: string }>(lead.repo, partnerUrl(TEAM, 'P3'))).doc().name).toBe('Partner Three (a)');
    expect(await tryFind(desk(server, tokens.b, 'b:laptop').repo, partnerUrl(TEAM, 'P3'))).toMatch(/unavailable/);
  });

  it('moves a reassigned partner from one manager to the other once the team index says so', { timeout: 20000 }, async () => {
    const server = await start();
    const { lead, index } = await seedTeam(server);
    const b = desk(server, tokens.b, 'b:laptop');
    const heldByB = await found<{ name?: string }>(b.repo, partnerUrl(TEAM, 'P2'));
    expect(await tryFind(desk(server, tokens.a, 'a:laptop').repo, partnerUrl(TEAM, 'P2'))).toMatch(/unavailable/);

    index.change((doc) => {
      const entry = doc.partners.P2;
      if (entry) entry.manager = 'a';
      doc.history.push({ at: '2026-12-02T06:00:00.000Z', partnerId: 'P2', from: 'b', to: 'a', by: 'lead' });
    });
    await until(() => serverDoc<TeamIndexDoc>(server, teamIndexUrl(TEAM))?.doc().partners.P2?.manager === 'a', 'the server to see the reassignment');

    const a = desk(server, tokens.a, 'a:office');
    const nowA = await found<{ name?: string }>(a.repo, partnerUrl(TEAM, 'P2'));
    expect(nowA.doc().name).toBe('Partner Two');
    expect((await found<{ notes: Record<string, string> }>(a.repo, partnerYearUrl(TEAM, 'P2', '2026'))).doc().notes.seed).toBe('P2 2026');
    expect(await tryFind(desk(server, tokens.b, 'b:office').repo, partnerUrl(TEAM, 'P2'))).toMatch(/unavailable/);

    // A change after the hand-over reaches a, and no longer b's open copy.
    const leadCopy = await found<{ name?: string }>(lead.repo, partnerUrl(TEAM, 'P2'));
    leadCopy.change((doc) => void (doc.name = 'Partner Two, now with a'));
    await until(() => nowA.doc().name === 'Partner Two, now with a', 'the change to reach a');
    await new Promise((settle) => setTimeout(settle, 300));
    expect(heldByB.doc().name).toBe('Partner Two');
  });

  it('keeps every document across a restart on the same data folder', { timeout: 20000 }, async () => {
    const first = await start();
    const { lead } = await seedTeam(first);
    const managerIndex = await ensureDoc(lead.repo, managerIndexUrl(TEAM, 'a'), { kind: 'manager-index', manager: 'a', partners: { P1: true } });
    const urls = [
      teamIndexUrl(TEAM),
      managerIndexUrl(TEAM, 'a'),
      partnerUrl(TEAM, 'P1'),
      partnerUrl(TEAM, 'P2'),
      partnerYearUrl(TEAM, 'P1', '2026'),
      partnerYearUrl(TEAM, 'P2', '2026'),
    ];
    await until(() => serverDoc(first, managerIndexUrl(TEAM, 'a'))?.heads().join() === managerIndex.heads().join(), 'the manager index on the server');
    const heads = Object.fromEntries(urls.map((url) => [url, serverDoc(first, url)?.heads().join()]));
    const contents = Object.fromEntries(urls.map((url) => [url, JSON.stringify(serverDoc(first, url)?.doc())]));
    for (const opened of desks.splice(0)) opened.close();
    await first.close();
    servers.splice(0);

    const second = await start();
    const reader = desk(second, tokens.lead, 'lead:home');
    for (const url of urls) {
      const handle = await found(reader.repo, url);
      expect(handle.heads().join(), url).toBe(heads[url]);
      expect(JSON.stringify(handle.doc()), url).toBe(contents[url]);
    }
    expect(Object.values(heads).every(Boolean)).toBe(true);
  });

  it('starts the team index from the same root as a desk that starts it offline', { timeout: 10000 }, async () => {
    const server = await start();
    const offline = new Repo({ peerId: 'a:offline' as PeerId });
    const deskIndex = await new TeamDocs(offline, TEAM, 'a', { remote: () => undefined, local: () => undefined }).teamIndex();
    expect(deskIndex.heads()).toEqual(serverDoc(server, teamIndexUrl(TEAM))?.heads());
  });

  it('adds a manager from the command line: the file keeps the hash, and the printed token connects to the CLI server', { timeout: 25000 }, async () => {
    const added = await finished(cli(['--tokens', tokensFile, '--add-manager', 'c', '--name', 'Manager C']));
    expect(added.code, added.out).toBe(0);
    const token = added.out.split('\n').find((line) => line.startsWith(`${TEAM}.c.`)) ?? '';
    expect(token).toMatch(/^acme\.c\.[A-Za-z0-9_-]{43}$/);
    const written = await readFile(tokensFile, 'utf8');
    expect(JSON.parse(written).managers).toContainEqual({ id: 'c', name: 'Manager C', role: 'manager', tokenSha256: sha256Hex(token) });
    expect(written).not.toContain(token.split('.')[2]);
    const again = await finished(cli(['--tokens', tokensFile, '--add-manager', 'c', '--name', 'Manager C']));
    expect(again.code).toBe(1);
    expect(await readFile(tokensFile, 'utf8')).toBe(written);

    const dataDir = join(folder, 'cli-data');
    const child = cli(['--port', '0', '--data', dataDir, '--tokens', tokensFile]);
    try {
      const { url, out } = await listening(child);
      expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
      const server = { url } as SyncServer;
      const c = desk(server, token, 'c:laptop');
      const managerIndex = await ensureDoc(c.repo, managerIndexUrl(TEAM, 'c'), { kind: 'manager-index', manager: 'c', partners: {} as Record<string, true> });
      managerIndex.change((doc) => void (doc.partners.P7 = true));
      // The server holds c's change once a second desk of c reads it from there.
      const other = desk(server, token, 'c:office');
      await until(
        async () => {
          const handle = await tryFind<{ partners: Record<string, true> }>(other.repo, managerIndexUrl(TEAM, 'c'), 1000);
          return typeof handle !== 'string' && handle.doc().partners.P7 === true;
        },
        "c's change on the CLI server",
        8000,
      );
      expect(out()).toContain('accepted c (manager) from 127.0.0.1');
      // A manager added while the server runs connects without a restart.
      const late = await addManager(tokensFile, { id: 'd', name: 'Manager D', role: 'manager' });
      expect(await upgradeStatus(server, `?token=${late}`)).toBe(101);
      expect(out()).not.toContain(token.split('.')[2]);

      // A change the server has taken in but not yet written (its saves wait 100 ms) is saved on SIGTERM.
      const serverStorage = c.repo.getStorageIdOfPeer(SERVER_PEER_ID);
      expect(serverStorage).toBeDefined();
      managerIndex.change((doc) => void (doc.partners.P8 = true));
      await until(() => managerIndex.getSyncInfo(serverStorage!)?.lastHeads?.join() === managerIndex.heads().join(), 'the server to take in P8');
      child.kill('SIGTERM');
      const stopped = await finished(child);
      expect(stopped.code).toBe(0);
      expect(out()).toContain('SIGTERM: saving and closing');
    } finally {
      child.kill('SIGKILL');
    }

    const restarted = await start(0, dataDir);
    const reader = desk(restarted, tokens.lead, 'lead:laptop');
    expect((await found<{ partners: Record<string, true> }>(reader.repo, managerIndexUrl(TEAM, 'c'))).doc().partners).toEqual({ P7: true, P8: true });
  });
});
