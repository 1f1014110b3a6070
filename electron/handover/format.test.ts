import { describe, expect, it } from 'vitest';

import { Refusal } from '../ipc/refusal';
import { readHandoverFile } from './body';
import { checksumOf, type HandoverBody, handoverText } from './format';
import { aBookingOf, aCaseOf, anEntry, aStoredCharge, aStoredConsumption, aStoredPack, aStoredPartner } from './handover-test-builders';

const META = { createdAt: '2026-03-02T02:00:00Z', appVersion: '1.4.0' };

const aBody = (): HandoverBody => ({
  partners: [
    anEntry({
      charges: [aStoredCharge(), aStoredCharge({ id: 'ch-pack', kind: 'addon-pack', rule: 'M7', amount: 150_000, date: '2026-03-05', details: { count: 1 } })],
      packs: [aStoredPack()],
      consumption: [aStoredConsumption()],
      cases: [aCaseOf('c-1'), aCaseOf('c-2', { state: 'voided' })],
      bookings: [aBookingOf('b-1')],
    }),
    anEntry({ partner: aStoredPartner({ id: 'p-2', name: '蓝海科技' }), subscriptions: [], charges: [] }),
  ],
});

/** The refusal `work` ends in, as the page would get it. */
async function refusalOf(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Refusal);
  return (error as Refusal).body;
}

/** A file whose body is `body`, re-checksummed: only what the test changes is wrong with it. */
const resealed = (text: string, change: (file: { body: HandoverBody; version: number; checksum: string }) => void) => {
  const file = JSON.parse(text) as { body: HandoverBody; version: number; checksum: string };
  change(file);
  file.checksum = checksumOf(JSON.stringify(file.body));
  return JSON.stringify(file);
};

describe('the hand-over file', () => {
  it('reads back exactly what was written, with its header', async () => {
    const body = aBody();
    const text = handoverText(body, META);
    const read = await readHandoverFile(text);
    expect(read.body).toEqual(body);
    expect(read.header).toMatchObject({ version: 1, ...META, checksum: checksumOf(JSON.stringify(body)) });
    expect(text.startsWith('{"format":"partner-support-desk/handover","version":1,')).toBe(true);
  });

  it('still reads once an editor re-indents it, since the checksum covers the values', async () => {
    const text = handoverText(aBody(), META);
    expect((await readHandoverFile(JSON.stringify(JSON.parse(text), null, 2))).body).toEqual(aBody());
  });

  it('is refused as damaged when one value changed, or the file was cut short', async () => {
    const text = handoverText(aBody(), META);
    const edited = text.replace('"amount":1200000', '"amount":1200001');
    expect(edited).not.toBe(text);
    expect(await refusalOf(readHandoverFile(edited))).toMatchObject({ code: 'HANDOVER_DAMAGED', data: { reason: 'checksum' } });
    expect(await refusalOf(readHandoverFile(text.slice(0, -200)))).toMatchObject({ code: 'HANDOVER_NOT_A_FILE' });
  });

  it('is refused as too new when written by a later format, before its checksum is looked at', async () => {
    const text = JSON.stringify({ ...JSON.parse(handoverText(aBody(), META)), version: 2, checksum: 'sha512:whatever' });
    expect(await refusalOf(readHandoverFile(text))).toMatchObject({ code: 'HANDOVER_TOO_NEW', data: { version: 2, supported: 1 } });
  });

  it('is refused as not a hand-over file when it is not JSON, or another JSON', async () => {
    for (const text of ['Partner,Month\nLotus,2026-03', '[1,2]', '{"format":"something-else","version":1}', '{"format":"partner-support-desk/handover"}']) {
      const refusal = await refusalOf(readHandoverFile(text));
      expect(refusal.code).toBe('HANDOVER_NOT_A_FILE');
      expect(refusal.message).toMatch(/^This is not a partner hand-over file: .+\.$/);
    }
  });

  it('refuses a record the store would not keep, naming where it is', async () => {
    const text = resealed(handoverText(aBody(), META), (file) => {
      (file.body.partners[0]!.cases[1] as { openedAt: string }).openedAt = 'yesterday';
    });
    expect(await refusalOf(readHandoverFile(text))).toMatchObject({
      code: 'HANDOVER_DAMAGED',
      field: 'text',
      data: { reason: 'record', path: 'partners.0.cases.1.openedAt' },
    });
  });

  it('refuses references that point outside the file: a record filed under another partner, a pack without its charge, an id twice', async () => {
    const cases: [string, (file: { body: HandoverBody }) => void][] = [
      ['partners.1.cases.0.partnerId', (f) => f.body.partners[1]!.cases.push(aCaseOf('c-9'))],
      ['partners.0.packs.0.chargeId', (f) => (f.body.partners[0]!.packs[0]!.chargeId = 'ch-missing')],
      ['partners.0.cases.1', (f) => (f.body.partners[0]!.cases[1]!.id = 'c-1')],
      ['partners.1.partner.id', (f) => (f.body.partners[1]!.partner.id = 'p-1')],
    ];
    for (const [path, change] of cases) {
      const refusal = await refusalOf(readHandoverFile(resealed(handoverText(aBody(), META), change)));
      expect(refusal).toMatchObject({ code: 'HANDOVER_DAMAGED', data: { reason: 'reference', path } });
    }
  });

  it('refuses a file of no partners', async () => {
    expect(await refusalOf(readHandoverFile(handoverText({ partners: [] }, META)))).toMatchObject({ code: 'HANDOVER_DAMAGED', data: { path: 'partners' } });
  });
});
