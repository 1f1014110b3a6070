import { expect, type Locator, type Page } from '@playwright/test';

/** The visible names this page object needs, per language. */
export type CaseImportWords = { nav: string; sla: string; open: string; file: string; table: string };

export const CASE_IMPORT_WORDS = {
  en: { nav: 'Main', sla: 'SLA clocks', open: 'Import cases…', file: 'CSV file', table: 'Rows of the file' },
  'zh-CN': { nav: '主导航', sla: 'SLA 时钟', open: '导入工单…', file: 'CSV 文件', table: '文件中的行' },
} satisfies Record<string, CaseImportWords>;

/** The case import dialog, reached from the SLA clocks view, by roles and visible names. */
export class CaseImportPage {
  constructor(
    private readonly page: Page,
    private readonly words: CaseImportWords = CASE_IMPORT_WORDS.en,
  ) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: this.words.nav }).getByRole('button', { name: this.words.sla }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.words.sla })).toBeVisible();
    await this.page.getByRole('button', { name: this.words.open }).click();
    await expect(this.dialog).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get table(): Locator {
    return this.dialog.getByRole('table', { name: this.words.table });
  }

  get fileInput(): Locator {
    return this.dialog.getByLabel(this.words.file);
  }

  /** Picks a CSV file with this text, as the file picker would, without waiting for main's answer. */
  async pickCsv(text: string, name = 'cases.csv'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }

  /** Chooses a CSV file with this text and waits for its preview. */
  async chooseCsv(text: string, name = 'cases.csv'): Promise<void> {
    await this.pickCsv(text, name);
    await expect(this.table).toBeVisible();
  }

  /** How far main got with the file, while it works. */
  get progress(): Locator {
    return this.dialog.getByRole('progressbar');
  }

  /** The preview row of a file line (its first cell is the line number). */
  row(line: number): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }
}
