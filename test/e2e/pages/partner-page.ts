import { expect, type Locator, type Page } from '@playwright/test';

/** One partner's page: profile, plan, and the plan actions with their quotes. */
export class PartnerPage {
  constructor(private readonly page: Page) {}

  /** Opens a partner from the list; reloads first, so data seeded through the desk is on screen. */
  async open(name: string): Promise<void> {
    await this.page.reload();
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Partners' }).click();
    await this.page.getByRole('table', { name: 'Partners' }).getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  get plan(): Locator {
    return this.page.getByRole('region', { name: 'Support plan' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get quote(): Locator {
    return this.dialog.getByRole('region', { name: 'Quote' });
  }

  get charges(): Locator {
    return this.page.getByRole('table', { name: 'Charges and refunds' });
  }

  async startAction(name: 'Subscribe' | 'Change level' | 'Unsubscribe' | 'Record renewal'): Promise<void> {
    await this.plan.getByRole('button', { name }).click();
    await expect(this.dialog).toBeVisible();
  }

  async setDate(date: string, label: 'Start date' | 'Effective date' = 'Effective date'): Promise<void> {
    await this.dialog.getByLabel(label).fill(date);
  }

  async confirm(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name }).click();
    await expect(this.dialog).toBeHidden();
  }
}
