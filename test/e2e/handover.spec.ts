import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

import type { Partner } from '@main/ipc/contract';
import type { HandoverExported, HandoverPreview } from '@main/ipc/contract/handover';

import { caseCsv } from '../builders/case-csv';
import { tempDataDir } from '../builders/services';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, type RunningApp, test } from './harness';

const SHOTS = join(process.cwd(), 'test-results', 'screens');
// Monday 2 March 2026, 10:00 Beijing: main's clock and the page's agree.
const NOW = new Date('2026-03-02T02:00:00Z');

// The file's time is shown in this computer's zone: Beijing here, so it reads as it was written.
test.use({ timezoneId: 'Asia/Shanghai' });

const WORDS = {
  en: {
    partners: 'Partners',
    handOver: 'Hand over partners…',
    importOpen: 'Import a hand-over…',
    filter: 'Filter partners',
    save: 'Save hand-over file…',
    file: 'Hand-over file',
    table: 'Partners in the file',
  },
  'zh-CN': {
    partners: '伙伴',
    handOver: '移交伙伴…',
    importOpen: '导入移交文件…',
    filter: '筛选伙伴',
    save: '保存移交文件…',
    file: '移交文件',
    table: '文件中的伙伴',
  },
} as const;
type Language = keyof typeof WORDS;

/** Ids unique to each desk, as real ones are: two desks' records never share an id by chance. */
const idsOf = (desk: string) => {
  let next = 0;
  return () => `${desk}-${++next}`;
};

/** A desk in its own temp folder, on its own page, with a fixed clock. */
async function openDeskPage(page: Page, name: string, now: () => Date = () => NOW): Promise<RunningApp & { cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDataDir();
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dir, { now, newId: idsOf(name) });
  return { ...app, cleanup };
}

/** The hand-over's two dialogs on the partners view, by roles and visible names. */
class HandoverPage {
  constructor(
    readonly page: Page,
    readonly words: (typeof WORDS)[Language] = WORDS.en,
  ) {}

  async openPartners(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: new RegExp(`^${this.words.partners}`) })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.words.partners })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get table(): Locator {
    return this.dialog.getByRole('table', { name: this.words.table });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Opens a dialog from its header button with the keyboard. */
  async openByKeyboard(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
  }

  /** Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would. */
  async tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
    for (let i = 0; i < 25; i++) {
      if (await target.evaluate((el) => el.matches(':focus'))) return;
      await this.page.keyboard.press(key);
    }
    await expect(target).toBeFocused();
  }

  /** In the hand-over dialog: filters the list down to a partner and ticks it, by keyboard. */
  async chooseByKeyboard(name: string): Promise<void> {
    const filter = this.dialog.getByLabel(this.words.filter);
    await this.tabTo(filter, 'Shift+Tab');
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(name);
    const box = this.dialog.getByRole('checkbox', { name, exact: true });
    await this.tabTo(box);
    await this.page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  async chooseFile(path: string): Promise<void> {
    await this.dialog.getByLabel(this.words.file).setInputFiles(path);
  }
}

/** WCAG 2.1 A and AA, as axe checks them (see accessibility.spec.ts): the serious and critical violations. */
async function seriousViolations(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // In dark mode only the colours differ, so only the contrast is checked again.
  const result = await (scheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
}

/** What a desk holds, to show that something stored nothing. */
async function holdings(app: RunningApp) {
  return {
    partners: expectOk<Partner[]>(await app.desk.dispatch('partners/list', { includeArchived: true })),
    cases: app.desk.store.collection('cases').size,
    bookings: app.desk.store.collection('bookings').size,
    backups: await readdir(join(app.dataDir, 'backups')).catch(() => []),
  };
}

async function sampleNames(app: RunningApp, count: number): Promise<string[]> {
  expectOk(await app.desk.dispatch('sample/load', {}));
  const partners = expectOk<Partner[]>(await app.desk.dispatch('partners/list', {}));
  return partners.map((p) => p.name).slice(0, count);
}

test('a manager hands two partners over by keyboard; a colleague previews, imports, and the same file again stores nothing', async ({ page, context }) => {
  test.setTimeout(90_000);
  const a = await openDeskPage(page, 'a');
  const [first, second] = (await sampleNames(a, 2)) as [string, string];
  await page.reload();
  const giver = new HandoverPage(page);
  await giver.openPartners();

  await giver.openByKeyboard('Hand over partners…');
  await expect(giver.dialog.getByLabel('Filter partners')).toBeFocused();
  await expect(giver.dialog.getByText('0 of 12 partners chosen')).toBeVisible();
  await giver.chooseByKeyboard(first);
  await giver.chooseByKeyboard(second);
  await expect(giver.dialog.getByText('2 of 12 partners chosen')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await giver.tabTo(giver.dialog.getByRole('button', { name: 'Save hand-over file…' }));
  await page.keyboard.press('Enter');
  const saved = giver.dialog.getByRole('status').filter({ hasText: 'Saved the hand-over' });
  await expect(saved).toHaveText(/^Saved the hand-over of 2 partners with \d+ cases to .+\.json\.$/);
  expect(a.services.saved).toHaveLength(1);
  const file = a.services.saved[0]!;
  await expect(saved).toContainText(file);
  // The giver's own desk is not changed by a hand-over.
  expect(expectOk<Partner[]>(await a.desk.dispatch('partners/list', {}))).toHaveLength(12);

  const b = await openDeskPage(await context.newPage(), 'b');
  const taker = new HandoverPage(b.page);
  await expect(b.page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(b.page.getByTestId('today-badge')).toHaveCount(0);
  await taker.openByKeyboard('Import a hand-over…');
  await taker.chooseFile(file);
  await expect(taker.table).toBeVisible();
  await expect(taker.dialog).toContainText('2 partners: 2 new, 0 already here and changed, 0 the same. The file holds ');
  await expect(taker.dialog.getByTestId('handover-written')).toHaveText('Written on Mar 2, 2026, 10:00 by Partner Support Desk 0.0.0-test.');
  for (const name of [first, second]) {
    await expect(taker.row(name)).toContainText('New');
    await expect(taker.row(name)).toContainText('Added with all its records.');
  }
  await expect(taker.dialog).toContainText('No rule of the plan would be broken.');
  expect(await seriousViolations(b.page)).toEqual([]);
  // Nothing is stored by the preview.
  expect((await holdings(b)).partners).toEqual([]);

  const confirm = taker.dialog.getByRole('button', { name: 'Import 2 partners' });
  await confirm.focus();
  await b.page.keyboard.press('Enter');
  const done = taker.dialog.getByRole('status').filter({ hasText: 'Imported' });
  await expect(done).toContainText('Imported 2 partners (2 new, 0 changed): ');
  await expect(done).toContainText('A backup of this desk was taken first: ');
  await b.page.keyboard.press('Escape');
  await expect(taker.dialog).toHaveCount(0);
  // The list, and the day's items counted in the navigation, show what arrived without a reload.
  const list = b.page.getByRole('table', { name: 'Partners' });
  for (const name of [first, second]) await expect(list.getByRole('cell', { name, exact: true })).toBeVisible();
  await expect(b.page.getByTestId('today-badge')).toBeVisible();
  const imported = await holdings(b);
  expect(imported.partners.map((p) => p.name).sort()).toEqual([first, second].sort());
  expect(imported.backups.filter((name) => name.endsWith('-before-handover'))).toHaveLength(1);

  // The same file again: both partners are here as in the file, and nothing is offered to store.
  await taker.openByKeyboard('Import a hand-over…');
  await taker.chooseFile(file);
  for (const name of [first, second]) await expect(taker.row(name)).toContainText('Same');
  await expect(taker.dialog).toContainText('Every partner in the file is already here as it is: there is nothing to import.');
  await expect(taker.dialog.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await b.page.keyboard.press('Escape');
  expect(await holdings(b)).toEqual(imported);

  // One character changed on the way: refused as damaged, and nothing changes.
  const damaged = join(b.dataDir, 'damaged.psdhandover.json');
  await writeFile(damaged, (await readFile(file, 'utf8')).replace(`"name":"${first}"`, `"name":"${first.slice(0, -1)}9"`));
  await taker.openByKeyboard('Import a hand-over…');
  await taker.chooseFile(damaged);
  await expect(taker.dialog.getByRole('alert')).toHaveText(
    'The hand-over file is damaged and cannot be used: it was changed or cut short after it was saved, or it holds records this app cannot store. Nothing was imported; ask your colleague to save it and send it again.',
  );
  await expect(taker.table).toHaveCount(0);
  await expect(taker.dialog.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await b.page.keyboard.press('Escape');
  expect(await holdings(b)).toEqual(imported);

  for (const app of [a, b]) {
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
    await app.cleanup();
  }
});

/** Two technical cases of a partner in March, with references of their own. */
const marchCases = (partner: string, prefix: string) =>
  caseCsv(['01 10:00', '02 09:00'].map((time, i) => ({ partner, vendorRef: `${prefix}-${i}`, openedAt: `2026-03-${time}` })));

const SECOND = {
  en: {
    new: 'New',
    changed: 'Changed',
    same: 'Same',
    profile: 'Profile: taken from the file (contact email)',
    cases: 'Cases: 2 added',
    done: /^Imported 3 partners \(1 new, 1 changed\): .+ written\. A backup of this desk was taken first: .+\. 1 rule problem is kept as it is; see the list above\.$/,
  },
  'zh-CN': {
    new: '新伙伴',
    changed: '有变化',
    same: '相同',
    profile: '资料：采用文件中的资料（联系邮箱）',
    cases: '工单：新增 2 条',
    done: /^已导入 3 个伙伴（新伙伴 1 个，有变化的 1 个）：写入了 .+。导入前已备份本机数据：.+。有 1 个违反规则的问题按原样保留；请查看上面的列表。$/,
  },
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  test(`a second hand-over, in ${language}: a new partner, a changed one and a rule the merge breaks`, async ({ page, context }) => {
    test.setTimeout(90_000);
    const words = WORDS[language];
    const said = SECOND[language];
    const a = await openDeskPage(page, 'a');
    // The sample's Cedar Solutions 005 is on Standard with 27 of its 30 technical cases of March used (Q1).
    const [aurora, cedar, crane] = (await sampleNames(a, 3)) as [string, string, string];
    expect(cedar).toBe('Cedar Solutions 005');
    const ids = Object.fromEntries(expectOk<Partner[]>(await a.desk.dispatch('partners/list', {})).map((p) => [p.name, p.id]));
    // Desk B's clock moves on between the two hand-overs, so each import takes a backup of its own.
    let bNow = NOW;
    const b = await openDeskPage(await context.newPage(), 'b', () => bNow);
    // The first hand-over, taken on desk B as it was.
    const firstFile = expectOk<HandoverExported>(await a.desk.dispatch('handover/export', { partnerIds: [ids[aurora], ids[cedar]] })).path!;
    const text = await readFile(firstFile, 'utf8');
    expectOk(
      await b.desk.dispatch('handover/apply', { text, checksum: expectOk<HandoverPreview>(await b.desk.dispatch('handover/preview', { text })).checksum }),
    );
    // Since then each desk logged two March cases of Cedar: each within its 30, merged 31 (Q3).
    for (const [app, prefix] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      expect(expectOk<{ stored: number }>(await app.desk.dispatch('cases/import', { csv: marchCases(cedar, prefix) })).stored).toBe(2);
    }
    expectOk(await a.desk.dispatch('partners/update', { id: ids[cedar], changes: { contactEmail: 'ops@cedar.example' } }));
    for (const app of [a, b]) {
      expectOk(await app.desk.dispatch('settings/update', { language }));
      await app.page.reload();
    }

    bNow = new Date(NOW.getTime() + 60 * 60_000);
    const giver = new HandoverPage(a.page, words);
    await giver.openPartners();
    await a.page.screenshot({ path: join(SHOTS, `handover-entry-${language}.png`) });
    await giver.openByKeyboard(words.handOver);
    for (const name of [aurora, cedar, crane]) await giver.chooseByKeyboard(name);
    await giver.tabTo(giver.dialog.getByLabel(words.filter), 'Shift+Tab');
    await a.page.keyboard.press('ControlOrMeta+A');
    await a.page.keyboard.press('Backspace');
    await a.page.screenshot({ path: join(SHOTS, `handover-export-${language}.png`) });
    await giver.tabTo(giver.dialog.getByRole('button', { name: words.save }));
    await a.page.keyboard.press('Enter');
    await expect.poll(() => a.services.saved.length).toBe(2);

    const taker = new HandoverPage(b.page, words);
    await taker.openPartners();
    await taker.openByKeyboard(words.importOpen);
    await taker.chooseFile(a.services.saved[1]!);
    await expect(taker.row(crane)).toContainText(said.new);
    await expect(taker.row(cedar)).toContainText(said.changed);
    await expect(taker.row(cedar)).toContainText(said.profile);
    await expect(taker.row(cedar)).toContainText(said.cases);
    await expect(taker.row(aurora)).toContainText(said.same);
    await expect(
      taker.dialog
        .getByRole('listitem')
        .filter({ hasText: '(Q3)' })
        .or(taker.dialog.getByRole('listitem').filter({ hasText: '（Q3）' })),
    ).toHaveText(
      language === 'en'
        ? `${cedar}, March 2026: 31 technical cases, over the month's limit of 30 (Q3)`
        : `${cedar}，2026年3月：31 个技术工单，超出当月上限 30 个（Q3）`,
    );
    await b.page.screenshot({ path: join(SHOTS, `handover-preview-${language}.png`) });
    expect(await seriousViolations(b.page)).toEqual([]);
    await b.page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(b.page, 'dark')).toEqual([]);
    await b.page.emulateMedia({ colorScheme: 'light' });
    await taker.dialog.getByRole('button', { name: language === 'en' ? 'Import 2 partners' : '导入 2 个伙伴' }).focus();
    await b.page.keyboard.press('Enter');
    await expect(taker.dialog.getByRole('status')).toHaveText(said.done);
    await b.page.screenshot({ path: join(SHOTS, `handover-applied-${language}.png`) });
    expect((await holdings(b)).partners.map((p) => p.name).sort()).toEqual([aurora, cedar, crane].sort());

    for (const app of [a, b]) {
      await app.desk.close();
      expect(app.pageErrors).toEqual([]);
      await app.cleanup();
    }
  });
}
