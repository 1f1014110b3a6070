import { expect, type Locator, type Page } from '@playwright/test';

/** The plans view (catalog and who is on which plan), by roles and visible names. */
export class PlansPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Plans' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  }

  get includedTable(): Locator {
    return this.page.getByRole('table', { name: 'What each plan includes (Table 3-1)' });
  }

  get responseTable(): Locator {
    return this.page.getByRole('table', { name: 'Response targets by case severity (Table 5-2)' });
  }

  /** A table row by its row header (a service or a severity). */
  row(table: Locator, header: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: header, exact: true }) });
  }

  /** The box listing the partners on a level today ("Standard (1)"). */
  level(name: 'Basic' | 'Standard' | 'Premier'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }
}
