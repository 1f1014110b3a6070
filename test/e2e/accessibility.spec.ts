import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { en } from '@locales/en';
import type { Tree } from '@locales/merge-locale';
import { zhCN } from '@locales/zh-CN';

import { aReportPortfolio } from '../builders/report-portfolio';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';

const word = (strings: Tree, path: string): string => {
  const found = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], strings);
  if (typeof found !== 'string') throw new Error(`No text at ${path}.`);
  return found;
};

/**
 * WCAG 2.1 A and AA, as axe checks them: what a serious or critical violation is, it says. In dark
 * mode only the colours differ, so only the contrast is checked again.
 */
async function seriousViolations(page: Page, where: string, scheme: 'light' | 'dark'): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (scheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const NOW = new Date('2026-04-20T02:00:00Z');

/**
 * Every screen and the dialogs opened from them, in both languages, light and dark: no serious or
 * critical WCAG 2.1 AA violation that axe can find, a bad contrast in dark mode included.
 */
for (const [language, texts] of [
  ['en', en],
  ['zh-CN', zhCN],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`every screen and dialog passes axe in ${language}, ${scheme}`, async ({ page, dataDir }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const app = await launchApp(page, dataDir, { now: () => NOW });
      const ids = await aReportPortfolio(app.desk);
      expectOk(
        await app.desk.dispatch('cases/open', {
          partnerId: ids.lotus,
          kind: 'technical',
          category: 'product-error-or-fault',
          severity: 'system-exception',
          openedAt: '2026-04-19T02:00:00Z',
        }),
      );
      expectOk(await app.desk.dispatch('settings/update', { language }));
      await page.reload();
      const t = (path: string) => word(texts, path);
      const nav = page.getByRole('navigation');
      const found: string[] = [];
      const scan = async (where: string) => found.push(...(await seriousViolations(page, where, scheme)));
      const dialog = async (opener: string, where: string) => {
        await page.getByRole('button', { name: opener, exact: true }).first().click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await scan(where);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      };

      for (const view of ['partners', 'sla', 'quotas', 'bookings', 'reports', 'plans', 'proration', 'settings'] as const) {
        await nav.getByRole('button', { name: new RegExp(`^${t(`nav.${view}`)}`) }).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await scan(view);
        if (view === 'partners') await dialog(t('partners.new'), 'new partner');
        if (view === 'sla') {
          await dialog(t('cases.new'), 'new case');
          await dialog(t('caseImport.open'), 'import cases');
        }
        if (view === 'bookings') await dialog(t('bookings.new'), 'new booking');
      }
      await nav.getByRole('button', { name: new RegExp(`^${t('nav.partners')}`) }).click();
      await page.getByRole('button', { name: 'Lotus Digital', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Lotus Digital' })).toBeVisible();
      await scan('partner page');
      await dialog(t('partnerDetail.actions.change'), 'change level');

      expect(found).toEqual([]);
      await app.desk.close();
      expect(app.pageErrors).toEqual([]);
    });
  }
}
