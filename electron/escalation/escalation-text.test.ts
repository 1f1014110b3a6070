import { describe, expect, it } from 'vitest';

import { weekdaysOnlyCalendar } from '@core/calendar';
import type { StoredCase } from '@main/store/records/cases';
import { aStoredCase } from '@test/builders/cases';

import { digestMessage } from './digest-text';
import { escalationFacts } from './escalation-facts';
import { escalationMessage } from './escalation-text';

const BERLIN = 'Europe/Berlin';
const BEIJING = 'Asia/Shanghai';

/** A Standard "production system unavailable" case of Azure Bay, opened Monday 2 March 2026 at 10:00 Beijing (target 30 min, C1/P2). */
const aCase = (overrides: Partial<StoredCase> = {}): StoredCase =>
  aStoredCase({ id: 'c-1', partnerId: 'p-1', customer: 'Shenzhen Retail Co.', vendorRef: 'VR-2041', severity: 'production-unavailable', ...overrides });

const message = (c: StoredCase, now: string, zone: string, partner = 'Azure Bay Consulting') =>
  escalationMessage(escalationFacts(c, partner, weekdaysOnlyCalendar, now), zone);

describe('escalation message', () => {
  it('C1/C2: a breached case says, in English then Chinese, when it was due in Beijing and Berlin time, how late it is and what the plan promises', () => {
    const text = message(aCase(), '2026-03-02T03:45:00Z', BERLIN);
    const [english, chinese] = text.split('\n\n');
    expect(english).toBe(
      [
        'ESCALATION: Azure Bay Consulting, breached',
        'Customer: Shenzhen Retail Co.',
        'Vendor reference: VR-2041',
        'Severity: Production system unavailable (Standard)',
        'Opened: 2026-03-02 10:00 Beijing time (2026-03-02 03:00 Europe/Berlin, UTC+01:00)',
        'Response due: 2026-03-02 10:30 Beijing time (2026-03-02 03:30 Europe/Berlin, UTC+01:00)',
        'Overdue by 1 h 15 min, no response yet.',
        'The Standard plan promises a response within 30 minutes for this severity (C1, P2).',
      ].join('\n'),
    );
    expect(chinese).toContain('【升级】Azure Bay Consulting：已超时');
    expect(chinese).toContain('严重级别：生产系统不可用（标准级）');
    expect(chinese).toContain('响应截止：北京时间 2026-03-02 10:30（Europe/Berlin, UTC+01:00 2026-03-02 03:30）');
    expect(chinese).toContain('已超时 1 小时 15 分钟，尚未响应。');
    expect(chinese).toContain('标准级计划承诺该严重级别在 30 分钟内响应');
  });

  it('T1: on a laptop in Beijing time the times are written once', () => {
    const text = message(aCase(), '2026-03-02T03:45:00Z', BEIJING);
    expect(text).toContain('Response due: 2026-03-02 10:30 Beijing time\n');
    expect(text).toContain('响应截止：北京时间 2026-03-02 10:30\n');
    expect(text).not.toContain('UTC');
  });

  it('T1: summer time in Berlin moves the laptop time, never the Beijing time', () => {
    const text = message(aCase({ openedAt: '2026-07-01T02:00:00Z' }), '2026-07-01T02:10:00Z', BERLIN);
    expect(text).toContain('Response due: 2026-07-01 10:30 Beijing time (2026-07-01 04:30 Europe/Berlin, UTC+02:00)');
  });

  it('C2: an at-risk case says how long is left', () => {
    // System exception: 8 h; at risk from 6 h (75 %).
    const text = message(aCase({ severity: 'system-exception' }), '2026-03-02T08:30:00Z', BERLIN);
    expect(text).toContain('ESCALATION: Azure Bay Consulting, at risk');
    expect(text).toContain('1 h 30 min left before the response is due.');
    expect(text).toContain('within 8 hours for this severity');
    expect(text).toContain('【升级】Azure Bay Consulting：即将超时');
    expect(text).toContain('距响应截止还有 1 小时 30 分钟。');
    expect(text).toContain('在 8 小时内响应');
  });

  it('a case still running can be copied: it says the time left', () => {
    const text = message(aCase(), '2026-03-02T02:05:00Z', BERLIN);
    expect(text).toContain('ESCALATION: Azure Bay Consulting, running');
    expect(text).toContain('25 min left before the response is due.');
  });

  it('P2/T5: a Basic case has no severity and promises acceptance within 1 working day', () => {
    // Opened Friday 6 March 2026, 15:00 Beijing: due Monday 9 March, 15:00 Beijing (T5).
    const basic = aCase({ level: 'basic', severity: null, kind: 'service', openedAt: '2026-03-06T07:00:00Z' });
    const text = message(basic, '2026-03-10T07:00:00Z', BERLIN);
    expect(text).toContain('Severity: none on Basic');
    expect(text).toContain('Response due: 2026-03-09 15:00 Beijing time (2026-03-09 08:00 Europe/Berlin, UTC+01:00)');
    expect(text).toContain('Overdue by 1 d 0 h, no response yet.');
    expect(text).toContain('The Basic plan promises acceptance within 1 working day');
    expect(text).toContain('严重级别：基础级无严重级别');
    expect(text).toContain('基础级计划承诺 1 个工作日内受理');
  });

  it('C3: a corrected case names both severities and says no response time is guaranteed; an answered one says it was late', () => {
    const corrected = aCase({ correctedSeverity: 'general-guidance', respondedAt: '2026-03-02T20:00:00Z', state: 'responded' });
    const text = message(corrected, '2026-03-03T02:00:00Z', BERLIN);
    expect(text).toContain('Severity: General guidance, corrected from Production system unavailable (Standard); no response time is guaranteed');
    // 16 h from 10:00 Beijing: due 02:00 the next day; answered at 04:00.
    expect(text).toContain('Response due: 2026-03-03 02:00 Beijing time');
    expect(text).toContain('Responded: 2026-03-03 04:00 Beijing time');
    expect(text).toContain('Answered 2 h 00 min late.');
  });

  it('leaves out a customer or a vendor reference that was not given', () => {
    const text = message(aCase({ customer: '', vendorRef: '' }), '2026-03-02T03:45:00Z', BERLIN);
    expect(text).not.toContain('Customer:');
    expect(text).not.toContain('Vendor reference:');
  });
});

describe('daily digest', () => {
  const now = '2026-03-02T03:45:00Z';
  const facts = (c: StoredCase, partner: string) => escalationFacts(c, partner, weekdaysOnlyCalendar, now);

  it('C2: groups the cases by partner, A to Z, with the counts, in English then Chinese', () => {
    const cases = [
      facts(aCase({ id: 'a', vendorRef: 'VR-1' }), 'Zhuhai Cloud'),
      facts(aCase({ id: 'b', vendorRef: 'VR-2', severity: 'system-exception', openedAt: '2026-03-01T21:00:00Z' }), 'Azure Bay Consulting'),
      facts(aCase({ id: 'c', vendorRef: 'VR-3' }), 'Zhuhai Cloud'),
    ];
    const text = digestMessage({ today: '2026-03-02', cases }, BERLIN);
    const [english, chinese] = text.split('\n\n----\n\n');
    expect(english).toContain('SLA DAILY DIGEST 2026-03-02 (Beijing time): 2 breached, 1 at risk');
    expect(english!.indexOf('Azure Bay Consulting (1)')).toBeLessThan(english!.indexOf('Zhuhai Cloud (2)'));
    expect(english).toContain(
      '- breached: Shenzhen Retail Co., ref VR-1, Production system unavailable; due 2026-03-02 10:30 Beijing time (2026-03-02 03:30 Europe/Berlin, UTC+01:00); overdue by 1 h 15 min',
    );
    expect(english).toContain('- at risk: Shenzhen Retail Co., ref VR-2, System exception; due 2026-03-02 13:00 Beijing time');
    expect(english).toContain('; 1 h 15 min left');
    expect(chinese).toContain('SLA 每日摘要 2026-03-02（北京时间）：已超时 2 个，即将超时 1 个');
    expect(chinese).toContain('Zhuhai Cloud（2）');
  });

  it('says so when nothing is late', () => {
    const text = digestMessage({ today: '2026-03-02', cases: [] }, BEIJING);
    expect(text).toContain('SLA DAILY DIGEST 2026-03-02 (Beijing time): 0 breached, 0 at risk\nNo case is breached or at risk.');
    expect(text).toContain('没有已超时或即将超时的工单。');
  });
});
