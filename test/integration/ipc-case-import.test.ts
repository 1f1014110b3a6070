import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import type { CaseRecordStored, DeskEvents, ImportPreview, ImportResult } from '@main/ipc/contract';
import { generatePortfolio } from '@main/seed/portfolio';
import { writePortfolio } from '@main/seed/write-portfolio';

import { importFile } from '../bench/import-file';
import { caseCsv, type CsvRow } from '../builders/case-csv';
import { deskTest, type TestServices } from '../builders/desk-fixture';
import { faultyFs } from '../builders/faulty-fs';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

type ImportProgress = DeskEvents['cases/import-progress'];

// Monday 30 March 2026, 10:00 in Beijing.
const fs = faultyFs();
deskTest.override({ now: '2026-03-30T02:00:00Z', fs });
deskTest.beforeEach(async ({ desk }) => {
  await desk.store.backupDone;
  await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
  await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Birch Basic' });
});

const preview = async (desk: Desk, rows: readonly CsvRow[]) => expectOk<ImportPreview>(await desk.dispatch('cases/import-preview', { csv: caseCsv(rows) }));
const importRows = async (desk: Desk, rows: readonly CsvRow[]) => expectOk<ImportResult>(await desk.dispatch('cases/import', { csv: caseCsv(rows) }));
const stored = async (desk: Desk) => expectOk<CaseRecordStored[]>(await desk.dispatch('cases/list', {}));
const caseFiles = (dir: string) => readdir(join(dir, 'cases')).catch(() => [] as string[]);
const outcomes = (p: ImportPreview) => p.rows.map((r) => [r.line, r.outcome, r.error?.code ?? null]);
const progress = (services: TestServices) => services.emitted.filter((e) => e.event === 'cases/import-progress').map((e) => e.payload as ImportProgress);
/** Each phase in order, once, with its pushes: done never goes back, and the last is done === total. */
const phasesOf = (events: readonly ImportProgress[]) => {
  const phases: { phase: string; done: number[]; total: number[] }[] = [];
  for (const e of events) {
    if (phases.at(-1)?.phase !== e.phase) phases.push({ phase: e.phase, done: [], total: [] });
    phases.at(-1)!.done.push(e.done);
    phases.at(-1)!.total.push(e.total);
  }
  for (const p of phases) {
    expect(p.done).toEqual([...p.done].sort((a, b) => a - b));
    expect(new Set(p.total).size).toBe(1);
    expect(p.done.at(-1)).toBe(p.total[0]);
  }
  return phases.map((p) => [p.phase, p.total[0]]);
};
const technicalDays = (count: number, vendorRef = (i: number) => `VC-${i}`): CsvRow[] =>
  Array.from({ length: count }, (_, i) => ({ openedAt: `2026-03-${String(1 + (i % 28)).padStart(2, '0')} 10:00`, vendorRef: vendorRef(i) }));

describe('case import through IPC', () => {
  deskTest('the preview marks every bad row with its reason and stores nothing', async ({ desk, dir }) => {
    const result = await preview(desk, [
      { vendorRef: 'VC-1' },
      { partner: 'Nobody Ltd' },
      { partner: 'Birch Basic', severity: '' },
      { partner: 'birch basic', kind: '服务', category: 'Accounting dispute', severity: '' },
      { openedAt: 'yesterday' },
      { kind: '' },
      { severity: 'Core production system unavailable' },
    ]);
    expect(outcomes(result)).toEqual([
      [2, 'ok', null],
      [3, 'invalid', 'UNKNOWN_PARTNER'],
      [4, 'invalid', 'TECH_SUPPORT_NOT_INCLUDED'],
      [5, 'ok', null],
      [6, 'invalid', 'UNREADABLE_TIME'],
      [7, 'invalid', 'INVALID_INPUT'],
      [8, 'invalid', 'SEVERITY_NOT_IN_PLAN'],
    ]);
    expect(result.rows[0]).toMatchObject({ partnerName: 'Lotus Digital', kind: 'technical', openedAt: '2026-03-02T02:00:00Z' });
    expect(result.rows[0]).not.toHaveProperty('caseId');
    expect(result.rows[1]).toMatchObject({ partnerName: 'Nobody Ltd', error: { data: { partner: 'Nobody Ltd' } } });
    expect(result.rows[5]!.error).toMatchObject({ field: 'kind', rule: 'too_small' });
    expect(result.counts).toEqual({ total: 7, ok: 2, invalid: 5, refused: 0 });
    expect(await stored(desk)).toEqual([]);
    expect(await caseFiles(dir)).toEqual([]);
  });

  deskTest('Q3: rows count toward the month cumulatively, so the 31st technical case in the file is refused', async ({ desk }) => {
    const result = await preview(desk, [...technicalDays(31), { kind: 'service', category: 'quota-adjustment' }, { openedAt: '2026-04-01 09:00' }]);
    expect(result.counts).toEqual({ total: 33, ok: 32, invalid: 0, refused: 1 });
    expect(result.rows[30]).toMatchObject({
      line: 32,
      outcome: 'refused',
      error: { code: 'TICKET_QUOTA_EXHAUSTED', rule: 'Q3', data: { used: 30, limit: 30 } },
    });
    expect(result.rows.slice(31).map((r) => r.outcome)).toEqual(['ok', 'ok']);
  });

  deskTest('stores the good rows in the file of their Beijing day, in one answer', async ({ desk, dir }) => {
    const result = await importRows(desk, [
      { openedAt: '2026-03-31 23:30', vendorRef: 'VC-MAR' },
      { partner: 'Nobody Ltd' },
      // T1: 00:30 Beijing on 1 April is still 31 March in UTC, but it is April's case.
      { openedAt: '2026-04-01 00:30', vendorRef: 'VC-APR' },
    ]);
    expect(result).toMatchObject({ stored: 2, counts: { ok: 2, invalid: 1 } });
    expect(result.rows.map((r) => r.caseId ?? null)).toEqual([expect.any(String), null, expect.any(String)]);
    expect(await caseFiles(dir)).toEqual(['2026-03-31.json', '2026-04-01.json']);
    const april = JSON.parse(await readFile(join(dir, 'cases', '2026-04-01.json'), 'utf8')) as { items: CaseRecordStored[] };
    expect(april.items).toMatchObject([{ vendorRef: 'VC-APR', openedAt: '2026-03-31T16:30:00Z', level: 'standard', state: 'open' }]);
    expect((await stored(desk)).map((c) => c.vendorRef)).toEqual(['VC-MAR', 'VC-APR']);
  });

  deskTest('a case already stored, or earlier in the file, is a duplicate: importing twice stores nothing twice', async ({ desk }) => {
    const rows = [{ vendorRef: 'VC-1' }, { vendorRef: 'VC-2' }, { vendorRef: 'vc-2' }, { vendorRef: '' }];
    expect(outcomes(await preview(desk, rows))).toEqual([
      [2, 'ok', null],
      [3, 'ok', null],
      [4, 'invalid', 'DUPLICATE_IN_FILE'],
      [5, 'ok', null],
    ]);
    expect((await importRows(desk, rows)).stored).toBe(3);
    const again = await importRows(desk, rows);
    expect(again.rows[0]!.error).toMatchObject({ code: 'DUPLICATE_CASE', data: { vendorRef: 'VC-1' } });
    // A row without a vendor reference is recognised by its content (partner, instant, customer, kind, category, severity, notes).
    expect(outcomes(again)).toEqual([
      [2, 'invalid', 'DUPLICATE_CASE'],
      [3, 'invalid', 'DUPLICATE_CASE'],
      [4, 'invalid', 'DUPLICATE_CASE'],
      [5, 'invalid', 'DUPLICATE_CASE_CONTENT'],
    ]);
    expect(again.rows[3]!.error).toMatchObject({ data: { openedAt: '2026-03-02T02:00:00Z' } });
    expect(again.stored).toBe(0);
    expect(await stored(desk)).toHaveLength(3);
  });

  deskTest('rows without a vendor reference: each stored case answers for one identical row, so a second import stores nothing', async ({ desk }) => {
    const same = { customer: 'Harbour Bank', notes: 'Login fails, "SSO" error\nsince 09:00' };
    const variants = [
      { ...same, notes: 'Another problem' },
      { ...same, openedAt: '2026-03-02 10:01' },
      { ...same, customer: 'Other Co.' },
      { ...same, severity: 'general-guidance' },
    ];
    expect((await importRows(desk, [same, same, ...variants])).stored).toBe(6);
    // The same instant written another way (with an offset) is the same case; a service case at that minute is not.
    const again = await importRows(desk, [
      { ...same, openedAt: '2026-03-02T02:00:00Z' },
      same,
      ...variants,
      { ...same, kind: 'service', category: 'quota-adjustment' },
    ]);
    expect(outcomes(again).map(([, outcome, code]) => `${outcome} ${code}`)).toEqual([...Array(6).fill('invalid DUPLICATE_CASE_CONTENT'), 'ok null']);
    expect(await stored(desk)).toHaveLength(7);
    // A file's third identical row is one more than the desk holds: a new case, and the preview says which.
    expect(outcomes(await preview(desk, [same, same, same])).map(([, outcome]) => outcome)).toEqual(['invalid', 'invalid', 'ok']);
  });

  deskTest('checks again at confirm time: a case logged since the preview takes the last place (Q3)', async ({ desk }) => {
    const partners = expectOk<{ id: string; name: string }[]>(await desk.dispatch('partners/list', {}));
    const lotus = partners.find((p) => p.name === 'Lotus Digital')!;
    await importRows(desk, technicalDays(29));
    const row = [{ openedAt: '2026-03-29 10:00', vendorRef: 'VC-LAST' }];
    expect((await preview(desk, row)).counts.ok).toBe(1);
    expectOk(
      await desk.dispatch('cases/open', {
        partnerId: lotus.id,
        kind: 'technical',
        category: 'service-unavailable',
        severity: 'general-guidance',
        openedAt: '2026-03-29T02:00:00Z',
      }),
    );
    expect(await importRows(desk, row)).toMatchObject({ stored: 0, counts: { refused: 1 } });
    expect(await stored(desk)).toHaveLength(30);
  });

  deskTest('a failed write of a later day file puts the earlier one back: memory and disk stay as they were', async ({ desk, dir }) => {
    await importRows(desk, [{ vendorRef: 'VC-OLD' }]);
    await desk.store.writeBehind();
    const marchBefore = await readFile(join(dir, 'cases', '2026-03-02.json'), 'utf8');
    const rows = [{ vendorRef: 'VC-NEW' }, { openedAt: '2026-04-02 10:00', vendorRef: 'VC-APR' }];
    fs.failNextRenames(1, { after: 1 });
    expect(await desk.dispatch('cases/import', { csv: caseCsv(rows) })).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await readFile(join(dir, 'cases', '2026-03-02.json'), 'utf8')).toBe(marchBefore);
    expect(await caseFiles(dir)).toEqual(['2026-03-02.json']);
    expect((await stored(desk)).map((c) => c.vendorRef)).toEqual(['VC-OLD']);
    expect(outcomes(await preview(desk, rows))).toEqual([
      [2, 'ok', null],
      [3, 'ok', null],
    ]);
    expect((await importRows(desk, rows)).stored).toBe(2);
  });

  deskTest('a file without a required column, or with an unclosed quote, is one clear error; bad input changes nothing', async ({ desk }) => {
    const noKind = caseCsv([{}], ['Partner', 'Customer', 'Notes', 'Category', 'Severity', '创建时间']);
    expect(await desk.dispatch('cases/import-preview', { csv: noKind })).toMatchObject({
      ok: false,
      error: { code: 'CSV_MISSING_COLUMNS', data: { columns: 'kind / 类型' } },
    });
    expect(await desk.dispatch('cases/import', { csv: 'partner,kind\n"Lotus,technical\n' })).toMatchObject({
      ok: false,
      error: { code: 'CSV_UNCLOSED_QUOTE', data: { line: 2 } },
    });
    expect(await desk.dispatch('cases/import', { csv: '' })).toMatchObject({ ok: false, error: { code: 'CSV_NO_HEADER' } });
    expect(await desk.dispatch('cases/import', { csv: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'csv' } });
    expect(await desk.dispatch('cases/import', { csv: 'x'.repeat(5 * 1024 * 1024 + 1) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'csv', rule: 'too_big' },
    });
    expect(await stored(desk)).toEqual([]);
  });

  deskTest(
    'over a generated portfolio, every row gets the outcome a plain count gives; a second import stores nothing',
    async () => {
      const now = new Date('2026-03-30T02:00:00Z');
      const other = await tempDataDir();
      const busy = await openDesk({ dataDir: other.dir, services: testServices({ now: () => now }) });
      try {
        await writePortfolio(busy.store, generatePortfolio({ partners: 16, months: 12, seed: 13, until: '2026-03-30', casesPerPartnerMonth: 20 }));
        const file = importFile({ desk: busy.store.read(), stored: await busy.store.collection('cases').all(), now, rows: 2000, seed: 5 });
        // The file reaches every outcome, over quota included.
        expect(Object.values(file.counts).every((n) => n > 20)).toBe(true);
        const previewed = expectOk<ImportPreview>(await busy.dispatch('cases/import-preview', { csv: file.csv }));
        expect(previewed.rows.map((r) => r.outcome)).toEqual(file.expected);
        const before = busy.store.collection('cases').size;
        const imported = expectOk<ImportResult>(await busy.dispatch('cases/import', { csv: file.csv }));
        expect(imported.rows.map((r) => r.outcome)).toEqual(file.expected);
        expect(imported.stored).toBe(file.counts.ok);
        expect(busy.store.collection('cases').size).toBe(before + file.counts.ok);
        expect(expectOk<ImportResult>(await busy.dispatch('cases/import', { csv: file.csv })).stored).toBe(0);
      } finally {
        await busy.close();
        await other.cleanup();
      }
    },
    30_000,
  );

  deskTest('pushes its progress to the page: reading the file, checking its rows, storing the cases', async ({ desk, services }) => {
    const rows = [...technicalDays(31), { partner: 'Nobody Ltd' }];
    const csv = caseCsv(rows);
    await preview(desk, rows);
    expect(phasesOf(progress(services))).toEqual([
      ['reading', csv.length],
      ['checking', 32],
    ]);
    services.emitted.length = 0;
    expect((await importRows(desk, rows)).stored).toBe(30);
    expect(phasesOf(progress(services))).toEqual([
      ['reading', csv.length],
      ['checking', 32],
      ['storing', 30],
    ]);
    expect(progress(services).at(-1)).toEqual({ phase: 'storing', done: 30, total: 30 });
  });

  deskTest('a file refused as a whole pushes only the reading', async ({ desk, services }) => {
    expect(await desk.dispatch('cases/import', { csv: 'partner,kind\n"Lotus,technical\n' })).toMatchObject({
      ok: false,
      error: { code: 'CSV_UNCLOSED_QUOTE' },
    });
    expect(progress(services).every((p) => p.phase === 'reading')).toBe(true);
  });

  deskTest('a 3 MB file of a few thousand rows previews every row, letting other work run while it checks', async ({ desk, services }) => {
    await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Premier Partner' });
    const notes = 'Customer reports intermittent timeouts on the load balancer; logs attached. '.repeat(10);
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      partner: 'Premier Partner',
      severity: 'general-guidance',
      openedAt: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')} 10:00`,
      vendorRef: `VC-${i}`,
      notes,
    }));
    const csv = caseCsv(rows);
    expect(csv.length).toBeGreaterThan(3_000_000);
    // Main lets other work run while it checks: a timer fires between the pushes of the rows checked.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const record = services.emit;
    const ticksAtPush: number[] = [];
    services.emit = (event, payload) => {
      if (event === 'cases/import-progress' && (payload as ImportProgress).phase === 'checking') ticksAtPush.push(ticks);
      record(event, payload);
    };
    const result = expectOk<ImportPreview>(await desk.dispatch('cases/import-preview', { csv }));
    clearInterval(timer);
    expect(result.counts).toEqual({ total: 4000, ok: 4000, invalid: 0, refused: 0 });
    expect(result.rows.at(-1)).toMatchObject({ line: 4001, partnerName: 'Premier Partner' });
    expect(ticksAtPush.at(-1)! - ticksAtPush[0]!).toBeGreaterThan(0);
  });
});
