import { expect, type Locator, type Page } from '@playwright/test';

/** The sample portfolio's offer (empty partners screen) and banner (every screen), by role and name. */
export class SamplePage {
  constructor(private readonly page: Page) {}

  get offer(): Locator {
    return this.page.getByRole('region', { name: 'New here? Explore with sample data' });
  }

  get banner(): Locator {
    return this.page.getByRole('region', { name: 'Sample data', exact: true });
  }

  async load(): Promise<void> {
    await this.offer.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(this.banner).toContainText('You are exploring sample data. Remove it before adding your own partners.');
  }

  /** Asks to remove, reads the question, and confirms with the keyboard. */
  async remove(): Promise<void> {
    await this.banner.getByRole('button', { name: 'Remove sample data' }).click();
    await expect(this.banner).toContainText('Remove the sample data? This deletes every partner (12)');
    // The confirming button has the focus, so Enter answers the question.
    await expect(this.banner.getByRole('button', { name: 'Remove sample data' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.banner).toBeHidden();
  }
}
