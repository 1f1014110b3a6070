import { expect, type Locator, type Page } from '@playwright/test';

/** The New case form, reached from the SLA clocks view, by roles and visible names (English). */
export class CaseEntryPage {
  constructor(private readonly page: Page) {}

  async open(partner: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^SLA clocks/ })
      .click();
    await this.page.getByRole('button', { name: 'New case' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'New case' })).toBeVisible();
    await this.dialog.getByLabel('Partner').selectOption({ label: partner });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The date of "Opened at" (typed as YYYY-MM-DD, or picked from its calendar). */
  get openedAt(): Locator {
    return this.dialog.getByLabel('Opened at', { exact: true });
  }

  /** The time of "Opened at", on a 24-hour clock. */
  get openedAtTime(): Locator {
    return this.dialog.getByLabel('Opened at, time (24-hour)', { exact: true });
  }

  /** Types a date and a time into "Opened at", as a user does. */
  async fillOpenedAt(date: string, time: string): Promise<void> {
    await this.openedAt.fill(date);
    await this.openedAtTime.fill(time);
  }

  /** The zone choice of "Opened at", by its visible name. */
  zone(name: string | RegExp): Locator {
    return this.dialog.getByRole('radiogroup', { name: 'Time zone of Opened at' }).getByRole('radio', { name });
  }

  /** The sentence that says which zone "Opened at" is read in, and the same moment in the other. */
  get zoneNote(): Locator {
    return this.dialog.getByTestId('opened-at-read');
  }
}
