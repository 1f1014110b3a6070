import { describe, expect, it } from 'vitest';

// A test may read the list of kinds itself; the page imports the contract's types only.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { type AttentionEntry, attentionKinds, type AttentionWay, type SyncStatus } from '@main/ipc/contract/sync';
import { translator } from '@test/builders/translator';

import { formatInstant } from '../sla/sla-format';
import { attentionSentence, configureErrorSentence, historyByText, keptSentence, statusDetail, statusLabel, wayLabel } from './sync-text';

const entry = (kind: AttentionEntry['kind'], more: Partial<AttentionEntry> = {}): AttentionEntry => ({
  id: 'e1',
  kind,
  rule: 'Q3',
  partnerId: 'p1',
  partnerName: 'Cedar Solutions',
  subject: '2026-03',
  count: 31,
  limit: 30,
  managers: ['li', 'wang'],
  foundAt: '2026-03-20T10:00:00+08:00',
  ways: [],
  ...more,
});

const status = (more: Partial<SyncStatus> = {}): SyncStatus => ({
  state: 'connected',
  server: 'wss://sync.example.com',
  team: 'acme',
  manager: 'li',
  offlineSince: null,
  problem: null,
  waiting: 0,
  lastSyncedAt: '2026-03-20T10:00:00+08:00',
  lead: false,
  ...more,
});

describe('attentionSentence', () => {
  it('Q3: the partner, the month, the count over the limit, the other manager and the rule', async () => {
    const t = await translator('en');
    expect(attentionSentence(t, entry('quota-over'), 'li', 'en')).toBe(
      "Cedar Solutions, March 2026: 31 technical cases after changes from wang met this desk's, over the month's limit of 30 (Q3)",
    );
    const zh = await translator('zh-CN');
    expect(attentionSentence(zh, entry('quota-over'), 'li', 'zh-CN')).toBe(
      'Cedar Solutions，2026年3月：wang 的更改与本机的更改合并后，共有 31 个技术工单，超出当月上限 30 个（Q3）',
    );
  });

  it('one manager on two desks: the other desk is named as one of theirs', async () => {
    const t = await translator('en');
    expect(attentionSentence(t, entry('quota-over', { managers: ['li'] }), 'li', 'en')).toBe(
      "Cedar Solutions, March 2026: 31 technical cases after changes made on another of your desks met this desk's, over the month's limit of 30 (Q3)",
    );
    const zh = await translator('zh-CN');
    expect(attentionSentence(zh, entry('kea-over', { rule: 'B1', subject: '2025-07-01', count: 5, limit: 4, managers: ['li'] }), 'li', 'zh-CN')).toBe(
      'Cedar Solutions，自2025年7月1日起的服务年：您另一台电脑上的预约与本机的预约合并后，重大活动保障共 5 天，超出包含的 4 天（B1）',
    );
    expect(attentionSentence(zh, entry('level-both', { rule: 'S3-level', subject: 'sub-1', managers: ['li'] }), 'li', 'zh-CN')).toBe(
      'Cedar Solutions：两台电脑同时变更了级别，请保留其中一个（S3-level）',
    );
  });

  it('B1: the service year by its first day', async () => {
    const t = await translator('en');
    const kea = entry('kea-over', { rule: 'B1', subject: '2025-07-01', count: 5, limit: 4 });
    expect(attentionSentence(t, kea, 'li', 'en')).toBe(
      "Cedar Solutions, service year from Jul 1, 2025: 5 Key Event Assurance days after bookings from wang met this desk's, over the 4 included (B1)",
    );
  });

  it('every kind has a sentence in both languages, with its rule id and no key left in it', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const t = await translator(language);
      for (const kind of attentionKinds) {
        const text = attentionSentence(t, entry(kind, { rule: 'R9' }), 'li', language);
        expect(text).toContain('Cedar Solutions');
        expect(text).toContain('R9');
        if (kind === 'quota-over' || kind === 'kea-over') expect(text).toContain('wang');
        expect(text).not.toMatch(/sync\.|{{/);
      }
    }
  });
});

describe('wayLabel', () => {
  const ways: AttentionWay[] = [
    { way: 'void-case', caseId: 'c1' },
    { way: 'void-case', caseId: 'c2' },
    { way: 'buy-pack', month: '2026-03' },
    { way: 'cancel-booking', bookingId: 'b1' },
    { way: 'keep', choice: 'a', value: 'premier', by: 'wang' },
    { way: 'keep', choice: 'b', value: '2026-03-20T10:05:00+08:00', by: 'li' },
    { way: 'keep', choice: 'c', value: 'standard from 2026-03-01', by: 'li' },
    { way: 'keep', choice: 'd', value: 'none from 2026-04-01', by: 'li' },
  ];

  it('every way in English, two of a kind numbered, a level and an instant in words', async () => {
    const t = await translator('en');
    expect(ways.map((way) => wayLabel(t, way, ways, 'en'))).toEqual([
      'Void case 1…',
      'Void case 2…',
      'Buy an add-on pack…',
      'Cancel a booking…',
      'Keep Premier (wang)',
      `Keep ${formatInstant('2026-03-20T10:05:00+08:00', 'en').local} (li)`,
      'Keep Standard from Mar 1, 2026 (li)',
      'Keep no plan from Apr 1, 2026 (li)',
    ]);
    expect(wayLabel(t, ways[0]!, [ways[0]!], 'en')).toBe('Void a case…');
  });

  it('every way in Chinese', async () => {
    const t = await translator('zh-CN');
    expect(ways.filter((_, i) => i !== 5).map((way) => wayLabel(t, way, ways, 'zh-CN'))).toEqual([
      '作废工单 1…',
      '作废工单 2…',
      '购买附加包…',
      '取消一个预约…',
      '保留高级（wang）',
      '保留自2026年3月1日起为标准级（li）',
      '保留自2026年4月1日起为无套餐（li）',
    ]);
  });

  it('what a kept value did, and whether the entry went away', async () => {
    const keep = ways[4] as Extract<AttentionWay, { way: 'keep' }>;
    expect(keptSentence(await translator('en'), keep, true, 'en')).toBe('Kept Premier (wang). The entry is settled.');
    expect(keptSentence(await translator('zh-CN'), keep, false, 'zh-CN')).toBe('已保留高级（wang）。此项仍需处理。');
  });
});

describe('statusLabel and statusDetail', () => {
  it('connected: "Synced", with the last sync in the detail', async () => {
    const t = await translator('en');
    expect(statusLabel(t, status(), 'en')).toBe('Synced');
    expect(statusDetail(t, status(), 'en')).toBe(`Last synced ${formatInstant('2026-03-20T10:00:00+08:00', 'en').local}.`);
    expect(statusDetail(t, status({ lastSyncedAt: null }), 'en')).toBe('Not synced yet.');
  });

  it('offline since a time, why, and the changes waiting', async () => {
    const offline = status({ state: 'offline', offlineSince: '2026-03-20T11:00:00+08:00', problem: 'refused', waiting: 3 });
    const t = await translator('en');
    const since = formatInstant('2026-03-20T11:00:00+08:00', 'en', 'short').local;
    expect(statusLabel(t, offline, 'en')).toBe(`Offline since ${since} · 3 changes waiting`);
    expect(statusDetail(t, offline, 'en')).toMatch(/^The server refused this desk's token\. Last synced .+\. 3 changes made here are not on the server yet\.$/);
    const zh = await translator('zh-CN');
    const sinceZh = formatInstant('2026-03-20T11:00:00+08:00', 'zh-CN', 'short').local;
    expect(statusLabel(zh, { ...offline, problem: 'unreachable', waiting: 1 }, 'zh-CN')).toBe(`自 ${sinceZh} 起离线 · 1 项更改待同步`);
    expect(statusDetail(zh, { ...offline, problem: 'unreachable', waiting: 1 }, 'zh-CN')).toMatch(
      /^无法连接服务器。上次同步：.+。本机有 1 项更改尚未传到服务器。$/,
    );
  });

  it('off and connecting', async () => {
    const t = await translator('zh-CN');
    expect(statusLabel(t, status({ state: 'off' }), 'zh-CN')).toBe('同步已关闭');
    expect(statusDetail(t, status({ state: 'off' }), 'zh-CN')).toBe('');
    expect(statusLabel(t, status({ state: 'connecting' }), 'zh-CN')).toBe('正在连接…');
  });
});

describe('configureErrorSentence', () => {
  it('names the field main refused, in both languages', async () => {
    const t = await translator('en');
    const url = { code: 'INVALID_INPUT' as const, message: 'serverUrl: Not a ws:// or wss:// address.', field: 'serverUrl', rule: 'custom' };
    const token = { code: 'INVALID_INPUT' as const, message: 'token: Not a team token.', field: 'token', rule: 'invalid_format' };
    expect(configureErrorSentence(t, url)).toMatch(/^Server address is not a ws:\/\/ or wss:\/\/ address/);
    expect(configureErrorSentence(t, token)).toMatch(/^Token is not a team token/);
    const zh = await translator('zh-CN');
    expect(configureErrorSentence(zh, token)).toMatch(/^令牌不是团队令牌/);
    expect(configureErrorSentence(zh, url)).toMatch(/^服务器地址不是有效的/);
    // Main's own refusal when turning sync on without a token kept: no schema rule, the field missing.
    expect(configureErrorSentence(t, { code: 'INVALID_INPUT', message: 'Give the server address and your team token.', field: 'token' })).toMatch(
      /^Token is needed to turn sync on/,
    );
    expect(configureErrorSentence(t, { code: 'NOT_FOUND', message: 'x', data: { what: 'partner', id: 'p1' } })).not.toMatch(/Token|Server/);
  });
});

describe('historyByText', () => {
  it("names another manager's desk, never this desk's own manager", async () => {
    const t = await translator('en');
    expect(historyByText(t, 'wang', 'li')).toBe('by wang');
    expect(historyByText(t, 'li', 'li')).toBeNull();
    expect(historyByText(t, undefined, 'li')).toBeNull();
    expect(historyByText(await translator('zh-CN'), 'wang', 'li')).toBe('由 wang 操作');
  });
});
