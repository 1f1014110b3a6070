import { expect, type Locator, type Page } from '@playwright/test';

/** The visible names this page object needs, per language. */
export type HelpWords = {
  nav: string;
  settings: string;
  help: string;
  about: string;
  saveDiagnostics: string;
  diagnosticsTitle: string;
  includeData: string;
  save: string;
  language: string;
  crashTitle: string;
  restartNow: string;
};

export const HELP_WORDS = {
  en: {
    nav: 'Main',
    settings: 'Settings',
    help: 'Help',
    about: 'About Partner Support Desk',
    saveDiagnostics: 'Save diagnostics…',
    diagnosticsTitle: 'Save diagnostics',
    includeData: 'Include my data (partners, cases, bookings)',
    save: 'Save…',
    language: 'Language',
    crashTitle: 'Something went wrong on this screen',
    restartNow: 'Restart now',
  },
  'zh-CN': {
    nav: '主导航',
    settings: '设置',
    help: '帮助',
    about: '关于伙伴支持工作台',
    saveDiagnostics: '保存诊断信息…',
    diagnosticsTitle: '保存诊断信息',
    includeData: '包含我的数据（伙伴、工单、预订）',
    save: '保存…',
    language: '语言',
    crashTitle: '此页面出错了',
    restartNow: '立即重启',
  },
} satisfies Record<string, HelpWords>;

/** Settings → Help, the About and Save diagnostics dialogs, by roles and visible names. */
export class AboutPage {
  constructor(
    private readonly page: Page,
    private readonly words: HelpWords = HELP_WORDS.en,
  ) {}

  async openSettings(): Promise<void> {
    await this.page.getByRole('navigation', { name: this.words.nav }).getByRole('button', { name: this.words.settings, exact: true }).click();
    await expect(this.helpSection).toBeVisible();
  }

  get helpSection(): Locator {
    return this.page.getByRole('region', { name: this.words.help, exact: true });
  }

  get aboutButton(): Locator {
    return this.helpSection.getByRole('button', { name: this.words.about });
  }

  get about(): Locator {
    return this.page.getByRole('dialog', { name: this.words.about });
  }

  get diagnostics(): Locator {
    return this.page.getByRole('dialog', { name: this.words.diagnosticsTitle, exact: true });
  }

  get includeData(): Locator {
    return this.diagnostics.getByRole('checkbox', { name: this.words.includeData });
  }

  get languageSelect(): Locator {
    return this.page.getByLabel(this.words.language, { exact: true });
  }

  /** Settings' offer to restart after a change of language, beside the language select. */
  get restartNow(): Locator {
    return this.page.getByRole('button', { name: this.words.restartNow });
  }

  /** One line of the About box: the value beside its label. */
  fact(label: string): Locator {
    return this.about.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  async openAbout(): Promise<void> {
    await this.aboutButton.click();
    await expect(this.about.getByRole('heading', { name: this.words.about })).toBeVisible();
  }

  async openDiagnostics(): Promise<void> {
    await this.helpSection.getByRole('button', { name: this.words.saveDiagnostics }).click();
    await expect(this.diagnostics).toBeVisible();
  }

  /** Saves the archive from Settings, with or without the user's data; the dialog closes when it is written. */
  async saveDiagnostics(includeData: boolean): Promise<void> {
    await this.openDiagnostics();
    await this.includeData.setChecked(includeData);
    await this.diagnostics.getByRole('button', { name: this.words.save }).click();
    await expect(this.diagnostics).toBeHidden();
  }
}
