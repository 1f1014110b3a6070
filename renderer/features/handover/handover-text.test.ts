import { describe, expect, it } from 'vitest';

// A test may read the list of kinds itself; the page imports the contract's types only.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { type HandoverApplied, type HandoverProblem, handoverProblemKinds } from '@main/ipc/contract/handover';
import { translator } from '@test/builders/translator';

import { appliedText, differenceText, exportedSentence, problemSentence, recordsText } from './handover-text';

const problem = (kind: HandoverProblem['kind'], more: Partial<HandoverProblem> = {}): HandoverProblem => ({
  kind,
  rule: 'Q3',
  partnerId: 'p1',
  partnerName: 'Acme Cloud',
  period: '2026-03',
  count: 34,
  limit: 30,
  ...more,
});

const COUNTS = { subscriptions: 0, charges: 0, packs: 0, consumption: 0, cases: 0, bookings: 0 };

describe('problemSentence', () => {
  it('Q3: names the partner, the month, the count and the limit, with the rule', async () => {
    const t = await translator('en');
    expect(problemSentence(t, problem('quota-over'), 'en')).toBe("Acme Cloud, March 2026: 34 technical cases, over the month's limit of 30 (Q3)");
    // When it last changed is bookkeeping: any change moves it, so it is not named as a difference.
    expect(differenceText(t, { area: 'profile', added: 0, updated: 1, kept: 0, fields: ['contactEmail', 'updatedAt'] }, 'en')).toBe(
      'Profile: taken from the file (contact email)',
    );
    expect(differenceText(t, { area: 'profile', added: 0, updated: 0, kept: 1, fields: ['updatedAt'] }, 'en')).toBe('Profile: kept as here');
    const zh = await translator('zh-CN');
    expect(problemSentence(zh, problem('quota-over'), 'zh-CN')).toBe('Acme Cloud，2026年3月：34 个技术工单，超出当月上限 30 个（Q3）');
  });

  it('B1, B2, B3: a yearly allowance names the service year by its first day (S2)', async () => {
    const t = await translator('en');
    expect(problemSentence(t, problem('kea-over', { rule: 'B1', period: '2025-07-01', count: 10, limit: 8 }), 'en')).toBe(
      'Acme Cloud, service year from Jul 1, 2025: 10 Key Event Assurance days, over the 8 included (B1)',
    );
    expect(problemSentence(t, problem('onsite-year', { rule: 'B3', period: '2025-07-01', count: 2, limit: 1 }), 'en')).toBe(
      'Acme Cloud, service year from Jul 1, 2025: 2 on-site trainings, where one a service year is included (B3)',
    );
    expect(problemSentence(t, problem('consulting-month', { rule: 'B2', period: '2026-02', count: 2, limit: 1 }), 'en')).toBe(
      'Acme Cloud, February 2026: 2 architecture consulting sessions in one month, where one is included (B2)',
    );
  });

  it("a charge that differs names its date and says this desk's is kept, with the charge's own rule", async () => {
    const t = await translator('en');
    const charge = problem('charge-differs', { rule: 'M5', period: '2026-02-20', count: undefined, limit: undefined, recordId: 'ch-1' });
    expect(problemSentence(t, charge, 'en')).toBe(
      "Acme Cloud, charge of Feb 20, 2026: the file's amount differs from the one recorded here, which is kept, since a recorded charge never changes (M5)",
    );
  });

  it.each(handoverProblemKinds)('words %s in English and in Chinese, with its rule id', async (kind) => {
    const period = kind.endsWith('-year') || kind === 'kea-over' ? '2025-07-01' : kind === 'charge-differs' ? '2026-02-20' : '2026-03';
    const english = problemSentence(await translator('en'), problem(kind, { rule: 'R9', period }), 'en');
    const chinese = problemSentence(await translator('zh-CN'), problem(kind, { rule: 'R9', period }), 'zh-CN');
    for (const sentence of [english, chinese]) {
      expect(sentence).toContain('Acme Cloud');
      expect(sentence).toContain('R9');
      expect(sentence).not.toMatch(/{{|handover\./);
    }
    expect(english).not.toMatch(/\p{Script=Han}/u);
    expect(chinese).toMatch(/\p{Script=Han}/u);
  });
});

describe('differenceText', () => {
  it('says what is added, taken from the file and kept, leaving out what is none', async () => {
    const t = await translator('en');
    expect(differenceText(t, { area: 'cases', added: 3, updated: 1, kept: 2 }, 'en')).toBe('Cases: 3 added, 1 updated from the file, 2 kept as here');
    expect(differenceText(t, { area: 'packs', added: 0, updated: 0, kept: 1 }, 'en')).toBe('Add-on packs: 1 kept as here');
  });

  it("names the profile's fields that differ, and whose profile stays", async () => {
    const t = await translator('en');
    expect(differenceText(t, { area: 'profile', added: 0, updated: 1, kept: 0, fields: ['contactEmail', 'notes'] }, 'en')).toBe(
      'Profile: taken from the file (contact email, notes)',
    );
    const zh = await translator('zh-CN');
    expect(differenceText(zh, { area: 'profile', added: 0, updated: 0, kept: 1, fields: ['name', 'somethingNew'] }, 'zh-CN')).toBe(
      '资料：保留本机资料；文件中不同的是名称、somethingNew',
    );
  });
});

describe('recordsText', () => {
  it('lists the kinds of record there are some of, in the language', async () => {
    expect(recordsText(await translator('en'), { ...COUNTS, cases: 57, bookings: 1, packs: 2 }, 'en')).toBe('57 cases, 1 booking, 2 add-on packs');
    expect(recordsText(await translator('zh-CN'), { ...COUNTS, cases: 57, consumption: 12 }, 'zh-CN')).toBe('57 个工单、12 个月的云消费');
    expect(recordsText(await translator('en'), COUNTS, 'en')).toBe('no records');
  });
});

describe('exportedSentence and appliedText', () => {
  it('says where the file was saved with how many partners and cases, or that it was not saved', async () => {
    const t = await translator('en');
    const exported = { path: '/home/me/handover.json', partners: 2, counts: { ...COUNTS, cases: 9 }, bytes: 1000 };
    expect(exportedSentence(t, exported)).toBe('Saved the hand-over of 2 partners with 9 cases to /home/me/handover.json.');
    expect(exportedSentence(t, { ...exported, path: null })).toBe('Not saved: the save dialog was closed without choosing a file.');
  });

  it('says what was written, that a backup was taken first, and the problems kept', async () => {
    const t = await translator('en');
    const applied: HandoverApplied = {
      partners: 2,
      newPartners: 1,
      changedPartners: 1,
      counts: { ...COUNTS, cases: 4 },
      problems: 1,
      backup: '/data/backups/b1',
    };
    expect(appliedText(t, applied, 'en')).toBe(
      'Imported 2 partners (1 new, 1 changed): 4 cases written. A backup of this desk was taken first: /data/backups/b1. 1 rule problem is kept as it is; see the list above.',
    );
    expect(appliedText(t, { ...applied, counts: COUNTS, problems: 0, backup: null }, 'en')).toBe(
      'Imported 2 partners (1 new, 1 changed); no record needed writing.',
    );
  });

  it('puts no space after a Chinese full stop', async () => {
    const t = await translator('zh-CN');
    const applied: HandoverApplied = { partners: 1, newPartners: 1, changedPartners: 0, counts: { ...COUNTS, cases: 4 }, problems: 2, backup: null };
    expect(appliedText(t, applied, 'zh-CN')).toBe(
      '已导入 1 个伙伴（新伙伴 1 个，有变化的 0 个）：写入了 4 个工单。有 2 个违反规则的问题按原样保留；请查看上面的列表。',
    );
  });
});
