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

  /** Picks a CSV file with this text (UTF-8) or these bytes, as the file picker would, without waiting for main's answer. */
  async pickCsv(content: string | Uint8Array, name = 'cases.csv'): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer });
  }

  /** Chooses a CSV file with this text (UTF-8) or these bytes and waits for its preview. */
  async chooseCsv(content: string | Uint8Array, name = 'cases.csv'): Promise<void> {
    await this.pickCsv(content, name);
    await expect(this.table).toBeVisible();
  }

  /** What the preview says the file was read as: its encoding and the zone of its times. */
  get readNote(): Locator {
    return this.dialog.getByTestId('import-read');
  }

  /** The zone choice for times without an offset, by its visible name. */
  timesChoice(name: string | RegExp): Locator {
    return this.dialog.getByRole('group').getByRole('radio', { name });
  }

  /** The preview's column header for opening times, which names the zone they are shown in. */
  get openedAtHeader(): Locator {
    return this.table.getByRole('columnheader').nth(7);
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
