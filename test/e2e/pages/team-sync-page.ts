import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Team sync, by the names a manager reads. */
export class TeamSync {
  readonly section: Locator;
  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Team sync' });
  }
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(this.section).toBeVisible();
  }
  /** Fills what is given, sets the switch, saves. */
  async save(fields: { server?: string; token?: string; on: boolean }): Promise<void> {
    if (fields.server !== undefined) await this.section.getByLabel('Server address').fill(fields.server);
    if (fields.token !== undefined) await this.section.getByLabel('Token', { exact: true }).fill(fields.token);
    await this.section.getByRole('switch', { name: 'Sync this desk with the team' }).setChecked(fields.on);
    await this.section.getByRole('button', { name: 'Save' }).click();
  }
  get alert(): Locator {
    return this.section.getByRole('alert');
  }
}

/** The header's team sync status. */
export const syncIndicator = (page: Page) => page.getByTestId('sync-indicator');
