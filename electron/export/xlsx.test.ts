import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { readWorkbook, writeWorkbook } from './xlsx';

describe('XLSX workbook', () => {
  it('writes numbers as numeric cells and Chinese text as it is, and reads them back', async () => {
    const bytes = await writeWorkbook(
      [
        {
          name: '账单汇总',
          columns: [
            { header: '伙伴', kind: 'text' },
            { header: '金额', kind: 'money' },
            { header: '工单', kind: 'count' },
          ],
          rows: [
            ['蓝海科技', -1234.56, 3],
            ['=1+1', null, 0],
          ],
        },
      ],
      { moneyDigits: 2 },
    );
    // A zip archive, as every .xlsx is.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const [sheet] = await readWorkbook(bytes);
    expect(sheet?.name).toBe('账单汇总');
    expect(sheet?.rows).toEqual([
      ['伙伴', '金额', '工单'],
      ['蓝海科技', -1234.56, 3],
      ['=1+1', null, 0],
    ]);
  });

  it('shortens sheet names Excel would refuse', async () => {
    const [sheet] = await readWorkbook(
      await writeWorkbook([{ name: 'Billing: 2026/01 to 2026/12 for every partner', columns: [{ header: 'A', kind: 'text' }], rows: [] }], { moneyDigits: 2 }),
    );
    expect(sheet?.name).toBe('Billing  2026 01 to 2026 12 for');
  });
});

describe('XLSX workbook as a spreadsheet shows it', () => {
  it('has a bold header row frozen above the rows, and money and counts in their number formats', async () => {
    const bytes = await writeWorkbook(
      [
        {
          name: 'Billing',
          columns: [
            { header: 'Partner', kind: 'text' },
            { header: 'Amount', kind: 'money' },
            { header: 'Cases', kind: 'count' },
          ],
          rows: [['Cedar', 12.5, 3]],
        },
      ],
      { moneyDigits: 2 },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(2).font).toMatchObject({ bold: true });
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('0');
  });
});
