import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, test } from './harness';
import { PartnerPage } from './pages/partner-page';

test("a partner's cards put their New case and New booking in one place: at the right of the card's title", async ({ app }) => {
  const created = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Lotus Digital' })));
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: created.id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'premier' },
    }),
  );
  await new PartnerPage(app.page).open('Lotus Digital');
  for (const [title, action] of [
    ['Cases', 'New case'],
    ['Bookings', 'New booking'],
  ] as const) {
    const card = app.page.getByRole('region', { name: title, exact: true });
    const heading = await card.getByRole('heading', { level: 2 }).boundingBox();
    const button = await card.getByRole('button', { name: action }).boundingBox();
    const box = await card.boundingBox();
    expect(heading && button && box, `${title} card`).toBeTruthy();
    // On the title's line, at the card's right edge.
    expect(Math.abs(button!.y + button!.height / 2 - (heading!.y + heading!.height / 2)), `${action} beside the title`).toBeLessThan(8);
    expect(box!.x + box!.width - (button!.x + button!.width), `${action} at the right`).toBeLessThan(40);
  }
  expect(app.pageErrors).toEqual([]);
});
