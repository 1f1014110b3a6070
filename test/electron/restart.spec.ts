import { PartnersPage } from '../e2e/pages/partners-page';
import { DeskWindow } from './desk-window';
import { expect, test } from './electron-app';

test('a partner created in the window is still there after the app quits and starts again', async ({ launch }) => {
  const first = await launch();
  const partners = new PartnersPage(first.window);
  await partners.open();
  await partners.create({ name: 'Lotus Digital', contactName: 'Zhang Min', contactEmail: 'zhang.min@lotus.example' });
  await expect(first.window.getByRole('status')).toContainText('Lotus Digital was added.');
  await expect(partners.row('Lotus Digital')).toContainText('zhang.min@lotus.example');
  await first.app.close();

  const again = await launch();
  const after = new PartnersPage(again.window);
  await expect(new DeskWindow(again.window).heading('Partners')).toBeVisible();
  await expect(after.row('Lotus Digital')).toContainText('Zhang Min');
  await expect(after.row('Lotus Digital')).toContainText('zhang.min@lotus.example');
});
