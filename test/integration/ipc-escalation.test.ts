import { describe, expect } from 'vitest';

import type { CaseRecordStored } from '@main/ipc/contract';
import type { EscalationDigest, EscalationMessage } from '@main/ipc/contract/escalation';

import { aCase } from '../builders/cases';
import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// Monday 2 March 2026, 11:15 Beijing.
deskTest.override({ now: '2026-03-02T03:15:00Z' });

/** The laptop's zone as main sees it (the suite also runs under TZ=Europe/Berlin). */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const inBeijing = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).format(0).endsWith('GMT+08:00');

describe('escalation through IPC', () => {
  deskTest('C1/C2/T1: a breached case is written with its due time in Beijing time and the laptop zone, how late it is and the target', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Azure Bay Consulting' });
    // Production system unavailable at 10:00 Beijing on Standard: due 10:30 (30 min, P2).
    const opened = expectOk<CaseRecordStored>(
      await desk.dispatch('cases/open', aCase(partnerId, { severity: 'production-unavailable', vendorRef: 'VR-2041', openedAt: '2026-03-02T02:00:00Z' })),
    );
    const answer = expectOk<EscalationMessage>(await desk.dispatch('escalation/case', { caseId: opened.id }));
    expect(answer).toMatchObject({ partnerName: 'Azure Bay Consulting', clockStatus: 'breached' });
    expect(answer.text).toContain('ESCALATION: Azure Bay Consulting, breached');
    expect(answer.text).toContain('Vendor reference: VR-2041');
    expect(answer.text).toContain('Response due: 2026-03-02 10:30 Beijing time');
    expect(answer.text).toContain('Overdue by 45 min, no response yet.');
    expect(answer.text).toContain('within 30 minutes');
    expect(answer.text).toContain('响应截止：北京时间 2026-03-02 10:30');
    // T1: the laptop's time beside it, unless the laptop is on Beijing time.
    if (!inBeijing) expect(answer.text).toContain(`Response due: 2026-03-02 10:30 Beijing time (2026-03-02 `);
    if (zone === 'Europe/Berlin') expect(answer.text).toContain('(2026-03-02 03:30 Europe/Berlin, UTC+01:00)');
  });

  deskTest('a case not late is copied too, with the time left', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk);
    const opened = expectOk<CaseRecordStored>(
      await desk.dispatch('cases/open', aCase(partnerId, { severity: 'general-guidance', openedAt: '2026-03-02T03:00:00Z' })),
    );
    const answer = expectOk<EscalationMessage>(await desk.dispatch('escalation/case', { caseId: opened.id }));
    expect(answer.clockStatus).toBe('running');
    expect(answer.text).toContain('15 h 45 min left before the response is due.');
  });

  deskTest('an unknown case is refused in a sentence', async ({ desk }) => {
    const answer = await desk.dispatch('escalation/case', { caseId: 'nope' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  deskTest('C2/C3: the digest lists the breached and at-risk cases by partner, not those running, answered or not guaranteed', async ({ desk }) => {
    const azure = (await aSubscribedPartner(desk, {}, { name: 'Azure Bay Consulting' })).partnerId;
    const zhuhai = (await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Zhuhai Cloud' })).partnerId;
    const open = async (partnerId: string, fields: Record<string, unknown>) =>
      expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, fields)));
    // Breached: due 10:30 Beijing.
    await open(azure, { severity: 'production-unavailable', vendorRef: 'AZ-1', openedAt: '2026-03-02T02:00:00Z' });
    // At risk: 3 h from 09:00 Beijing, at risk from 11:15.
    await open(zhuhai, { severity: 'production-exception', vendorRef: 'ZH-1', openedAt: '2026-03-02T01:00:00Z' });
    // Running: 16 h from 11:00.
    await open(zhuhai, { severity: 'general-guidance', vendorRef: 'ZH-2', openedAt: '2026-03-02T03:00:00Z' });
    // Answered late: not on the digest.
    const answered = await open(azure, { severity: 'production-unavailable', vendorRef: 'AZ-2', openedAt: '2026-03-02T01:00:00Z' });
    expectOk(await desk.dispatch('cases/update', { id: answered.id, change: { action: 'respond', respondedAt: '2026-03-02T03:00:00Z' } }));
    // Corrected (C3): no guaranteed response time, so no escalation in the digest.
    const corrected = await open(azure, { severity: 'production-unavailable', vendorRef: 'AZ-3', openedAt: '2026-03-02T01:30:00Z' });
    expectOk(
      await desk.dispatch('cases/update', { id: corrected.id, change: { action: 'correct-severity', severity: 'production-exception', reason: 'Over-rated' } }),
    );

    const digest = expectOk<EscalationDigest>(await desk.dispatch('escalation/digest', {}));
    expect(digest).toMatchObject({ today: '2026-03-02', breached: 1, atRisk: 1 });
    const [english, chinese] = digest.text.split('\n\n----\n\n');
    expect(english).toContain('SLA DAILY DIGEST 2026-03-02 (Beijing time): 1 breached, 1 at risk');
    expect(english).toMatch(/Azure Bay Consulting \(1\)\n- breached: Shenzhen Retail Co\., ref AZ-1, .*overdue by 45 min/);
    expect(english).toMatch(/Zhuhai Cloud \(1\)\n- at risk: Shenzhen Retail Co\., ref ZH-1, .*45 min left/);
    for (const ref of ['ZH-2', 'AZ-2', 'AZ-3']) expect(digest.text).not.toContain(ref);
    expect(chinese).toContain('已超时 1 个，即将超时 1 个');
  });
});
