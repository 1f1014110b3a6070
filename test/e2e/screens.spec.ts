import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { aPartner } from '../builders/partners';
import { expect, launchApp, test } from './harness';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

/** Every screen in both languages, saved for a look by eye, with the words each must show. */
for (const [language, words] of [
  ['en', { partners: 'Partners', settings: 'Settings', newPartner: 'New partner', nav: 'Main', changeLevel: 'Change level' }],
  ['zh-CN', { partners: '伙伴', settings: '设置', newPartner: '新建伙伴', nav: '主导航', changeLevel: '变更级别' }],
] as const) {
  test(`screens in ${language}`, async ({ app }) => {
    const { page, desk } = app;
    for (const name of ['Lotus Digital', 'Azure Bay Consulting', '华夏云科技']) {
      await desk.dispatch('partners/create', aPartner({ name, type: name === 'Azure Bay Consulting' ? 'reseller' : 'consulting' }));
    }
    await desk.dispatch('settings/update', { language });
    await page.reload();
    const nav = page.getByRole('navigation', { name: words.nav });
    await nav.getByRole('button', { name: words.partners }).click();
    await expect(page.getByRole('heading', { level: 1, name: words.partners })).toBeVisible();
    await expect(page.getByRole('cell', { name: '华夏云科技', exact: true })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `partners-${language}.png`) });
    await page.getByRole('button', { name: words.newPartner }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `partner-dialog-${language}.png`) });
    await page.keyboard.press('Escape');
    const lotus = (await desk.dispatch('partners/list', {})) as { ok: true; data: { id: string; name: string }[] };
    const partnerId = lotus.data.find((p) => p.name === 'Lotus Digital')!.id;
    await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard' } });
    await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'change', on: '2026-02-20', level: 'premier' } });
    await page.getByRole('button', { name: 'Lotus Digital', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lotus Digital' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `partner-detail-${language}.png`), fullPage: true });
    await page.getByRole('button', { name: words.changeLevel }).click();
    await page.getByRole('dialog').getByRole('textbox').first().fill('2026-03-10');
    await expect(page.getByRole('dialog').getByRole('note')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `change-quote-${language}.png`) });
    await page.keyboard.press('Escape');
    await nav.getByRole('button', { name: words.settings }).click();
    await expect(page.getByRole('heading', { level: 1, name: words.settings })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `settings-${language}.png`), fullPage: true });
  });
}

test('a damaged data file is reported on the first screen', async ({ page, dataDir }) => {
  await writeFile(join(dataDir, 'desk.json'), '{"schemaVersion":1,"settings":');
  const app = await launchApp(page, dataDir);
  await expect(page.getByRole('alert')).toContainText('The data file desk.json was damaged');
  await expect(page.getByRole('alert')).toContainText('no good backup was found');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(SHOTS, 'damaged-notice-dark.png') });
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('a desk.json gone missing is restored from the backup, and the first screen says so in Chinese too', async ({ page, dataDir }) => {
  // A first start makes the day's backup; then the file goes (a sync tool, a slip in a file manager).
  const first = await launchApp(page, dataDir);
  await first.desk.dispatch('partners/create', aPartner({ name: 'Lotus Digital' }));
  await first.desk.dispatch('settings/update', { language: 'zh-CN' });
  await first.desk.close();
  // Today's backup was taken before the partner existed; the next start takes one with it.
  await rm(join(dataDir, 'backups'), { recursive: true, force: true });
  const second = await launchApp(await page.context().newPage(), dataDir);
  await second.desk.store.backupDone;
  await second.desk.close();
  await rm(join(dataDir, 'desk.json'));
  const app = await launchApp(await page.context().newPage(), dataDir);
  await expect(app.page.getByRole('alert')).toContainText('数据文件 desk.json 不见了，已从');
  await app.page.getByRole('navigation').locator('[data-view="partners"]').click();
  await expect(app.page.getByRole('cell', { name: 'Lotus Digital', exact: true })).toBeVisible();
  await app.page.screenshot({ path: join(SHOTS, 'missing-notice-zh-CN.png') });
  await app.desk.close();
  expect([...first.pageErrors, ...second.pageErrors, ...app.pageErrors]).toEqual([]);
});
