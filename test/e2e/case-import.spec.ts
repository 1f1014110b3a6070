import { join } from 'node:path';
import type { CaseRecordStored } from '../../electron/ipc/contract';
import { caseCsv } from '../builders/case-csv';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { expect, test } from './harness';
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
  await expect(importer.dialog).toContainText('Times without an offset are Beijing time.');
  await importer.chooseCsv(FILE);

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
