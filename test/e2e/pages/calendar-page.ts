import { expect, type Locator, type Page } from '@playwright/test';

/** The visible names this page object needs, per language. */
export type CalendarWords = { nav: string; settings: string; section: string; file: string; banner: string; openSettings: string; apply: string; year: string };

export const CALENDAR_WORDS = {
  en: {
    nav: 'Main',
    settings: 'Settings',
    section: 'Holiday calendar',
    file: 'Import calendar file…',
    banner: 'Holiday calendar',
    openSettings: 'Open Settings',
    apply: 'Apply',
    year: 'Year',
  },
  'zh-CN': {
    nav: '主导航',
    settings: '设置',
    section: '节假日日历',
    file: '导入日历文件…',
    banner: '节假日日历',
    openSettings: '打开设置',
    apply: '应用',
    year: '年份',
  },
} satisfies Record<string, CalendarWords>;

/** The Holiday calendar section of Settings and the coverage banner, by roles and visible names. */
export class CalendarPage {
  constructor(
    private readonly page: Page,
    private readonly words: CalendarWords = CALENDAR_WORDS.en,
  ) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: this.words.nav }).getByRole('button', { name: this.words.settings, exact: true }).click();
    await expect(this.section).toBeVisible();
  }

  /** T2: the banner every screen shows while deadlines reach years without holiday data. */
  get banner(): Locator {
    return this.page.getByRole('note', { name: this.words.banner });
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: this.words.section, exact: true });
  }

  get yearSelect(): Locator {
    return this.section.getByLabel(this.words.year, { exact: true });
  }

  /** Chooses a calendar file with this text, as the file picker would. */
  async chooseFile(text: string, name = 'cn-2027.json'): Promise<void> {
    await this.section.getByLabel(this.words.file).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** The changes the preview lists for a year. */
  yearChanges(name: string): Locator {
    return this.section.getByRole('region', { name });
  }

  async apply(): Promise<void> {
    await this.section.getByRole('button', { name: this.words.apply, exact: true }).click();
  }
}
