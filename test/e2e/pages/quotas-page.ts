import { expect, type Locator, type Page } from '@playwright/test';

/** The quotas view: one row per partner, by roles and visible names. */
export class QuotasPage {
  constructor(private readonly page: Page) {}

  /** Opens the view from the navigation; data seeded through the desk is read when it opens. */
  async open(nav = 'Quotas', title = nav): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: nav, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Quotas of / });
  }

  /** A partner's row, found by its row header (the partner's name). */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Q1: the used/limit bar of a partner's technical cases. */
  casesMeter(name: string): Locator {
    return this.row(name).getByRole('meter');
  }

  buyButton(name: string): Locator {
    return this.row(name).getByRole('button', { name: `Buy an add-on pack for ${name}` });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Moves the focus with Tab only, as a keyboard user does, until `target` has it. */
  async tabTo(target: Locator, maxPresses = 30): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((el) => el.matches(':focus'))) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}
