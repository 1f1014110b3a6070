import type { Locator, Page } from '@playwright/test';

/** A date or month field's calendar (renderer/ui/date-field.tsx), reached from the button beside the field. */
export class DatePicker {
  constructor(
    private readonly page: Page,
    /** The button's (and the calendar's) name in the app's language. */
    private readonly name = 'Choose from a calendar',
  ) {}

  /** The calendar button beside a field (the field's text box). */
  buttonOf(field: Locator): Locator {
    return field.locator('xpath=..').getByRole('button', { name: this.name, exact: true });
  }

  /** The open calendar. */
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.name, exact: true });
  }

  /** The month's grid of days (or the year's of months), named by its month ("April 2026", "2026年4月"). */
  get grid(): Locator {
    return this.dialog.getByRole('grid');
  }

  /** A day's button by the start of its name ("Friday, May 1, 2026"). */
  day(name: string | RegExp): Locator {
    return this.grid.getByRole('button', { name: typeof name === 'string' ? new RegExp(`^(Today, )?${name}`) : name });
  }

  async open(field: Locator): Promise<void> {
    await this.buttonOf(field).click();
    await this.grid.waitFor();
  }
}
