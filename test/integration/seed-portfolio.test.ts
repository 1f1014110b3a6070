import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { cnMainlandCalendar } from '@core/calendar';
import { planOf } from '@core/catalog';
import { dueAt } from '@core/sla';
import { levelOn } from '@core/subscription';
import { beijingDateOf, monthOf } from '@core/time';
import { openDesk } from '@main/desk';
import { timelineOf } from '@main/handlers/subscription-plans';
import { generatePortfolio, type PortfolioOptions } from '@main/seed/portfolio';
import { writePortfolio } from '@main/seed/write-portfolio';

import { tempDataDir, testServices } from '../builders/services';

// Busy partners, so Standard months reach their limit and packs are bought.
const BUSY: PortfolioOptions = { partners: 12, months: 5, seed: 7, until: '2026-03-02', casesPerPartnerMonth: 40, unanswered: 25 };

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()));
afterEach(() => cleanup());

describe('the portfolio generator', () => {
  it('gives the same portfolio for the same seed, and another for another seed', () => {
    const a = generatePortfolio(BUSY);
    expect(JSON.stringify(generatePortfolio(BUSY))).toBe(JSON.stringify(a));
    expect(JSON.stringify(generatePortfolio({ ...BUSY, seed: 8 }))).not.toBe(JSON.stringify(a));
  });

  it('has partners on every level, both billing modes and level changes', () => {
    const { desk } = generatePortfolio({ ...BUSY, partners: 40, casesPerPartnerMonth: 1, months: 14 });
    const levels = new Set(desk.subscriptions.flatMap((s) => s.levels.map((l) => l.level)));
    expect([...levels].sort()).toEqual(expect.arrayContaining(['basic', 'premier', 'standard']));
    expect(new Set(desk.subscriptions.map((s) => s.billing))).toEqual(new Set(['monthly', 'yearly']));
    expect(desk.subscriptions.some((s) => s.levels.length > 1)).toBe(true);
    expect(desk.charges.some((c) => c.kind === 'renewal')).toBe(true);
  });

  it('Q1-Q3: no Standard month holds more technical cases than 30 + 10 per pack, and packs were bought', () => {
    const { desk, cases } = generatePortfolio(BUSY);
    expect(desk.packs.length).toBeGreaterThan(0);
    const used = new Map<string, number>();
    for (const c of cases)
      if (c.kind === 'technical' && c.level === 'standard' && c.state !== 'voided')
        used.set(`${c.partnerId} ${monthOf(beijingDateOf(c.openedAt))}`, (used.get(`${c.partnerId} ${monthOf(beijingDateOf(c.openedAt))}`) ?? 0) + 1);
    for (const [key, count] of used) {
      const [partnerId, month] = key.split(' ');
      const packs = desk.packs.filter((p) => p.partnerId === partnerId && monthOf(p.boughtOn) === month).reduce((n, p) => n + p.count, 0);
      expect(count).toBeLessThanOrEqual(30 + 10 * packs);
    }
  });

  it('P2/P3/C1: each case has a severity its level offers, no technical case on Basic, and the due time core gives', () => {
    const { desk, cases } = generatePortfolio(BUSY);
    for (const c of cases) {
      const record = desk.subscriptions.find((s) => s.partnerId === c.partnerId)!;
      expect(c.level).toBe(levelOn(timelineOf(record), beijingDateOf(c.openedAt)));
      if (c.level === 'basic') expect([c.kind, c.severity]).toEqual(['service', null]);
      else expect(planOf(c.level).responseTargets[c.severity!]).toBeDefined();
      const due = dueAt({
        subscription: timelineOf(record),
        calendar: cnMainlandCalendar,
        openedAt: c.openedAt,
        ...(c.severity ? { severity: c.severity } : {}),
      });
      expect(due.ok && due.value.dueAt).toBe(c.dueAt);
    }
    expect(cases.filter((c) => c.state === 'open' && c.respondedAt === null).length).toBeGreaterThanOrEqual(BUSY.unanswered! - 1);
  });

  it('is stored through the store and opens with openDesk, valid and whole', async () => {
    const portfolio = generatePortfolio(BUSY);
    const services = testServices({ now: () => new Date('2026-03-02T02:30:00Z') });
    const desk = await openDesk({ dataDir: dir, services });
    await writePortfolio(desk.store, portfolio);
    await desk.close();
    const again = await openDesk({ dataDir: dir, services });
    expect(again.store.notices).toEqual([]);
    expect(again.store.read().partners).toHaveLength(12);
    expect(again.store.collection('cases').size).toBe(portfolio.cases.length);
    expect(again.store.collection('bookings').size).toBe(portfolio.bookings.length);
    const board = await again.dispatch('sla/board', {});
    expect(board.ok && (board.data as unknown[]).length).toBe(portfolio.cases.filter((c) => c.state === 'open' || c.state === 'responded').length);
    await again.close();
  });
});
