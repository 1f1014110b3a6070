import { expect, type Locator, type Page } from '@playwright/test';

/** The SLA clocks view and its case dialogs, as a manager uses them. */
export class SlaPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^SLA clocks/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'SLA clocks' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'SLA clocks' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The board's scroll region (only the rows in view are in the page). */
  get scroller(): Locator {
    return this.page.getByRole('region', { name: 'Open cases, scrollable' });
  }

  /** The board's row for a partner (and customer), by what the manager reads. */
  row(partner: string): Locator {
    return this.table.locator('tbody tr').filter({ hasText: partner });
  }

  /** A row's one control, the partner's name: it opens the case (as a click anywhere on the row does). */
  openCaseButton(partner: string): Locator {
    return this.row(partner).getByRole('button', { name: new RegExp(`^Open case of ${partner}`) });
  }

  get counts(): Locator {
    return this.page.locator('.view-header').getByRole('status');
  }

  async startNewCase(partner: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.dialog.getByLabel('Partner').selectOption({ label: partner });
  }

  async openDetails(partner: string): Promise<void> {
    await this.openCaseButton(partner).click();
    await expect(this.dialog.getByRole('heading', { name: `Case of ${partner}` })).toBeVisible();
  }
}
