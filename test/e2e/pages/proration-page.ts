import { expect, type Locator, type Page } from '@playwright/test';

export type AdhocNumbers = {
  periodStart?: string;
  periodEnd?: string;
  segmentStart?: string;
  paid?: string;
  billing?: 'Monthly' | 'Yearly';
  level?: 'Basic' | 'Standard' | 'Premier';
};

/** The proration calculator, by roles and visible names. */
export class ProrationPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Proration calculator' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Proration calculator' })).toBeVisible();
  }

  async choosePartner(name: string): Promise<void> {
    await this.page.getByLabel('Quote for').selectOption({ label: name });
    await expect(this.page.getByText(/paid for the segment from/)).toBeVisible();
  }

  async chooseAdhoc(numbers: AdhocNumbers = {}): Promise<void> {
    await this.page.getByLabel('Quote for').selectOption({ label: 'Ad-hoc: enter the numbers' });
    const p = this.page;
    if (numbers.periodStart !== undefined) await p.getByLabel('Period start').fill(numbers.periodStart);
    if (numbers.periodEnd !== undefined) await p.getByLabel('Period end').fill(numbers.periodEnd);
    if (numbers.segmentStart !== undefined) await p.getByLabel('Segment start').fill(numbers.segmentStart);
    if (numbers.paid !== undefined) await p.getByLabel(/Amount paid for the segment/).fill(numbers.paid);
    if (numbers.billing !== undefined) await p.getByLabel('Billing').selectOption({ label: numbers.billing });
    if (numbers.level !== undefined) await p.getByLabel('Current level').selectOption({ label: numbers.level });
  }

  /** Sets the date and the target, then calculates. */
  async quote(on: string, target: 'Basic' | 'Standard' | 'Premier' | 'Unsubscribe'): Promise<void> {
    await this.page.getByLabel('Date of the change').fill(on);
    await this.page.getByLabel('Change to').selectOption({ label: target });
    await this.page.getByRole('button', { name: 'Calculate' }).click();
  }

  get breakdown(): Locator {
    return this.page.getByRole('table', { name: 'Breakdown of the quote' });
  }

  /** A breakdown row by the start of its label ("Old surplus", "Net" …). */
  line(label: RegExp): Locator {
    return this.breakdown.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label }) });
  }

  get options(): Locator {
    return this.page.getByRole('table', { name: /^All options on/ });
  }

  /** M2: the line naming the prices the quote used. */
  get pricesLine(): Locator {
    return this.page.getByText(/^Price book: /);
  }

  get problems(): Locator {
    return this.page.getByRole('alert');
  }

  button(name: 'Copy quote' | 'Save as PDF' | 'Apply this change'): Locator {
    return this.page.getByRole('button', { name });
  }

  async apply(): Promise<void> {
    await this.button('Apply this change').click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
  }
}
