import { expect, type Locator, type Page } from '@playwright/test';

/** The price book in Settings (M2), as a manager reviews it. */
export class PriceBookSettings {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await expect(this.section).toBeVisible();
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Price book' });
  }

  get form(): Locator {
    return this.section.locator('form');
  }

  get name(): Locator {
    return this.section.getByLabel('Price book name');
  }

  /** "Save reviewed prices" before the first review, "Save prices" after. */
  async save(): Promise<void> {
    await this.section.getByRole('button', { name: /^Save (reviewed )?prices$/ }).click();
  }
}
