import { caseCategories, type Level, planOf, type SeverityId } from '@core/catalog';
import { levelOn } from '@core/subscription';
import { addMonths, beijingDateOf, eachDate, monthEnd, monthOf, monthStart, parseInstant } from '@core/time';
import { timelineOf } from '@main/handlers/subscription-plans';
import type { CaseRecordStored } from '@main/ipc/contract';
import { type Random, seededRandom } from '@main/seed/random';
import type { DeskData } from '@main/store/desk-data';

import { caseCsv, type CsvRow } from '../builders/case-csv';

export type Expected = 'ok' | 'invalid' | 'refused';
/** A generated import file and, for each row in file order, the outcome it must get. */
export type ImportFile = { csv: string; expected: Expected[]; counts: Record<Expected, number> };

/** The headers of the vendor console's Chinese export. */
const HEADER = ['伙伴', '客户', '类型', '类别', '严重级别', '创建时间', '工单号', '备注'];
const TECHNICAL = caseCategories.filter((c) => c.kind === 'technical').map((c) => c.id);
const SERVICE = caseCategories.filter((c) => c.kind === 'service').map((c) => c.id);
const HOUR_MS = 3_600_000;

/** Beijing wall time as a zh-CN spreadsheet writes it ("2026/3/2 9:05"): short enough for 50,000 rows to fit 5 MB. */
const spreadsheetTime = (ms: number) => {
  const d = new Date(ms + 8 * HOUR_MS);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

type Row = CsvRow & { at: number; partnerId: string; technical: boolean; level: Level; expect?: 'invalid' };

type PartnerPick = { id: string; name: string; level: (date: string) => Level | null; customers: string[] };

function partnersOf(desk: Readonly<DeskData>, random: Random): { pick: () => PartnerPick } {
  const weighted: { partner: PartnerPick; weight: number }[] = [];
  for (const p of desk.partners) {
    const record = desk.subscriptions.findLast((s) => s.partnerId === p.id);
    if (!record) continue;
    const timeline = timelineOf(record);
    const customers = Array.from({ length: random.int(3, 20) }, (_, i) => `Cust ${i + 1}`);
    // A few big partners log most cases, as in the seeded portfolio.
    const weight = random.weighted({ 1: 45, 3: 40, 8: 15 });
    weighted.push({ partner: { id: p.id, name: p.name, level: (date) => levelOn(timeline, date), customers }, weight: Number(weight) });
  }
  const total = weighted.reduce((sum, w) => sum + w.weight, 0);
  return {
    pick: () => {
      let left = random.next() * total;
      for (const w of weighted) if ((left -= w.weight) < 0) return w.partner;
      return weighted.at(-1)!.partner;
    },
  };
}

function severityFor(level: Level, random: Random): string {
  const offered = Object.keys(planOf(level).responseTargets) as SeverityId[];
  return offered.length === 0 ? '' : random.pick(offered);
}

/** One good row of a partner at a minute of the window, or null when no plan is in force then. */
function goodRow(random: Random, partner: PartnerPick, at: number, ref: string): Row | null {
  const level = partner.level(beijingDateOf(at));
  if (level === null) return null;
  const technical = level !== 'basic' && random.chance(0.6);
  const notes = random.chance(0.03) ? 'Retried, then "timeout"\nagain' : '';
  return {
    at,
    partnerId: partner.id,
    level,
    technical,
    partner: partner.name,
    customer: random.pick(partner.customers),
    kind: technical ? '技术' : '服务',
    category: random.pick(technical ? TECHNICAL : SERVICE),
    severity: severityFor(level, random),
    openedAt: spreadsheetTime(at),
    vendorRef: ref,
    notes,
  };
}

/** A stored case written again without its reference: the same case, so a duplicate. */
const storedAgain = (c: CaseRecordStored, name: string): Row => ({
  at: Date.parse(c.openedAt),
  partnerId: c.partnerId,
  level: c.level,
  technical: c.kind === 'technical',
  partner: name,
  customer: c.customer,
  kind: c.kind,
  category: c.category,
  severity: c.severity ?? '',
  openedAt: c.openedAt,
  vendorRef: '',
  notes: c.notes,
  expect: 'invalid',
});

/**
 * `rows` rows of the last twelve months over a portfolio, in time order as the console exports
 * them: mostly good rows (10% without a vendor reference), and about 3% that must be refused
 * (unknown partner, unreadable time, a technical case on Basic, a stored or repeated vendor
 * reference, a stored case again without its reference). Standard months fill up naturally.
 */
export function importFile(input: { desk: Readonly<DeskData>; stored: readonly CaseRecordStored[]; now: Date; rows: number; seed: number }): ImportFile {
  const random = seededRandom(input.seed);
  const partners = partnersOf(input.desk, random);
  const names = new Map(input.desk.partners.map((p) => [p.id, p.name]));
  const nowMs = input.now.getTime();
  const fromMs = parseInstant(`${monthStart(addMonths(beijingDateOf(nowMs), -11))}T00:00:00+08:00`);
  const minute = () => fromMs + Math.floor((random.next() * (nowMs - fromMs)) / 60_000) * 60_000;
  const withRef = input.stored.filter((c) => c.vendorRef !== '');
  const again = new Set<string>();
  const rows: Row[] = [];
  while (rows.length < input.rows) {
    const n = rows.length;
    const special = random.next();
    const partner = partners.pick();
    const row = goodRow(random, partner, minute(), random.chance(0.1) ? '' : `IMP-${n}`);
    if (!row) continue;
    if (special < 0.005) rows.push({ ...row, partner: `Nobody ${n}`, expect: 'invalid' });
    else if (special < 0.01) rows.push({ ...row, openedAt: 'next Monday', expect: 'invalid' });
    else if (special < 0.015 && row.level === 'basic') rows.push({ ...row, kind: '技术', category: 'service-unavailable', expect: 'invalid' });
    else if (special < 0.02) {
      const c = random.pick(withRef);
      rows.push({ ...row, partner: names.get(c.partnerId)!, partnerId: c.partnerId, vendorRef: c.vendorRef, expect: 'invalid' });
    } else if (special < 0.025) {
      // Each stored case once: a second copy of the same content would be a new case (the desk holds only one).
      const c = random.pick(input.stored);
      if (again.has(c.id)) continue;
      again.add(c.id);
      rows.push(storedAgain(c, names.get(c.partnerId)!));
    } else rows.push(row);
  }
  rows.sort((a, b) => a.at - b.at);
  // A few rows repeat an earlier row's reference (a console export that overlaps itself).
  for (let i = 100; i < rows.length; i += 400) {
    const earlier = rows[i - 50]!;
    if (!earlier.expect) rows[i] = { ...earlier, vendorRef: earlier.vendorRef || `IMP-R${i}` };
  }
  return withOutcomes(input.desk, input.stored, rows);
}

/**
 * One partner's whole month (last month) of technical rows, in time order: the most rows a
 * month can get. On Premier every row is a case (no quota); on Standard the month fills up
 * early (Q3) and every later row is over quota.
 */
export function oneMonthFile(input: {
  desk: Readonly<DeskData>;
  stored: readonly CaseRecordStored[];
  now: Date;
  rows: number;
  level: 'standard' | 'premier';
}): ImportFile {
  const random = seededRandom(7);
  const month = monthOf(addMonths(beijingDateOf(input.now.getTime()), -1));
  const days = eachDate(monthStart(month), monthEnd(month));
  const partner = input.desk.partners.find((p) => {
    const record = input.desk.subscriptions.findLast((s) => s.partnerId === p.id);
    return record !== undefined && days.every((day) => levelOn(timelineOf(record), day) === input.level);
  });
  if (!partner) throw new Error(`The portfolio has no partner on ${input.level} all last month.`);
  const fromMs = parseInstant(`${monthStart(month)}T00:00:00+08:00`);
  const spanMs = days.length * 24 * HOUR_MS;
  const rows: Row[] = Array.from({ length: input.rows }, (_, i) => {
    const at = fromMs + Math.floor((i * spanMs) / input.rows / 60_000) * 60_000;
    return {
      at,
      partnerId: partner.id,
      level: input.level,
      technical: true,
      partner: partner.name,
      customer: `Cust ${1 + (i % 12)}`,
      kind: 'technical',
      category: random.pick(TECHNICAL),
      severity: 'general-guidance',
      openedAt: spreadsheetTime(at),
      vendorRef: `M-${i}`,
      notes: '',
    };
  });
  return withOutcomes(input.desk, input.stored, rows);
}

function withOutcomes(desk: Readonly<DeskData>, stored: readonly CaseRecordStored[], rows: readonly Row[]): ImportFile {
  const expected = expectedOutcomes(desk, stored, rows);
  const counts = { ok: 0, invalid: 0, refused: 0 };
  for (const e of expected) counts[e] += 1;
  return { csv: caseCsv(rows, HEADER), expected, counts };
}

/**
 * The reference answer, counted the plain way: file order; a reference already stored or
 * accepted earlier (same partner) is a duplicate; Q3: a technical row on a Standard day is over
 * quota once the month holds 30 + 10 × packs bought by that day counted technical cases
 * (stored ones not voided, opened on Standard, and the file's accepted rows).
 */
function expectedOutcomes(desk: Readonly<DeskData>, stored: readonly CaseRecordStored[], rows: readonly Row[]): Expected[] {
  const refs = new Set(stored.filter((c) => c.vendorRef !== '').map((c) => `${c.partnerId}|${c.vendorRef.toLowerCase()}`));
  const used = new Map<string, number>();
  for (const c of stored) {
    if (c.kind !== 'technical' || c.level !== 'standard' || c.state === 'voided') continue;
    const key = `${c.partnerId}|${monthOf(beijingDateOf(c.openedAt))}`;
    used.set(key, (used.get(key) ?? 0) + 1);
  }
  return rows.map((row) => {
    if (row.expect) return row.expect;
    const ref = `${row.partnerId}|${row.vendorRef!.toLowerCase()}`;
    if (row.vendorRef !== '' && refs.has(ref)) return 'invalid';
    const date = beijingDateOf(row.at);
    const key = `${row.partnerId}|${monthOf(date)}`;
    if (row.technical && row.level === 'standard') {
      const packs = desk.packs.filter((p) => p.partnerId === row.partnerId && monthOf(p.boughtOn) === monthOf(date) && p.boughtOn <= date);
      const limit = 30 + 10 * packs.reduce((sum, p) => sum + p.count, 0);
      if ((used.get(key) ?? 0) >= limit) return 'refused';
      used.set(key, (used.get(key) ?? 0) + 1);
    }
    if (row.vendorRef !== '') refs.add(ref);
    return 'ok';
  });
}
