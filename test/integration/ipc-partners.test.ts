import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import { openDesk } from '@main/desk';
import type { Partner } from '@main/ipc/contract';
import { MAIN_FILE } from '@main/store/store';

import { deskTest } from '../builders/desk-fixture';
import { faultyFs } from '../builders/faulty-fs';
import { aPartner } from '../builders/partners';

const data = <T>(answer: { ok: boolean; data?: unknown }): T => {
  expect(answer.ok).toBe(true);
  return answer.data as T;
};

describe('the dispatcher', () => {
  deskTest('answers an unknown channel with an error, not a crash', async ({ desk }) => {
    expect(await desk.dispatch('partners/explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'There is no channel partners/explode.' },
    });
    expect(await desk.dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'There is no channel of type number.' } });
    expect(await desk.dispatch(Object.create(null), {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  deskTest('refuses a request nested thousands of levels deep instead of overflowing the stack', async ({ desk }) => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50_000; i += 1) deep = i % 2 ? { a: deep } : [deep];
    for (const request of [deep, { id: deep, archived: true }]) {
      expect(await desk.dispatch('partners/archive', request)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', rule: 'too-deep', data: { maximum: 32 } },
      });
    }
  });

  deskTest('refuses a request of 200,000 keys at once, and lists the first 20 of many bad keys', async ({ desk }) => {
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const started = performance.now();
    expect(await desk.dispatch('partners/list', wide)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'too-large', data: { maximum: 50_000 } },
    });
    expect(performance.now() - started).toBeLessThan(3_000);
    const badKeys = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`Table ${i}`, { hidden: [], sort: [] }]));
    const refused = await desk.dispatch('settings/update', { tables: badKeys });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', data: { issueCount: 100 } } });
    expect(refused.ok ? [] : (refused.error.data?.issues as unknown[])).toHaveLength(20);
  });

  deskTest('refuses an array that carries its own "constructor" key (structured clone keeps it) as bad input', async ({ desk }) => {
    const request = Object.assign(['partner-1', '2026-03-01', 1], { constructor: 42 });
    expect(await desk.dispatch('quotas/buy-pack', request)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await desk.dispatch('bookings/export-ics', { ids: Object.assign(['b-1'], { constructor: 42 }), language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  deskTest('refuses bad input naming the field and the check, and stores nothing', async ({ desk, dir }) => {
    const before = await readFile(join(dir, MAIN_FILE), 'utf8').catch(() => 'absent');
    const answer = await desk.dispatch('partners/create', aPartner({ contactEmail: 'not-an-email' }));
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'contactEmail', rule: 'invalid_format' } });
    const blank = await desk.dispatch('partners/create', aPartner({ name: '   ' }));
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name', rule: 'too_small', data: { minimum: 1 } } });
    const wrongType = await desk.dispatch('partners/create', { ...aPartner(), type: 'distributor' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'type' } });
    expect(await readFile(join(dir, MAIN_FILE), 'utf8').catch(() => 'absent')).toBe(before);
    expect(data<Partner[]>(await desk.dispatch('partners/list', {}))).toEqual([]);
  });

  deskTest('turns an unexpected failure into INTERNAL, logs the cause and sends no stack trace', async ({ dir, services }) => {
    const broken = await openDesk({
      dataDir: join(dir, 'other'),
      services: {
        ...services,
        newId: () => {
          throw new Error('clock exploded at /secret/path.ts:12');
        },
      },
    });
    const answer = await broken.dispatch('partners/create', aPartner());
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL', errorId: expect.stringMatching(/^[0-9A-F]{4}$/) } });
    expect(JSON.stringify(answer)).not.toMatch(/secret|exploded|at /);
    // The page shows the short id; the log holds it beside the cause, so the two can be matched.
    const errorId = answer.ok ? '' : answer.error.errorId;
    expect(services.log.errors[0]?.message).toBe(`IPC partners/create failed (error ${errorId})`);
    expect(String(services.log.errors[0]?.cause)).toMatch(/clock exploded/);
    await broken.close();
  });

  deskTest('reads a key sent as undefined as a key not sent, and refuses a year no date can have', async ({ desk }) => {
    data(await desk.dispatch('settings/update', { language: 'zh-CN' }));
    expect(await desk.dispatch('settings/update', { language: undefined, tables: undefined })).toMatchObject({ ok: true, data: { language: 'zh-CN' } });
    const created = data<Partner>(await desk.dispatch('partners/create', aPartner({ name: 'Cedar Systems' })));
    expect(await desk.dispatch('partners/update', { id: created.id, changes: { name: undefined, notes: 'kept' } })).toMatchObject({
      ok: true,
      data: { name: 'Cedar Systems', notes: 'kept' },
    });
    expect(await desk.dispatch('partners/create', { ...aPartner(), name: undefined })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'name' },
    });
    for (const [channel, request] of [
      ['quotas/portfolio', { month: '9999-12' }],
      ['reports/quota-summary', { month: '9999-12' }],
      ['quotas/portfolio', { month: '1999-12' }],
    ] as const) {
      expect(await desk.dispatch(channel, request)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month', rule: 'year-range' } });
    }
    expect(
      JSON.parse(JSON.stringify(await desk.dispatch('partners/create', JSON.parse('{"__proto__":{"admin":true},"name":"Proto Ltd","type":"consulting"}')))),
    ).toMatchObject({ ok: true, data: { name: 'Proto Ltd' } });
  });

  deskTest('answers a full disk with its own code, changing nothing, and the next write goes through', async ({ dir, services }) => {
    const fs = faultyFs();
    const full = await openDesk({ dataDir: join(dir, 'full'), services, fs });
    fs.failNextRenames(1);
    const answer = await full.dispatch('partners/create', aPartner({ name: 'Full Disk Ltd' }));
    expect(answer).toMatchObject({ ok: false, error: { code: 'DISK_FULL', rule: 'ENOSPC' } });
    expect(data<Partner[]>(await full.dispatch('partners/list', {}))).toEqual([]);
    expect(data<Partner>(await full.dispatch('partners/create', aPartner({ name: 'Full Disk Ltd' })))).toMatchObject({ name: 'Full Disk Ltd' });
    await full.close();
  });

  deskTest('keeps a domain refusal with its code and the field', async ({ desk }) => {
    data(await desk.dispatch('partners/create', aPartner({ name: 'Harbour Cloud' })));
    expect(await desk.dispatch('partners/create', aPartner({ name: 'harbour cloud' }))).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE_NAME', field: 'name', data: { name: 'Harbour Cloud' } },
    });
    expect(await desk.dispatch('partners/archive', { id: 'nope', archived: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id' },
    });
  });
});

describe('partners through IPC', () => {
  deskTest('creates, edits, archives and restores a partner, and it all survives a restart', async ({ desk, reopen }) => {
    const created = data<Partner>(await desk.dispatch('partners/create', aPartner({ name: '  Lotus Digital ', contactEmail: '' })));
    expect(created).toMatchObject({ id: 'id-1', name: 'Lotus Digital', archived: false, createdAt: '2026-03-02T02:00:00.000Z' });
    data(await desk.dispatch('partners/create', aPartner({ name: 'Azure Bay Consulting' })));
    const edited = data<Partner>(await desk.dispatch('partners/update', { id: created.id, changes: { contactName: 'Zhang Min' } }));
    expect(edited.contactName).toBe('Zhang Min');
    data(await desk.dispatch('partners/archive', { id: created.id, archived: true }));

    expect(data<Partner[]>(await desk.dispatch('partners/list', {})).map((p) => p.name)).toEqual(['Azure Bay Consulting']);
    desk = await reopen();
    const all = data<Partner[]>(await desk.dispatch('partners/list', { includeArchived: true }));
    expect(all.map((p) => [p.name, p.archived, p.contactName])).toEqual([
      ['Azure Bay Consulting', false, 'Li Wei'],
      ['Lotus Digital', true, 'Zhang Min'],
    ]);
    data(await desk.dispatch('partners/archive', { id: created.id, archived: false }));
    expect(data<Partner[]>(await desk.dispatch('partners/list', {}))).toHaveLength(2);
  });

  deskTest('remembers the language setting', async ({ desk, reopen }) => {
    expect(data(await desk.dispatch('settings/get', {}))).toEqual({ language: null, tables: {} });
    data(await desk.dispatch('settings/update', { language: 'zh-CN' }));
    desk = await reopen();
    expect(data(await desk.dispatch('settings/get', {}))).toEqual({ language: 'zh-CN', tables: {} });
    expect(await desk.dispatch('settings/update', { language: 'fr' })).toMatchObject({ ok: false, error: { field: 'language' } });
  });

  deskTest("keeps each table's column choices, one table at a time", async ({ desk, reopen }) => {
    data(await desk.dispatch('settings/update', { tables: { partners: { hidden: ['contactEmail'], sort: [{ id: 'name', desc: true }] } } }));
    data(await desk.dispatch('settings/update', { tables: { charges: { hidden: ['rule'], sort: [] } } }));
    desk = await reopen();
    expect(data<{ tables: Record<string, unknown> }>(await desk.dispatch('settings/get', {})).tables).toEqual({
      partners: { hidden: ['contactEmail'], sort: [{ id: 'name', desc: true }] },
      charges: { hidden: ['rule'], sort: [] },
    });
    expect(await desk.dispatch('settings/update', { tables: { 'Bad Id!': { hidden: [], sort: [] } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  deskTest('keeps column choices for at most 40 tables, however many requests bring them', async ({ desk }) => {
    const tables = (from: number) =>
      Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [
          `table-${String.fromCharCode(97 + Math.floor((from + i) / 26))}${String.fromCharCode(97 + ((from + i) % 26))}`,
          { hidden: [], sort: [] },
        ]),
      );
    data(await desk.dispatch('settings/update', { tables: tables(0) }));
    data(await desk.dispatch('settings/update', { tables: tables(20) }));
    expect(await desk.dispatch('settings/update', { tables: tables(40) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'tables', rule: 'too-many-tables', data: { maximum: 40 } },
    });
    expect(await desk.dispatch('settings/update', { tables: { ...tables(0), ...tables(20), extra: { hidden: [], sort: [] } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'tables', rule: 'too-many-tables' },
    });
    expect(Object.keys(data<{ tables: object }>(await desk.dispatch('settings/get', {})).tables)).toHaveLength(40);
  });

  deskTest('opens only http(s) links in the system browser', async ({ desk, services }) => {
    data(await desk.dispatch('app/open-external', { url: 'https://support.example.com/case/1' }));
    expect(await desk.dispatch('app/open-external', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'url' },
    });
    expect(services.opened).toEqual(['https://support.example.com/case/1']);
  });
});
