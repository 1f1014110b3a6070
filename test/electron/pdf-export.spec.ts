import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';

import { ReportsPage } from '../e2e/pages/reports-page';
import { DeskWindow } from './desk-window';
import { expect, test } from './electron-app';
import { stubSaveDialog } from './main-stubs';

const run = promisify(execFile);

test('the quota summary saves as a PDF through the save dialog, holding just that summary', async ({ launch }, testInfo) => {
  const { app, window } = await launch();
  const desk = new DeskWindow(window);
  // A Premier partner since the 1st of this month: a row in this month's quota summary.
  const partner = await desk.invoke('partners/create', { name: 'Lotus Digital', type: 'consulting' });
  const start = `${new Date().toISOString().slice(0, 7)}-01`;
  await desk.invoke('subscriptions/apply', { partnerId: partner.id, request: { action: 'subscribe', start, billing: 'yearly', level: 'premier' } });
  const file = testInfo.outputPath('report.pdf');
  await stubSaveDialog(app, file);

  const reports = new ReportsPage(window);
  await reports.open();
  await expect(reports.section('Quota summary').getByRole('rowheader', { name: 'Lotus Digital' })).toBeVisible();
  expect(await reports.export('Export Quota summary', 'PDF')).toBe(file);
  await expect.poll(async () => (await stat(file).catch(() => null))?.size ?? 0).toBeGreaterThan(0);

  const text = (await run('pdftotext', [file, '-'])).stdout;
  expect(text).toContain('Quota summary');
  expect(text).toContain('Whole portfolio');
  expect(text).toContain('Lotus Digital');
  expect(text).not.toContain('Billing summary');
});
