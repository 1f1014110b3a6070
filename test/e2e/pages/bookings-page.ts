import { expect, type Locator, type Page } from '@playwright/test';

/** The bookings view, the new-booking form and a booking's details, as a manager uses them. */
export class BookingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Bookings' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get refusal(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** The refusal's sentence, with its rule tag (read "Rule T4"). */
  get refusalSentence(): Locator {
    return this.refusal.locator('p').first();
  }

  get ruleTag(): Locator {
    return this.refusal.locator('.rule-tag');
  }

  get bookButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Book', exact: true });
  }

  get calendar(): Locator {
    return this.page.getByRole('region', { name: /^Bookings in / });
  }

  /** The month the calendar shows, as its heading words it ("March 2026"). */
  get calendarMonth(): Locator {
    return this.calendar.getByRole('heading', { level: 2 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Bookings' });
  }

  async startNewBooking(partner: string, kind: 'Key Event Assurance' | 'Architecture consulting' | 'Training'): Promise<void> {
    await this.page.getByRole('button', { name: 'New booking' }).click();
    await this.dialog.getByLabel('Partner').selectOption({ label: partner });
    await this.dialog.getByRole('radio', { name: kind }).check();
  }

  async fillDays(first: string, last: string): Promise<void> {
    await this.dialog.getByLabel('First day').fill(first);
    await this.dialog.getByLabel('Last day').fill(last);
  }

  async fillSession(date: string, hours: number): Promise<void> {
    await this.dialog.getByLabel('Date', { exact: true }).fill(date);
    await this.dialog.getByLabel('Hours').fill(String(hours));
  }

  async book(): Promise<void> {
    await this.bookButton.click();
  }

  async openDetails(kind: string, partner: string): Promise<void> {
    await this.table.getByRole('button', { name: new RegExp(`^Details of ${kind} for ${partner}`) }).click();
    await expect(this.dialog.getByRole('heading', { name: `${kind} for ${partner}` })).toBeVisible();
  }

  status(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
