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
