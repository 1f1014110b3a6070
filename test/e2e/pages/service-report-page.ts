import { expect, type Locator, type Page } from '@playwright/test';

/** The monthly service report (P4), reached from a partner's page. */
export class ServiceReportPage {
  constructor(private readonly page: Page) {}

  /** From the open partner page, the report button; waits until the month's figures are on screen. */
  async openFromPartner(button = 'Monthly service report', title = button): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.page.locator('.report-section').first()).toBeVisible();
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The cases-by-severity table, named by its section's heading. */
  severities(table: string | RegExp = /severity/i): Locator {
    return this.page.getByRole('table', { name: table });
  }

  severityRow(name: string, table?: string | RegExp): Locator {
    return this.severities(table)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  chart(name: RegExp): Locator {
    return this.page.getByRole('img', { name });
  }

  async chooseMonth(month: string, label = 'Month'): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(month);
  }

  /** Save as PDF, then the saved path from the status line. */
  async savePdf(button = 'Save as PDF'): Promise<string> {
    await this.page.getByRole('button', { name: button }).click();
    const status = this.page.getByRole('status');
    await expect(status).toContainText('.pdf');
    return (await status.innerText()).match(/(\/.+\.pdf)/)?.[1] ?? '';
  }
}
