import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, type Unzipped, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openDesk } from '@main/desk';
import { buildDiagnostics, type DiagnosticsAbout, type Inventory } from '@main/diagnostics/archive';

import { aCase } from '../builders/cases';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

const about: DiagnosticsAbout = {
  version: '1.2.3',
  electron: '45.5.0',
  chromium: '140.0.0.0',
  node: '22.20.0',
  v8: '14.0',
  os: 'Linux 6.1.0 (x64)',
  platform: 'linux',
  release: '6.1.0',
  arch: 'x64',
  locale: 'zh-CN',
};
const now = new Date('2026-12-01T15:30:45.123Z');

let root: string;
let cleanup: () => Promise<void>;
let dataDir: string;
let logsDir: string;
beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDataDir());
  dataDir = join(root, 'data');
  logsDir = join(root, 'logs');
});
afterEach(() => cleanup());

/**
 * A desk with a partner, Lotus Digital, and one case, opened again the next day (which makes
 * that day's backup) and closed, as a user's laptop would leave it.
 */
async function aDeskWithAPartner(): Promise<void> {
  const desk = await openDesk({ dataDir, services: testServices({}, root) });
  const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Lotus Digital' });
  expectOk(await desk.dispatch('cases/open', aCase(partnerId)));
  await desk.close();
  const nextDay = await openDesk({ dataDir, services: testServices({ now: () => new Date('2026-03-03T02:00:00Z') }, root) });
  await nextDay.store.backupDone;
  await nextDay.close();
}

const build = (includeData: boolean, logs = logsDir) => buildDiagnostics({ dataDir, logsDir: logs, about, includeData, now });
const textOf = (files: Unzipped, name: string) => strFromU8(files[name] ?? new Uint8Array());
const jsonOf = <T>(files: Unzipped, name: string): T => JSON.parse(textOf(files, name)) as T;
const stateOf = (inventory: Inventory, path: string) => inventory.files.find((f) => f.path === path);

describe('the diagnostics archive', () => {
  beforeEach(async () => {
    await aDeskWithAPartner();
    await mkdir(logsDir, { recursive: true });
    await writeFile(join(logsDir, 'main.log'), '[2026-12-01 15:29] [error] The daily backup failed\n');
    await writeFile(join(logsDir, 'main.old.log'), '[2026-11-30 09:00] [info] started\n');
    // A day whose items no longer match its checksum, as a torn or hand-edited file would.
    const day = await readFile(join(dataDir, 'cases', '2026-03-02.json'), 'utf8');
    await writeFile(join(dataDir, 'cases', '2026-01-05.json'), day.replace('"items":[', '"items":[ '));
    await writeFile(join(dataDir, 'cases', '2026-01-06.json'), '{"schemaVersion":1,"items":[]}');
    await writeFile(join(dataDir, 'desk.json.damaged-2026-11-30T08-00-00Z'), '{"partners":[{"name":"Lotus Digital"');
    await writeFile(join(dataDir, 'index', 'cases', '2026-02.json'), '{"version":1,"partit');
  });

  it('holds about.json, the logs and the inventory, and no partner data unless asked', async () => {
    const archive = await build(false);
    const files = unzipSync(archive.bytes);
    expect(Object.keys(files).sort()).toEqual(['about.json', 'inventory.json', 'inventory.txt', 'logs/main.log', 'logs/main.old.log']);
    expect(archive.fileName).toBe('partner-support-desk-diagnostics-2026-12-01T1530.zip');
    expect(archive.summary).toEqual({ files: 5, bytes: archive.bytes.length, includedData: false, logFiles: 2 });
    expect(textOf(files, 'logs/main.log')).toContain('The daily backup failed');
    for (const [name, bytes] of Object.entries(files)) expect(strFromU8(bytes), name).not.toContain('Lotus Digital');
  });

  it('says in about.json what the app runs on, when and from where', async () => {
    const files = unzipSync((await build(false)).bytes);
    expect(jsonOf(files, 'about.json')).toMatchObject({
      app: { name: 'Partner Support Desk', version: '1.2.3' },
      versions: { electron: '45.5.0', chromium: '140.0.0.0', node: '22.20.0', v8: '14.0' },
      os: { description: 'Linux 6.1.0 (x64)', platform: 'linux', release: '6.1.0', arch: 'x64', locale: 'zh-CN' },
      createdAt: '2026-12-01T15:30:45.123Z',
      dataDir,
      includedData: false,
      logs: { folder: logsDir, found: true, files: [{ name: 'main.log', includedBytes: 51 }, { name: 'main.old.log' }] },
      leftOut: [],
    });
  });

  it('lists every file of the data folder with its check, and the same as text', async () => {
    const files = unzipSync((await build(false)).bytes);
    const inventory = jsonOf<Inventory>(files, 'inventory.json');
    expect(stateOf(inventory, 'desk.json')).toMatchObject({ check: 'valid JSON' });
    expect(stateOf(inventory, 'cases/2026-03-02.json')).toMatchObject({ check: 'checksum ok' });
    expect(stateOf(inventory, 'cases/2026-01-05.json')).toMatchObject({ check: 'checksum does not match' });
    expect(stateOf(inventory, 'cases/2026-01-06.json')).toMatchObject({ check: 'no checksum' });
    expect(stateOf(inventory, 'index/cases/2026-03.json')).toMatchObject({ check: 'valid JSON' });
    expect(stateOf(inventory, 'desk.json.damaged-2026-11-30T08-00-00Z')).toMatchObject({ check: 'set aside as damaged' });
    expect(stateOf(inventory, 'index/cases/2026-02.json')).toMatchObject({ check: 'not valid JSON' });
    expect(stateOf(inventory, 'backups/2026-03-03/desk.json')).toMatchObject({ check: 'not checked' });
    expect(inventory.files.every((f) => !f.path.includes('\\'))).toBe(true);
    expect(inventory.totals).toEqual({ files: inventory.files.length, bytes: inventory.files.reduce((sum, f) => sum + f.size, 0) });
    expect(textOf(files, 'inventory.txt')).toMatch(/^cases\/2026-01-05\.json +[\d,]+ +2026-\S+ +checksum does not match$/m);
  });

  it('with data included, adds desk.json, cases and bookings, and about.json says so', async () => {
    const archive = await build(true);
    const files = unzipSync(archive.bytes);
    const names = Object.keys(files);
    expect(names).toEqual(
      expect.arrayContaining(['data/desk.json', 'data/cases/2026-03-02.json', 'data/cases/2026-01-05.json', 'data/desk.json.damaged-2026-11-30T08-00-00Z']),
    );
    expect(names.filter((n) => /^data\/(backups|index)\/|\.lock$/.test(n))).toEqual([]);
    expect(textOf(files, 'data/desk.json')).toContain('Lotus Digital');
    expect(files['data/cases/2026-03-02.json']).toEqual(new Uint8Array(await readFile(join(dataDir, 'cases', '2026-03-02.json'))));
    expect(jsonOf(files, 'about.json')).toMatchObject({ includedData: true });
    expect(archive.summary).toMatchObject({ includedData: true, files: names.length });
  });
});

describe('the diagnostics archive, when the laptop is in a bad way', () => {
  it('is made without a logs folder', async () => {
    await aDeskWithAPartner();
    const archive = await build(false, join(root, 'no-logs-here'));
    const files = unzipSync(archive.bytes);
    expect(Object.keys(files).filter((n) => n.startsWith('logs/'))).toEqual([]);
    expect(archive.summary.logFiles).toBe(0);
    expect(jsonOf(files, 'about.json')).toMatchObject({ logs: { found: false, files: [] } });
  });

  it('is made without a data folder', async () => {
    const files = unzipSync((await build(true)).bytes);
    expect(jsonOf<Inventory>(files, 'inventory.json').files).toEqual([
      { path: '.', size: 0, modified: null, check: 'unreadable', note: 'folder could not be listed (ENOENT)' },
    ]);
  });

  it('notes what it cannot read, and follows no link out of the data folder', async () => {
    await aDeskWithAPartner();
    // Running as root, chmod 000 would not stop a read: a folder named like a day stands in.
    await mkdir(join(dataDir, 'cases', '2026-01-07.json'));
    await symlink(join(root, 'nowhere.json'), join(dataDir, 'cases', '2026-01-08.json'));
    await writeFile(join(root, 'outside.json'), 'Outside the data folder');
    await mkdir(join(dataDir, 'bookings'), { recursive: true });
    await symlink(join(root, 'outside.json'), join(dataDir, 'bookings', '2027.json'));
    await mkdir(logsDir, { recursive: true });
    await symlink(join(root, 'outside.json'), join(logsDir, 'renderer.log'));
    const files = unzipSync((await build(true)).bytes);
    const inventory = jsonOf<Inventory>(files, 'inventory.json');
    expect(stateOf(inventory, 'cases/2026-01-07.json')).toMatchObject({ check: 'unreadable', note: 'a folder where the app expects a file' });
    expect(stateOf(inventory, 'cases/2026-01-08.json')).toMatchObject({ check: 'not checked', note: 'a symbolic link: not followed' });
    expect(stateOf(inventory, 'bookings/2027.json')).toMatchObject({ check: 'not checked' });
    for (const [name, bytes] of Object.entries(files)) expect(strFromU8(bytes), name).not.toContain('Outside the data folder');
    expect(jsonOf(files, 'about.json')).toMatchObject({ leftOut: [{ entry: 'logs/renderer.log', reason: 'a symbolic link: not followed' }] });
  });

  it('keeps the newest 5 MiB of a long log', async () => {
    await mkdir(logsDir, { recursive: true });
    await writeFile(join(logsDir, 'main.log'), `oldest line\n${'x'.repeat(6 * 1024 * 1024)}\nnewest line\n`);
    const files = unzipSync((await build(false)).bytes);
    const log = textOf(files, 'logs/main.log');
    expect(log).toHaveLength(5 * 1024 * 1024);
    expect(log.endsWith('newest line\n')).toBe(true);
    expect(log).not.toContain('oldest line');
  });
});
