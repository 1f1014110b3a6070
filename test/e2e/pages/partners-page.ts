import { expect, type Locator, type Page } from '@playwright/test';

import type { PartnerFields } from '@main/ipc/contract';

/** The partners view as a manager uses it: by roles and visible names. */
export class PartnersPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Partners' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Partners' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.table.locator('tbody tr td:first-child').allInnerTexts();
  }

  async fill(fields: Partial<PartnerFields>): Promise<void> {
    const d = this.dialog;
    if (fields.name !== undefined) await d.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.type !== undefined) await d.getByLabel('Partner type').selectOption(fields.type);
    if (fields.contactName !== undefined) await d.getByLabel('Contact name').fill(fields.contactName);
    if (fields.contactEmail !== undefined) await d.getByLabel('Contact email').fill(fields.contactEmail);
    if (fields.contactPhone !== undefined) await d.getByLabel('Contact phone').fill(fields.contactPhone);
  }

  async create(fields: Partial<PartnerFields>): Promise<void> {
    await this.page.getByRole('button', { name: 'New partner' }).click();
    await this.fill(fields);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
  }
}
