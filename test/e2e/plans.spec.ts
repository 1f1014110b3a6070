import { join } from 'node:path';

import { aPartner } from '../builders/partners';
import { aSubscribedPartner } from '../builders/subscriptions';
import { expect, test } from './harness';
import { PlansPage } from './pages/plans-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

test('P1/P2: the catalog lists the three levels with their response targets', async ({ app }) => {
  const plans = new PlansPage(app.page);
  await plans.open();
  await expect(app.page.getByText('Catalog: Issue 04, 2022-01-06')).toBeVisible();
  await expect(app.page.getByRole('combobox', { name: 'Catalog edition' })).toHaveCount(0);
  for (const table of [plans.includedTable, plans.responseTable]) {
    await expect(table.getByRole('columnheader')).toHaveText([/./, 'Basic', 'Standard', 'Premier']);
  }
  const core = plans.row(plans.responseTable, 'Core production system unavailable');
  await expect(core.getByRole('cell')).toHaveText(['Cases have no severity: each is accepted within 1 working day', 'Not offered', '15 min']);
  await expect(plans.row(plans.responseTable, 'Production system exception').getByRole('cell')).toHaveText(['3 h', '3 h']);
  await expect(plans.row(plans.includedTable, 'Technical support').getByRole('cell')).toHaveText([
    'Not included',
    '30 cases a monthAdd-on packs of 10 cases',
    '24/7, unlimited cases',
  ]);
  await expect(plans.row(plans.includedTable, 'Designated TAM').getByRole('cell').last()).toHaveText('8/5: working days, 09:00–17:00 Beijing time');
});

test('partners are listed under their level today, and a name opens the partner', async ({ app }) => {
  await aSubscribedPartner(app.desk, { level: 'standard' }, { name: 'Lotus Digital' });
  await aSubscribedPartner(app.desk, { level: 'premier' }, { name: 'Azure Bay Consulting' });
  await app.desk.dispatch('partners/create', aPartner({ name: 'Birch Cloud' }));
  const plans = new PlansPage(app.page);
  await plans.open();
  await expect(plans.level('Standard').getByRole('button')).toHaveText(['Lotus Digital']);
  await expect(plans.level('Premier').getByRole('button')).toHaveText(['Azure Bay Consulting']);
  await expect(plans.level('Basic')).toContainText('No partner on this plan.');
  await expect(app.page.getByText('Partners without a plan: 1')).toBeVisible();
  await plans.level('Standard').getByRole('button', { name: 'Lotus Digital' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Lotus Digital' })).toBeVisible();
});

for (const [language, words] of [
  ['en', { nav: 'Plans', partners: 'Partners on each plan today' }],
  ['zh-CN', { nav: '计划', partners: '今天各计划的伙伴' }],
] as const) {
  test(`plans screen in ${language}`, async ({ app }) => {
    const { page, desk } = app;
    await aSubscribedPartner(desk, { level: 'standard' }, { name: 'Lotus Digital' });
    await aSubscribedPartner(desk, { level: 'premier' }, { name: '华夏云科技' });
    await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Cedar Systems' });
    await desk.dispatch('partners/create', aPartner({ name: 'Birch Cloud' }));
    await desk.dispatch('settings/update', { language });
    // The app scrolls inside its main area, so a tall window shows the whole view at once.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: words.nav }).click();
    await expect(page.getByRole('heading', { level: 2, name: words.partners })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `plans-${language}.png`), fullPage: true });
    if (language === 'en') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(SHOTS, 'plans-dark.png'), fullPage: true });
    }
  });
}
