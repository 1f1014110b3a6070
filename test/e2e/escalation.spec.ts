import { join } from 'node:path';

import type { Desk } from '@main/desk';
import type { CaseRecordStored } from '@main/ipc/contract';

import { aCase } from '../builders/cases';
import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { SlaPage } from './pages/sla-page';

/** Screenshots to look at, beside the other helpers'. */
const SHOTS = process.env.PSD_SHOTS_DIR ?? join(process.cwd(), 'test-results', 'screens');

// Monday 2 March 2026, 10:40 Beijing.
const NOW = new Date('2026-03-02T02:40:00Z');

async function partnerOn(desk: Desk, name: string, level: 'standard' | 'premier'): Promise<string> {
  const { id } = expectOk<{ id: string }>(await desk.dispatch('partners/create', aPartner({ name })));
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId: id, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level } }));
  return id;
}

/** A breached Premier case (due 10:15 Beijing), an at-risk Standard one and one still running. */
async function aMorning(desk: Desk): Promise<void> {
  const azure = await partnerOn(desk, 'Azure Bay Consulting', 'premier');
  const lotus = await partnerOn(desk, 'Lotus Digital', 'standard');
  const open = async (partnerId: string, fields: Record<string, unknown>) =>
    expectOk<CaseRecordStored>(await desk.dispatch('cases/open', aCase(partnerId, fields)));
  await open(azure, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable', vendorRef: 'VC-1001', customer: 'Shenzhen Retail Co.' });
  // 3 h from 08:00 Beijing: at risk from 10:15.
  await open(lotus, { openedAt: '2026-03-02T00:00:00Z', severity: 'production-exception', vendorRef: 'LD-7' });
  await open(lotus, { openedAt: '2026-03-02T02:30:00Z', severity: 'general-guidance', vendorRef: 'LD-8' });
}

test('a breached row copies its escalation from the board without opening the case; rows not breached have no such button', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  await aMorning(app.desk);
  const sla = new SlaPage(page);
  await sla.open();
  const escalate = sla.row('Azure Bay Consulting').getByRole('button', { name: 'Copy the escalation of Azure Bay Consulting VC-1001' });
  await escalate.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Escalation of Azure Bay Consulting copied' })).toBeVisible();
  await expect(sla.dialog).toHaveCount(0);
  expect(app.services.copied).toHaveLength(1);
  expect(app.services.copied[0]).toContain('Response due: 2026-03-02 10:15 Beijing time');
  // At risk and running: escalated from their dialog or the digest, not from the row.
  await expect(page.locator('tbody tr').getByRole('button', { name: /^Copy the escalation/ })).toHaveCount(1);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('C1/T1: an escalation copied from a breached case holds its due time in Beijing time, and the digest lists the late cases', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  await aMorning(app.desk);
  const sla = new SlaPage(page);
  await sla.open();

  // Keyboard: the row's button opens the case; the dialog's Copy escalation is a button like the others.
  await sla.openCaseButton('Azure Bay Consulting').focus();
  await page.keyboard.press('Enter');
  const copy = sla.dialog.getByRole('button', { name: 'Copy escalation' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Escalation of Azure Bay Consulting copied' })).toBeVisible();
  expect(app.services.copied).toHaveLength(1);
  const text = app.services.copied[0]!;
  expect(text).toContain('ESCALATION: Azure Bay Consulting, breached');
  expect(text).toContain('Customer: Shenzhen Retail Co.');
  expect(text).toContain('Vendor reference: VC-1001');
  expect(text).toContain('Severity: Core production system unavailable (Premier)');
  expect(text).toContain('Response due: 2026-03-02 10:15 Beijing time');
  expect(text).toContain('Overdue by 25 min, no response yet.');
  expect(text).toContain('within 15 minutes');
  expect(text).toContain('响应截止：北京时间 2026-03-02 10:15');
  await page.keyboard.press('Escape');
  await expect(sla.dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy daily digest' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Daily digest copied: 2 cases breached or at risk.' })).toBeVisible();
  const digest = app.services.copied[1]!;
  expect(digest).toContain('SLA DAILY DIGEST 2026-03-02 (Beijing time): 1 breached, 1 at risk');
  expect(digest).toMatch(/Azure Bay Consulting \(1\)\n- breached: Shenzhen Retail Co\., ref VC-1001, .*due 2026-03-02 10:15 Beijing time/);
  expect(digest).toMatch(/Lotus Digital \(1\)\n- at risk: .*ref LD-7/);
  expect(digest).not.toContain('LD-8');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the SLA toolbar and the case dialog with their escalation buttons in ${language}`, async ({ page, dataDir }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.clock.setFixedTime(NOW);
    const app = await launchApp(page, dataDir, { now: () => NOW });
    await aMorning(app.desk);
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: language === 'en' ? /^SLA clocks/ : /^SLA 时钟/ })
      .click();
    const scroller = page.locator('.sla-scroll');
    await expect(scroller.locator('tbody tr')).toHaveCount(3);
    const digest = page.getByRole('button', { name: language === 'en' ? 'Copy daily digest' : '复制今日摘要' });
    // The board still fits 1280 px (and 17 px less, beside a classic scroll bar), the filters and the button on one line.
    for (const width of [1263, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expect(digest).toBeInViewport({ ratio: 1 });
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), `horizontal overflow at ${width} px`).toBe(0);
      const tops = await page
        .locator('.sla-view .toolbar')
        .locator('select, button')
        .evaluateAll((all) => all.map((el) => el.getBoundingClientRect().bottom));
      expect(Math.max(...tops) - Math.min(...tops), 'the filters and the digest button on one line').toBeLessThan(6);
    }
    await page.screenshot({ path: join(SHOTS, `sla-toolbar-${language}.png`) });
    await digest.click();
    await expect.poll(() => app.services.copied.length).toBe(1);
    expect(app.services.copied[0]).toContain('2026-03-02');
    await scroller.locator('tbody tr').first().click();
    const copy = page.getByRole('dialog').getByRole('button', { name: language === 'en' ? 'Copy escalation' : '复制升级消息' });
    await expect(copy).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-dialog-escalation-${language}.png`) });
    await copy.click();
    await expect.poll(() => app.services.copied.length).toBe(2);
    expect(app.services.copied[1]).toContain('北京时间 2026-03-02 10:15');
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
}
