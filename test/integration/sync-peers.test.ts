import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NetworkAdapter } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';

import type { Desk } from '@main/desk';
import { openDesk } from '@main/desk';
import type { CaseRecordStored, PartnerPlan } from '@main/ipc/contract';
import type { AttentionEntry, SyncStatus } from '@main/ipc/contract/sync';
import { deskSyncOf } from '@main/sync/desk-sync';
import { plain } from '@main/sync/doc-values';
import { recordOf, writeRecord } from '@main/sync/record-text';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { aHub, aSyncDesk, type Hub, settle, type SyncDesk, technical, until } from './sync-hub';

// Team sync between real desks through an in-process hub (automerge-repo's message channels):
// local changes reach the documents, remote ones the store, and a merge that breaks a rule is
// kept and flagged (Q3, B1, two first responses, an edited recorded charge).

/** A network that never reaches anyone (a desk offline). */
class DummyAdapter extends NetworkAdapter {
  isReady = () => true;
  whenReady = () => Promise.resolve();
  connect(): void {}
  send(): void {}
  disconnect(): void {}
}

const clock = testClock('2026-03-20T02:00:00Z');
let hub: Hub;
let open: SyncDesk[] = [];

async function desks(...names: string[]): Promise<SyncDesk[]> {
  hub = aHub();
  for (const name of names) open.push(await aSyncDesk(hub, name, clock.now));
  return open;
}

afterEach(async () => {
  for (const d of open) await d.close();
  open = [];
  await hub?.close();
});

const casesOf = async (desk: Desk, partnerId: string) => (await desk.store.collection('cases').all((c) => c.partnerId === partnerId)).map((c) => c.id).sort();
const attentionOf = async (desk: Desk) => expectOk<AttentionEntry[]>(await desk.dispatch('sync/attention', {}));

afterEach((context) => {
  // A failing test shows what the desks logged.
  if (context.task.result?.state === 'fail') for (const d of open) for (const e of d.services.log.errors) console.error(d.name, e.message, e.cause);
});

describe('team sync between desks (message channels)', { timeout: 40_000 }, () => {
  it('a partner created on A appears on B with its plan', async () => {
    const [a, b] = await desks('a', 'b');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'premier' }, { name: 'Lotus Digital' });
    await until('the partner on B', () => b!.desk.store.read().partners.some((p) => p.id === partnerId));
    await until('the plan on B', () => b!.desk.store.read().subscriptions.some((s) => s.partnerId === partnerId));
    const plan = expectOk<PartnerPlan>(await b!.desk.dispatch('subscriptions/get', { partnerId }));
    expect(plan.subscription?.levels.at(-1)?.level).toBe('premier');
    expect(b!.desk.store.read().charges.filter((c) => c.partnerId === partnerId)).toEqual(
      a!.desk.store.read().charges.filter((c) => c.partnerId === partnerId),
    );
    const status = expectOk<SyncStatus>(await b!.desk.dispatch('sync/status', {}));
    expect(status).toMatchObject({ state: 'connected', team: 'acme', manager: 'wang' });
  });

  it('cases logged on each desk while disconnected are on both after reconnecting', async () => {
    const [a, b] = await desks('a', 'b');
    const { partnerId } = await aSubscribedPartner(a!.desk, {}, { name: 'Azure Bay' });
    await until('the plan on B', () => b!.desk.store.read().subscriptions.some((p) => p.partnerId === partnerId));
    a!.engine().disconnect();
    b!.engine().disconnect();
    expect(a!.engine().status()).toMatchObject({ state: 'offline', problem: 'unreachable' });
    const fromA = expectOk<CaseRecordStored>(await a!.desk.dispatch('cases/open', technical(partnerId, 3)));
    const fromB = expectOk<CaseRecordStored>(await b!.desk.dispatch('cases/open', technical(partnerId, 4)));
    await a!.engine().idle();
    expect(a!.engine().status().waiting).toBeGreaterThan(0);
    a!.engine().connect();
    b!.engine().connect();
    const both = [fromA.id, fromB.id].sort();
    await until(
      'both cases on both desks',
      async () => (await casesOf(a!.desk, partnerId)).join() === both.join() && (await casesOf(b!.desk, partnerId)).join() === both.join(),
    );
    // The case logged on B says so in A's history: by the manager of the desk it came from.
    const onA = await a!.desk.store.collection('cases').get(fromB.id);
    expect(onA?.history[0]?.by).toBeUndefined();
    await settle([a!, b!]);
    expect(a!.engine().status()).toMatchObject({ state: 'connected', waiting: 0 });
    expect(a!.engine().status().lastSyncedAt).not.toBeNull();
  });

  it('Q3: the 30th technical case logged on both desks gives 31 on both and a quota-over entry on both', async () => {
    const [a, b] = await desks('a', 'b');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'standard' }, { name: 'Cedar Systems' });
    for (let i = 0; i < 29; i++) expectOk(await a!.desk.dispatch('cases/open', technical(partnerId, 1 + Math.floor(i / 2), 1 + (i % 2))));
    await until('29 cases on B', async () => (await casesOf(b!.desk, partnerId)).length === 29, 20_000);
    a!.engine().disconnect();
    b!.engine().disconnect();
    expectOk(await a!.desk.dispatch('cases/open', technical(partnerId, 18)));
    expectOk(await b!.desk.dispatch('cases/open', technical(partnerId, 19)));
    // Each desk alone keeps the rule: a 31st case is refused (Q1).
    expect((await a!.desk.dispatch('cases/open', technical(partnerId, 19, 5))).ok).toBe(false);
    a!.engine().connect();
    b!.engine().connect();
    await until('31 cases on both', async () => (await casesOf(a!.desk, partnerId)).length === 31 && (await casesOf(b!.desk, partnerId)).length === 31, 20_000);
    for (const d of [a!, b!]) {
      await until(`the Q3 entry on ${d.name}`, async () => (await attentionOf(d.desk)).some((e) => e.kind === 'quota-over'));
      const entry = (await attentionOf(d.desk)).find((e) => e.kind === 'quota-over')!;
      expect(entry).toMatchObject({ rule: 'Q3', partnerId, subject: '2026-03', count: 31, limit: 30, partnerName: 'Cedar Systems' });
      expect(entry.ways).toContainEqual({ way: 'buy-pack', month: '2026-03' });
      expect(entry.ways.filter((w) => w.way === 'void-case')).toHaveLength(1);
    }
    // Q2: a pack bought on A lifts the limit: the entry goes away by itself, on both desks.
    expectOk(await a!.desk.dispatch('quotas/buy-pack', { partnerId, boughtOn: '2026-03-20', count: 1 }));
    for (const d of [a!, b!]) await until(`no Q3 entry on ${d.name}`, async () => !(await attentionOf(d.desk)).some((e) => e.kind === 'quota-over'), 15_000);
  });

  it('two first responses to one case: an entry with both values, and keep resolves it on both desks', async () => {
    const [a, b] = await desks('a', 'b');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'premier' }, { name: 'Birch Cloud' });
    const opened = expectOk<CaseRecordStored>(await a!.desk.dispatch('cases/open', technical(partnerId, 19)));
    await until('the case on B', async () => (await casesOf(b!.desk, partnerId)).includes(opened.id));
    a!.engine().disconnect();
    b!.engine().disconnect();
    const respond = (at: string, by: string) => ({ id: opened.id, change: { action: 'respond', respondedAt: at, respondedBy: by } });
    expectOk(await a!.desk.dispatch('cases/update', respond('2026-03-20T09:30:00+08:00', 'Wang Fang')));
    expectOk(await b!.desk.dispatch('cases/update', respond('2026-03-20T09:45:00+08:00', 'Li Lei')));
    a!.engine().connect();
    b!.engine().connect();
    for (const d of [a!, b!]) await until(`the entry on ${d.name}`, async () => (await attentionOf(d.desk)).some((e) => e.kind === 'two-responses'));
    const entry = (await attentionOf(a!.desk)).find((e) => e.kind === 'two-responses')!;
    expect(entry.subject).toBe(opened.id);
    expect(entry.ways.map((w) => (w.way === 'keep' ? `${w.value} ${w.by}` : '')).sort()).toEqual([
      '2026-03-20T09:30:00+08:00 Wang Fang',
      '2026-03-20T09:45:00+08:00 Li Lei',
    ]);
    const keep = entry.ways.find((w) => w.way === 'keep' && w.by === 'Li Lei')!;
    expectOk(await a!.desk.dispatch('sync/resolve', { id: entry.id, choice: keep.way === 'keep' ? keep.choice : '' }));
    for (const d of [a!, b!]) {
      await until(`no entry on ${d.name}`, async () => !(await attentionOf(d.desk)).some((e) => e.kind === 'two-responses'));
      await until(`Li Lei's response on ${d.name}`, async () => (await d.desk.store.collection('cases').get(opened.id))?.respondedBy === 'Li Lei');
      expect((await d.desk.store.collection('cases').get(opened.id))?.respondedAt).toBe('2026-03-20T09:45:00+08:00');
    }
  });

  it('a remote edit of a recorded charge is not applied and is flagged', async () => {
    const [a, b] = await desks('a', 'b');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'standard' }, { name: 'Delta Ports' });
    const charge = a!.desk.store.read().charges.find((c) => c.partnerId === partnerId)!;
    await until('the charge on B', () => b!.desk.store.read().charges.some((c) => c.id === charge.id));
    // Another desk rewrites the charge in the document (no screen does: a tampered or buggy peer).
    const handle = await b!.engine().docs.partner(partnerId);
    b!.engine().docs.change(handle, (doc) => {
      (doc.charges[charge.id] as unknown as { amount: number }).amount = charge.amount + 100;
      return true;
    });
    await until('the entry on A', async () => (await attentionOf(a!.desk)).some((e) => e.kind === 'charge-edited' && e.subject === charge.id));
    expect(a!.desk.store.read().charges.find((c) => c.id === charge.id)).toEqual(charge);
    expect((plain((await a!.engine().docs.partner(partnerId)).doc().charges[charge.id]) as { amount: number }).amount).toBe(charge.amount + 100);
  });

  it('an invalid record from another desk is not stored: it is logged, and the valid ones still arrive', async () => {
    const [a, b] = await desks('a', 'b');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'premier' }, { name: 'Echo Labs' });
    const opened = expectOk<CaseRecordStored>(await a!.desk.dispatch('cases/open', technical(partnerId, 6)));
    await until('the case on B', async () => (await casesOf(b!.desk, partnerId)).includes(opened.id));
    const year = await b!.engine().docs.year(partnerId, '2026');
    b!.engine().docs.change(year, (doc) => {
      const like = recordOf(doc.cases[opened.id]) as Record<string, unknown>;
      writeRecord(doc.cases, 'bad-1', { ...like, id: 'bad-1', kind: 'not-a-kind' });
      writeRecord(doc.cases, 'good-1', { ...like, id: 'good-1' });
      (doc.cases as Record<string, unknown>)['not-json'] = '{"id": "not-json", ';
      return true;
    });
    await until('the valid case on A', async () => (await a!.desk.store.collection('cases').get('good-1')) !== undefined);
    expect(await a!.desk.store.collection('cases').get('bad-1')).toBeUndefined();
    expect(await a!.desk.store.collection('cases').get('not-json')).toBeUndefined();
    expect(a!.services.log.errors.some((e) => e.message.includes('bad-1'))).toBe(true);
    expect(a!.services.log.errors.some((e) => e.message.includes('not-json'))).toBe(true);
  });

  it('sync/assign hands a partner to another manager: both indexes and the history say so', async () => {
    const [a] = await desks('a');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'premier' }, { name: 'Fir Tree' });
    await a!.engine().idle();
    expectOk(await a!.desk.dispatch('sync/assign', { partnerId, manager: 'li' }));
    const docs = a!.engine().docs;
    const index = plain((await docs.teamIndex()).doc()) as {
      partners: Record<string, { manager: string }>;
      history: { from: string | null; to: string; by: string }[];
    };
    expect(index.partners[partnerId]?.manager).toBe('li');
    expect(index.history.map((h) => `${h.from}>${h.to} by ${h.by}`)).toEqual(['null>wang by wang', 'wang>li by wang']);
    expect(plain((await docs.managerIndex('wang')).doc().partners)).toEqual({});
    expect(plain((await docs.managerIndex('li')).doc().partners)).toEqual({ [partnerId]: true });
    const unknown = await a!.desk.dispatch('sync/assign', { partnerId: 'nobody', manager: 'li' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });

  it('a desk reopened with sync on starts its engine again from its own storage', async () => {
    const [a] = await desks('a');
    const { partnerId } = await aSubscribedPartner(a!.desk, { level: 'standard' }, { name: 'Gum Tree' });
    await a!.engine().idle();
    await a!.desk.close();
    // Apart from the hub: everything comes from the desk's own sync folder.
    const reopened = await openDesk({
      dataDir: a!.dir,
      services: a!.services,
      syncNetwork: () => () => ({ adapter: new DummyAdapter(), dispose: () => undefined }),
    });
    try {
      await until('the engine', () => deskSyncOf(reopened.store).running !== null);
      const engine = deskSyncOf(reopened.store).running!;
      await until('the assignment from storage', async () => (await engine.docs.assignment(partnerId))?.manager === 'wang');
      expect(expectOk<SyncStatus>(await reopened.dispatch('sync/status', {}))).toMatchObject({ team: 'acme', manager: 'wang', server: 'ws://hub.test/sync' });
    } finally {
      await reopened.close();
    }
  });

  it('three desks: every partner and case reaches every desk', async () => {
    const all = await desks('a', 'b', 'c');
    const made: { partnerId: string; caseId: string }[] = [];
    for (const [i, d] of all.entries()) {
      const { partnerId } = await aSubscribedPartner(d.desk, { level: 'premier' }, { name: `Partner ${i}` });
      made.push({ partnerId, caseId: expectOk<CaseRecordStored>(await d.desk.dispatch('cases/open', technical(partnerId, 5 + i))).id });
    }
    for (const d of all) {
      for (const m of made) await until(`${m.caseId} on ${d.name}`, async () => (await d.desk.store.collection('cases').get(m.caseId)) !== undefined);
      expect(
        d.desk.store
          .read()
          .partners.map((p) => p.id)
          .sort(),
      ).toEqual(made.map((m) => m.partnerId).sort());
    }
  });

  it('a backup copies team sync’s documents and state with the rest of the data', async () => {
    const [a] = (await desks('a')) as [SyncDesk];
    await aSubscribedPartner(a.desk, {}, { name: 'Lotus Digital' });
    const saved = async () => (await readdir(join(a.dir, 'sync', 'automerge'), { recursive: true }).catch(() => [])).some((name) => name.endsWith('.bin'));
    await until('a document saved', saved);
    const backup = await a.desk.store.backupBefore('test');
    expect(backup).not.toBeNull();
    const copied = await readdir(join(backup!, 'sync'), { recursive: true });
    expect(copied).toContain('state.json');
    expect(copied.some((name) => name.startsWith('automerge') && name.endsWith('.bin'))).toBe(true);
  });

  it('a desk with sync off creates nothing under sync/ and opens no connection', async () => {
    hub = aHub();
    const off = await aSyncDesk(hub, 'off', clock.now, { enable: false });
    open.push(off);
    await aSubscribedPartner(off.desk, {}, { name: 'Quiet Partner' });
    expectOk(await off.desk.dispatch('cases/list', {}));
    expect(expectOk<SyncStatus>(await off.desk.dispatch('sync/status', {}))).toMatchObject({ state: 'off', server: null });
    expect(await readdir(off.dir)).not.toContain('sync');
    expect(hub.repo.peers).toEqual([]);
    await expect(readdir(join(off.dir, 'sync'))).rejects.toThrow();
  });
});
