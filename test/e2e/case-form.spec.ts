import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, test } from './harness';
import { CaseEntryPage } from './pages/case-entry-page';

test('the New case form says response targets as a manager does (8 h, not 480 min), its Kind choices level with their label', async ({ app }) => {
  const created = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Lotus Digital' })));
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: created.id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard' },
    }),
  );
  const form = new CaseEntryPage(app.page);
  await form.open('Lotus Digital');
  const severities = await form.dialog.getByLabel('Severity').locator('option').allInnerTexts();
  expect(severities).toContain('System exception (response within 8 h)');
  expect(severities).toContain('General guidance (response within 16 h)');
  expect(severities.join(' ')).not.toMatch(/\d{3} min/);

  const label = await form.dialog.getByText('Kind', { exact: true }).boundingBox();
  const choice = await form.dialog.getByRole('radiogroup', { name: 'Kind' }).getByText('Technical support').boundingBox();
  // The label's box starts at its padding, so the texts are compared by where they end.
  expect(label && choice && Math.abs(label.y + label.height - (choice.y + choice.height))).toBeLessThan(2);
  expect(app.pageErrors).toEqual([]);
});
