import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { AppStatus, CaseRecordStored, QuotaMonth, SlaRow } from '@main/ipc/contract';

import { aCase } from '../builders/cases';
import { deskTest, type TestClock } from '../builders/desk-fixture';
import { testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

deskTest.override({ now: '2025-10-10T02:00:00Z' });
// Each desk's services count ids from 1 again, so an id carries the instant it was made at.
deskTest.override('newServices', ({ clock, dir }) => () => {
  let n = 0;
  return testServices({ now: clock.now, newId: () => `${clock.now().getTime()}-${++n}` }, dir);
});

/** October 2025: one case answered and closed, one still waiting; then the app closes, to restart in March 2026. */
async function anOldMonth(desk: Desk, clock: TestClock): Promise<{ partnerId: string; closed: CaseRecordStored; waiting: CaseRecordStored }> {
  const { partnerId } = await aSubscribedPartner(desk, { start: '2025-10-01', level: 'standard' });
  const closed = expectOk<CaseRecordStored>(
    await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2025-10-10T02:00:00Z', severity: 'production-exception' })),
  );
  clock.set('2025-10-11T02:00:00Z');
  expectOk(await desk.dispatch('cases/update', { id: closed.id, change: { action: 'respond', respondedAt: '2025-10-10T03:00:00Z' } }));
  expectOk(await desk.dispatch('cases/update', { id: closed.id, change: { action: 'close' } }));
  const waiting = expectOk<CaseRecordStored>(
    await desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2025-10-11T02:00:00Z', severity: 'production-exception' })),
  );
  await desk.close();
  clock.set('2026-03-02T02:00:00Z');
  return { partnerId, closed, waiting };
}

describe('cases of a month left on disk at start', () => {
  deskTest('fetches a closed case of an old month, and counts that month for its quota', async ({ desk, clock, reopen }) => {
    const { partnerId, closed } = await anOldMonth(desk, clock);
    desk = await reopen();
    // Only the day with a case still being worked on is in memory.
    expect(desk.store.itemsInMemory().cases).toBe(1);
    expect(expectOk<CaseRecordStored>(await desk.dispatch('cases/get', { id: closed.id }))).toMatchObject({ id: closed.id, state: 'closed' });
    const october = expectOk<QuotaMonth>(await desk.dispatch('quotas/month', { partnerId, month: '2025-10' }));
    expect(october.used).toBe(2);
    expect(expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', { partnerId, month: '2025-10' })).map((c) => c.id)).toEqual([
      closed.id,
      expect.any(String),
    ]);
  });

  deskTest('keeps an old case still waiting on the SLA board, and stores its answer durably', async ({ desk, dir, clock, reopen }) => {
    const { waiting } = await anOldMonth(desk, clock);
    desk = await reopen();
    expect(expectOk<SlaRow[]>(await desk.dispatch('sla/board', {})).map((r) => r.id)).toEqual([waiting.id]);
    expectOk(await desk.dispatch('cases/update', { id: waiting.id, change: { action: 'respond', respondedAt: '2026-03-02T01:00:00Z' } }));
    await desk.store.writeBehind();
    const file = JSON.parse(await readFile(join(dir, 'cases', '2025-10-11.json'), 'utf8')) as { items: CaseRecordStored[] };
    expect(file.items[0]).toMatchObject({ id: waiting.id, state: 'responded' });
    desk = await reopen();
    expect(expectOk<CaseRecordStored>(await desk.dispatch('cases/get', { id: waiting.id })).state).toBe('responded');
  });

  deskTest('tells the page when a day read on demand turns out damaged, and restores it from the backup', async ({ desk, dir, clock, reopen, newServices }) => {
    const { closed } = await anOldMonth(desk, clock);
    await (await reopen()).close();
    // Damaged in place with its inode, size and mtime unchanged, so only reading it finds out.
    const path = join(dir, 'cases', '2025-10-10.json');
    await utimes(path, 1_700_000_000, 1_700_000_000);
    await (await reopen()).close();
    await writeFile(path, (await readFile(path, 'latin1')).replace('"items":[', '"items":{'), 'latin1');
    await utimes(path, 1_700_000_000, 1_700_000_000);
    const watched = newServices();
    desk = await reopen({ services: watched });
    expect(expectOk<AppStatus>(await desk.dispatch('app/status', {})).notices).toEqual([]);
    expect(expectOk<CaseRecordStored>(await desk.dispatch('cases/get', { id: closed.id })).state).toBe('closed');
    const notice = { kind: 'damaged-file', file: 'cases/2025-10-10.json', restoredFrom: '2026-03-02' };
    expect(watched.emitted).toMatchObject([{ event: 'app/data-notice', payload: notice }]);
    expect(expectOk<AppStatus>(await desk.dispatch('app/status', {})).notices).toMatchObject([notice]);
    expect(watched.log.errors).toHaveLength(1);
  });
});
