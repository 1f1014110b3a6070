import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { samplePriceBook } from '@core/money';
import { tempDataDir, testServices } from '@test/builders/services';

import { type Desk, openDesk } from '../desk';

// 'price-book/update' through the real dispatcher and store, in a temp folder.
let cleanup: () => Promise<void>;
let desk: Desk;

beforeEach(async () => {
  const temp = await tempDataDir();
  cleanup = temp.cleanup;
  desk = await openDesk({ dataDir: temp.dir, services: testServices() });
});
afterEach(async () => {
  await desk.close();
  await cleanup();
});

const save = (name: string) => desk.dispatch('price-book/update', { priceBook: { ...samplePriceBook, name } });

describe("the price book's name at the IPC boundary (M2)", () => {
  it('is stored trimmed, and answered as the reviewed book', async () => {
    expect(await save('  Harbour programme 2026 ')).toMatchObject({ ok: true, data: { reviewed: true, priceBook: { name: 'Harbour programme 2026' } } });
    expect(await desk.dispatch('price-book/get', {})).toMatchObject({ ok: true, data: { reviewed: true, priceBook: { name: 'Harbour programme 2026' } } });
  });

  it('refuses an empty name, one over 80 characters and one on two lines, naming the field, and stores nothing', async () => {
    expect(await save('   ')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'priceBook.name', rule: 'too_small', data: { minimum: 1 } } });
    expect(await save('x'.repeat(81))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'priceBook.name', rule: 'too_big', data: { maximum: 80 } },
    });
    expect(await save('Harbour\nprogramme')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'priceBook.name', rule: 'one-line' } });
    expect(await desk.dispatch('price-book/get', {})).toMatchObject({ ok: true, data: { reviewed: false, priceBook: samplePriceBook } });
    expect(await save('x'.repeat(80))).toMatchObject({ ok: true });
  });
});
