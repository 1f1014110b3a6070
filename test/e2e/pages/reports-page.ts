import { expect, type Locator, type Page } from '@playwright/test';

/** The Reports view: the quota and billing summaries and their exports, by roles and names. */
export class ReportsPage {
  constructor(private readonly page: Page) {}

  async open(nav = 'Reports'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: nav, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: nav })).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Exports a summary from its button group and answers the path the status line names. */
  async export(groupName: string, format: `CSV: ${string}` | 'Excel' | 'PDF', saved = /^Saved to (.+)\.$/): Promise<string> {
    // The previous confirmation is dismissed first, so the one read is this export's.
    const dismiss = this.page.getByRole('status').getByRole('button');
    if (await dismiss.isVisible()) await dismiss.click();
    await this.page.getByRole('group', { name: groupName }).getByRole('button', { name: format, exact: true }).click();
    const status = this.page.getByRole('status').getByText(saved);
    await expect(status).toBeVisible();
    return saved.exec(await status.innerText())?.[1] ?? '';
  }

  async chooseRange(from: string, to: string, labels = { from: 'From', to: 'To' }): Promise<void> {
    await this.page.getByLabel(labels.from, { exact: true }).fill(from);
    await this.page.getByLabel(labels.to, { exact: true }).fill(to);
  }
}
