import AxeBuilder from '@axe-core/playwright';

import { aCase } from '../builders/cases';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';

const NOW = new Date('2026-03-02T02:00:00Z');

test('Ctrl+K finds a case three years back and a partner in Chinese, keyboard only', async ({ page, dataDir }) => {
  const app = await launchApp(page, dataDir, { now: () => NOW });
  const { partnerId } = await aSubscribedPartner(app.desk, { start: '2023-01-01', level: 'premier' }, { name: '华东云科技' });
  expectOk(await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2023-03-06T02:00:00Z', vendorRef: 'VR-2023-0042', customer: '深圳零售' })));
  await aSubscribedPartner(app.desk, { start: '2026-01-01' }, { name: 'Crane Works' });
  await page.reload();

  // From the navigation: the palette opens over any screen, and Escape gives the focus back.
  const partnersButton = page.getByRole('navigation').getByRole('button', { name: /^Partners/ });
  await partnersButton.focus();
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search across every year' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox', { name: 'Search partners, cases and bookings' });
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(partnersButton).toBeFocused();

  // A vendor reference three years back, typed in lower case: Enter opens the case's detail.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('vr-2023-0042');
  const option = palette.getByRole('option', { name: /VR-2023-0042/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expect(palette.getByRole('group', { name: /^Cases/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: 'Case of 华东云科技 VR-2023-0042' });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('深圳零售');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Chinese, a part of the name: the partner, then its page.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('东云');
  await expect(palette.getByRole('group', { name: /^Partners/ }).getByRole('option')).toHaveText([/华东云科技/]);
  // The only row: Down and Up wrap around to it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(palette.getByRole('option', { name: /华东云科技/ }).first()).toHaveAttribute('aria-selected', 'true');

  // Axe on the open palette with its results.
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '华东云科技' })).toBeVisible();
  await expect(palette).toBeHidden();

  // A text nothing holds says so.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('zzqx');
  await expect(palette.getByRole('status')).toHaveText('Nothing matches “zzqx” in any year.');
  await page.keyboard.press('Escape');
  expect(app.pageErrors).toEqual([]);
  await app.desk.close();
});

test('the Search button in the header opens the palette', async ({ page, dataDir }) => {
  const app = await launchApp(page, dataDir, { now: () => NOW });
  const button = page.locator('.app-header').getByRole('button', { name: /Search/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search across every year' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  expect(app.pageErrors).toEqual([]);
  await app.desk.close();
});
