import { join } from 'node:path';

import type { SampleStatus } from '@main/ipc/contract';

import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { PartnersPage } from './pages/partners-page';
import { SamplePage } from './pages/sample-page';
import { SlaPage } from './pages/sla-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');
// Monday 2 March 2026, 10:00 Beijing: main's clock and the page's agree.
const NOW = new Date('2026-03-02T02:00:00Z');

test('explores the sample from the empty first screen, see its clocks, then remove it', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  const partners = new PartnersPage(page);
  const sample = new SamplePage(page);
  await expect(page.getByText('No partners yet.')).toBeVisible();
  await expect(sample.offer).toContainText('made-up portfolio of 12 partners');
  await sample.load();
  await expect(page.getByRole('status').filter({ hasText: 'Sample data loaded' })).toBeVisible();
  await expect(partners.table.locator('tbody tr')).toHaveCount(12);
  await expect(sample.offer).toBeHidden();
  const status = expectOk<SampleStatus>(await app.desk.dispatch('sample/status', {}));
  expect(status.sample).toMatchObject({ partners: 12, until: '2026-03-02' });

  // The banner is on every screen; the SLA board shows the sample's open cases ticking.
  const sla = new SlaPage(page);
  await sla.open();
  await expect(sample.banner).toBeVisible();
  await expect(sla.table.locator('tbody tr').first()).toBeVisible();
  for (const state of ['Running', 'At risk', 'Breached']) await expect(sla.table.getByText(state, { exact: true }).first()).toBeVisible();

  await sample.remove();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.getByText('No partners yet.')).toBeVisible();
  await expect(sample.offer).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Sample data removed.' })).toBeVisible();
  await sla.open();
  await expect(sla.table.locator('tbody tr')).toHaveCount(0);
  expect(app.desk.store.collection('cases').size).toBe(0);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

for (const [language, words] of [
  ['en', { offer: 'Explore with sample data', banner: 'Sample data' }],
  ['zh-CN', { offer: '用示例数据体验', banner: '示例数据' }],
] as const) {
  test(`the sample's offer and banner in ${language}`, async ({ page, dataDir }) => {
    await page.clock.setFixedTime(NOW);
    const app = await launchApp(page, dataDir, { now: () => NOW });
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    const offer = page.getByRole('region', { name: words.offer });
    await expect(offer.getByRole('button', { name: words.offer })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `sample-offer-${language}.png`) });
    await offer.getByRole('button', { name: words.offer }).click();
    const banner = page.getByRole('region', { name: words.banner, exact: true });
    await expect(banner).toBeVisible();
    await expect(page.locator('tbody tr')).toHaveCount(12);
    await page.screenshot({ path: join(SHOTS, `sample-${language}.png`) });
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
}
