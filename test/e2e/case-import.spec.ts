import { join } from 'node:path';

import type { CaseRecordStored } from '@main/ipc/contract';

import { caseCsv, gbkBytes } from '../builders/case-csv';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { CaseEntryPage } from './pages/case-entry-page';
import { CASE_IMPORT_WORDS, CaseImportPage } from './pages/case-import-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

/** Four good rows and two bad ones: a partner not in the list, and a technical case on Basic (P3). */
const FILE = caseCsv([
  { vendorRef: 'VC-1', openedAt: '2026-03-02 10:00' },
  { partner: 'Nobody Ltd', vendorRef: 'VC-2' },
  { partner: 'Birch Basic', severity: '', vendorRef: 'VC-3' },
  { partner: 'Birch Basic', kind: 'service', category: 'Accounting dispute', severity: '', vendorRef: 'VC-4' },
  { vendorRef: 'VC-5', kind: '技术', severity: 'General guidance', openedAt: '2026-03-03T09:00:00+08:00' },
  { vendorRef: 'VC-6', category: 'service-unavailable', openedAt: '2026-04-01 08:00' },
]);

test('import a CSV with two bad rows', async ({ app }) => {
  await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
  await aSubscribedPartner(app.desk, { level: 'basic' }, { name: 'Birch Basic' });
  const importer = new CaseImportPage(app.page);
  await importer.open();
  // T1: times without an offset are Beijing time unless the user says otherwise.
  await expect(importer.timesChoice('Beijing time (UTC+8)')).toBeChecked();
  await importer.chooseCsv(FILE);
  await expect(importer.readNote).toHaveText('Read as UTF-8. Times without an offset were read as Beijing time (UTC+8).');
  await expect(importer.openedAtHeader).toHaveText('Opened (Beijing time)');

  await expect(importer.dialog.getByText('4 of 6 rows will be imported; 2 will be skipped.')).toBeVisible();
  await expect(importer.row(3)).toContainText('Invalid');
  await expect(importer.row(3)).toContainText('No partner named Nobody Ltd is in your list.');
  await expect(importer.row(4)).toContainText('Invalid');
  await expect(importer.row(4)).toContainText('Basic includes service support only. Technical cases need Standard or Premier.');
  await expect(importer.row(2)).toContainText('OK');
  await expect(importer.row(6)).toContainText('2026-03-03 09:00');
  // Nothing is stored by the preview.
  expect(await app.desk.dispatch('cases/list', {})).toEqual({ ok: true, data: [] });

  await importer.dialog.getByRole('button', { name: 'Import 4 cases' }).click();
  await expect(importer.dialog.getByRole('status')).toHaveText('4 cases were imported; 2 rows were skipped.');
  await expect(importer.row(2)).toContainText('Imported');
  const stored = expectOk<CaseRecordStored[]>(await app.desk.dispatch('cases/list', {}));
  expect(stored.map((c) => c.vendorRef).sort()).toEqual(['VC-1', 'VC-4', 'VC-5', 'VC-6']);

  await app.page.keyboard.press('Escape');
  await expect(importer.dialog).toHaveCount(0);
  await expect(app.page.getByRole('status').filter({ hasText: 'cases were imported' })).toContainText('4 cases were imported');
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the import preview in ${language}, with a row over quota`, async ({ app }) => {
    await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
    await aSubscribedPartner(app.desk, { level: 'basic' }, { name: 'Birch Basic' });
    const month = Array.from({ length: 30 }, (_, i) => ({ vendorRef: `OLD-${i}`, openedAt: `2026-03-${String(1 + (i % 28)).padStart(2, '0')} 09:00` }));
    expect(expectOk<{ stored: number }>(await app.desk.dispatch('cases/import', { csv: caseCsv(month) })).stored).toBe(30);
    await app.desk.dispatch('settings/update', { language });
    await app.page.reload();

    const importer = new CaseImportPage(app.page, CASE_IMPORT_WORDS[language]);
    await importer.open();
    await importer.chooseCsv(FILE);
    // Q3: March is full, so the technical rows there are over quota; April's starts again.
    await expect(importer.row(2)).toContainText(language === 'en' ? 'Over quota' : '超出配额');
    await expect(importer.row(7)).toContainText(language === 'en' ? 'OK' : '可导入');
    await app.page.screenshot({ path: join(SHOTS, `case-import-${language}.png`) });
  });
}

test('a row without a vendor reference that is already stored is skipped, and the preview says why', async ({ app }) => {
  await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
  const file = caseCsv([
    { customer: 'Harbour Bank', notes: 'SSO fails' },
    { customer: 'Harbour Bank', notes: 'SSO fails', openedAt: '2026-03-02 11:00' },
  ]);
  expect(
    expectOk<{ stored: number }>(await app.desk.dispatch('cases/import', { csv: caseCsv([{ customer: 'Harbour Bank', notes: 'SSO fails' }]) })).stored,
  ).toBe(1);
  const importer = new CaseImportPage(app.page);
  await importer.open();
  await importer.chooseCsv(file);
  await expect(importer.dialog.getByText('1 of 2 rows will be imported; 1 will be skipped.')).toBeVisible();
  await expect(importer.row(2)).toContainText('Invalid');
  await expect(importer.row(2)).toContainText(
    'Already stored: a case of this partner opened at the same time with the same customer, kind, category, severity and notes.',
  );
  await expect(importer.row(3)).toContainText('OK');
});

test('a long file is shown 500 rows at a time, or only the rows that will be skipped', async ({ app }) => {
  await aSubscribedPartner(app.desk, { level: 'premier' }, { name: 'Lotus Digital' });
  const rows = Array.from({ length: 620 }, (_, i) => ({
    severity: 'general-guidance',
    vendorRef: `VC-${i}`,
    ...(i % 100 === 7 ? { partner: 'Nobody Ltd' } : {}),
  }));
  const importer = new CaseImportPage(app.page);
  await importer.open();
  await importer.chooseCsv(caseCsv(rows));
  await expect(importer.dialog.getByText('613 of 620 rows will be imported; 7 will be skipped.')).toBeVisible();
  await expect(importer.table.getByRole('row')).toHaveCount(501);
  await expect(importer.dialog.getByText('Showing the first 500 of 620 rows.')).toBeVisible();
  await importer.table.getByRole('row').last().scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: join(SHOTS, 'case-import-long-file-en.png') });
  await importer.dialog.getByRole('button', { name: 'Show 120 more rows' }).click();
  await expect(importer.row(621)).toContainText('OK');
  await expect(importer.dialog.getByRole('button', { name: /more rows/ })).toHaveCount(0);
  await importer.dialog.getByLabel('Only the rows that will be skipped').check();
  await expect(importer.table.getByRole('row')).toHaveCount(8);
  await expect(importer.row(609)).toContainText('No partner named Nobody Ltd is in your list.');
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`while main works through a file the dialog shows how far it got, in ${language}`, async ({ app }) => {
    await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
    await app.desk.dispatch('settings/update', { language });
    await app.page.reload();
    // The preview is held in main until the test has seen the progress pushed meanwhile.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const dispatch = app.desk.dispatch;
    app.desk.dispatch = async (channel, request) => {
      if (channel === 'cases/import-preview') await held;
      return dispatch(channel, request);
    };
    const importer = new CaseImportPage(app.page, CASE_IMPORT_WORDS[language]);
    await importer.open();
    await importer.pickCsv(FILE);
    // The preview is under way (the file can no longer be changed): pushes now are shown.
    await expect(importer.fileInput).toBeDisabled();
    app.services.emit('cases/import-progress', { phase: 'reading', done: 1_150_000, total: 4_600_000 });
    await expect(importer.progress).toHaveAccessibleName(language === 'en' ? 'Reading the file: 25%' : '正在读取文件：25%');
    app.services.emit('cases/import-progress', { phase: 'checking', done: 12_000, total: 50_000 });
    await expect(importer.progress).toHaveAccessibleName(language === 'en' ? 'Checking rows: 12,000 of 50,000' : '正在检查行：第 12,000 行，共 50,000 行');
    await expect(importer.progress).toHaveJSProperty('value', 12_000);
    await expect(importer.progress).toHaveJSProperty('max', 50_000);
    await app.page.screenshot({ path: join(SHOTS, `case-import-progress-${language}.png`) });

    release();
    await expect(importer.table).toBeVisible();
    await expect(importer.progress).toHaveCount(0);
    // A push that arrives after the answer is stale: nothing shows.
    app.services.emit('cases/import-progress', { phase: 'checking', done: 6, total: 6 });
    await expect(importer.row(2)).toBeVisible();
    await expect(importer.progress).toHaveCount(0);
  });
}

/** Chinese headers, kinds, categories and severities, as a manager types them in Excel on Chinese Windows. */
const CHINESE_FILE = caseCsv(
  [
    { partner: '华夏云科技', kind: '技术支持', category: '云产品错误或故障', severity: '系统异常', vendorRef: 'GBK-1', notes: '登录失败' },
    { partner: '华夏云科技', kind: '服务', category: '账务争议', severity: '一般性指导', vendorRef: 'GBK-2' },
    { partner: '华夏云科技', kind: '技术', category: '影响多用户的区域性问题', severity: '生产系统异常', vendorRef: 'GBK-3' },
  ],
  ['伙伴', '客户', '类型', '类别', '严重级别', '创建时间', '工单号', '备注'],
);

for (const language of ['en', 'zh-CN'] as const) {
  test(`a GBK file saved by Excel on Chinese Windows, with Chinese headers and categories, imports (${language})`, async ({ app }) => {
    await aSubscribedPartner(app.desk, {}, { name: '华夏云科技' });
    await app.desk.dispatch('settings/update', { language });
    await app.page.reload();
    const importer = new CaseImportPage(app.page, CASE_IMPORT_WORDS[language]);
    await importer.open();
    await importer.chooseCsv(gbkBytes(CHINESE_FILE));
    await expect(importer.readNote).toHaveText(
      language === 'en'
        ? 'Read as GB18030, the Chinese encoding Excel saves in on Chinese Windows. Times without an offset were read as Beijing time (UTC+8).'
        : '已按 GB18030 编码读取（简体中文 Windows 上 Excel 保存 CSV 所用的编码）。不带时区偏移的时间已按北京时间（UTC+8）读取。',
    );
    await expect(
      importer.dialog.getByText(language === 'en' ? '3 of 3 rows will be imported; 0 will be skipped.' : '共 3 行，将导入 3 行，跳过 0 行。'),
    ).toBeVisible();
    // The preview names each category as the New case form does.
    await expect(importer.row(2)).toContainText(language === 'en' ? 'Error or fault of a cloud product' : '云产品错误或故障');
    await expect(importer.row(4)).toContainText(language === 'en' ? 'Regional problem affecting many users' : '影响多用户的区域性问题');
    await app.page.screenshot({ path: join(SHOTS, `case-import-gbk-${language}.png`) });

    await importer.dialog.getByRole('button', { name: language === 'en' ? 'Import 3 cases' : '导入 3 个工单' }).click();
    await expect(importer.row(2)).toContainText(language === 'en' ? 'Imported' : '已导入');
    const stored = expectOk<CaseRecordStored[]>(await app.desk.dispatch('cases/list', {}));
    expect(stored.map((c) => [c.vendorRef, c.kind, c.category, c.severity, c.notes])).toEqual([
      ['GBK-1', 'technical', 'product-error-or-fault', 'system-exception', '登录失败'],
      ['GBK-2', 'service', 'accounting-dispute', 'general-guidance', ''],
      ['GBK-3', 'technical', 'regional-multi-user-problem', 'production-exception', ''],
    ]);
  });
}

test("P4: a category reads by the New case form's name, the product description's, the earlier preview's and the id, and the preview shows the form's", async ({
  app,
}) => {
  await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
  const names = [
    'Error or fault of a cloud product',
    'Errors and faults of HUAWEI CLOUD products',
    ' product ERROR or fault ',
    'product-error-or-fault',
    '云产品错误或故障',
  ];
  const importer = new CaseImportPage(app.page);
  await importer.open();
  await importer.chooseCsv(caseCsv(names.map((category, i) => ({ category, vendorRef: `VC-${i}` }))));
  await expect(importer.dialog.getByText('5 of 5 rows will be imported; 0 will be skipped.')).toBeVisible();
  for (let line = 2; line <= 6; line += 1) await expect(importer.row(line).getByRole('cell').nth(5)).toHaveText('Error or fault of a cloud product');
});

test.describe('on a laptop in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test("T1: the import reads times without an offset as this computer's time when chosen, and says so", async ({ app }) => {
    await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
    const file = caseCsv([
      { vendorRef: 'VC-1', openedAt: '2026-03-02 10:00' },
      { vendorRef: 'VC-2', openedAt: '2026-03-03T10:00+08:00' },
    ]);
    const importer = new CaseImportPage(app.page);
    await importer.open();
    await importer.chooseCsv(file);
    await expect(importer.row(2)).toContainText('2026-03-02 10:00');

    await importer.timesChoice("This computer's time (Europe/Berlin)").check();
    await expect(importer.readNote).toHaveText("Read as UTF-8. Times without an offset were read as this computer's time (Europe/Berlin).");
    await expect(importer.openedAtHeader).toHaveText('Opened (Europe/Berlin)');
    await expect(importer.row(2)).toContainText('2026-03-02 10:00');
    // An offset is honoured whatever the choice: 10:00 in Beijing is 03:00 in Berlin.
    await expect(importer.row(3)).toContainText('2026-03-03 03:00');
    await app.page.screenshot({ path: join(SHOTS, 'case-import-zone-en.png') });

    await importer.dialog.getByRole('button', { name: 'Import 2 cases' }).click();
    await expect(importer.row(2)).toContainText('Imported');
    const stored = expectOk<CaseRecordStored[]>(await app.desk.dispatch('cases/list', {}));
    expect(stored.map((c) => [c.vendorRef, c.openedAt])).toEqual([
      ['VC-1', '2026-03-02T09:00:00Z'],
      ['VC-2', '2026-03-03T02:00:00Z'],
    ]);
  });

  test('T1: the New case form says which zone "Opened at" is in, offers Beijing time, and stores the exact instant', async ({ page, dataDir }) => {
    // The page's clock and main's agree: 2 March 2026, 10:00 Beijing.
    await page.clock.setFixedTime(new Date('2026-03-02T02:00:00Z'));
    const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:00:00Z') });
    await aSubscribedPartner(app.desk, {}, { name: 'Lotus Digital' });
    const form = new CaseEntryPage(page);
    await form.open('Lotus Digital');
    await expect(form.zone("This computer's time (Europe/Berlin)")).toBeChecked();
    await expect(form.openedAt).toHaveValue('2026-03-02');
    await expect(form.openedAtTime).toHaveValue('03:00');
    await form.fillOpenedAt('2026-03-01', '10:00');
    await expect(form.zoneNote).toHaveText("Read as this computer's time (Europe/Berlin): 2026-03-01 17:00 in Beijing.");
    await expect(form.openedAt).toHaveAccessibleDescription(/this computer's time \(Europe\/Berlin\)/);

    // Beijing time keeps the moment: the digits change.
    await form.zone('Beijing time (UTC+8)').check();
    await expect(form.openedAt).toHaveValue('2026-03-01');
    await expect(form.openedAtTime).toHaveValue('17:00');
    await expect(form.zoneNote).toHaveText('Read as Beijing time: 2026-03-01 10:00 on this computer (Europe/Berlin).');
    await form.fillOpenedAt('2026-03-01', '18:30');
    await page.screenshot({ path: join(SHOTS, 'case-entry-zone-en.png') });
    await form.dialog.getByLabel('Severity', { exact: true }).selectOption('system-exception');
    await form.dialog.getByRole('button', { name: 'Log case' }).click();
    await expect(form.dialog).toHaveCount(0);
    const stored = expectOk<CaseRecordStored[]>(await app.desk.dispatch('cases/list', {}));
    expect(stored.map((c) => c.openedAt)).toEqual(['2026-03-01T10:30:00Z']);
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
});
