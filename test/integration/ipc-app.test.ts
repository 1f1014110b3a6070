import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect } from 'vitest';

import { openDesk } from '@main/desk';
import type { AboutInfo, DiagnosticsSaved } from '@main/ipc/contract';

import { deskTest } from '../builders/desk-fixture';
import { aPartner } from '../builders/partners';

// data/ beside logs/, as in the app's own folder (electron/main/shell-paths.ts).
deskTest.override('dataDir', ({ dir }) => join(dir, 'data'));

const data = <T>(answer: { ok: boolean; data?: unknown }): T => {
  expect(answer).toMatchObject({ ok: true });
  return answer.data as T;
};

describe('Help: About and diagnostics through IPC', () => {
  deskTest('answers the versions, the folders, the calendar coverage and the licences of what ships', async ({ desk, dir, services }) => {
    const about = data<AboutInfo>(await desk.dispatch('app/about', {}));
    expect(about).toMatchObject({ runtime: { version: '0.0.0-test', electron: null }, dataDir: join(dir, 'data'), logsDir: join(dir, 'logs') });
    expect(about.calendar).toMatchObject({ from: 2020, to: 2026 });
    expect(about.licences.find((l) => l.name === 'react')).toMatchObject({ licence: 'MIT' });
    data(await desk.dispatch('app/show-data-folder', {}));
    expect(services.shown).toEqual([join(dir, 'data')]);
  });

  deskTest('saves one archive without partner data unless asked, and says where', async ({ desk }) => {
    data(await desk.dispatch('partners/create', aPartner({ name: 'Lotus Digital' })));
    const without = data<DiagnosticsSaved>(await desk.dispatch('app/save-diagnostics', { includeData: false }));
    expect(without).toMatchObject({ path: expect.stringMatching(/partner-support-desk-diagnostics-.*\.zip$/), includedData: false });
    const entries = unzipSync(new Uint8Array(await readFile(without.path!)));
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['about.json', 'inventory.json', 'inventory.txt']));
    expect(Object.values(entries).some((bytes) => Buffer.from(bytes).includes('Lotus Digital'))).toBe(false);

    const withData = data<DiagnosticsSaved>(await desk.dispatch('app/save-diagnostics', { includeData: true }));
    const inside = unzipSync(new Uint8Array(await readFile(withData.path!)));
    expect(Buffer.from(inside['data/desk.json']!).toString()).toContain('Lotus Digital');
    expect(await desk.dispatch('app/save-diagnostics', { includeData: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'includeData' },
    });
  });

  deskTest("logs the page's own error with a short id, and answers the id the page shows", async ({ desk, services }) => {
    const { errorId } = data<{ errorId: string }>(
      await desk.dispatch('app/report-error', {
        kind: 'render',
        message: 'Cannot read properties of undefined',
        stack: 'TypeError: …\n    at QuotaRow',
        componentStack: '\n    at QuotasTable',
        view: 'quotas',
      }),
    );
    expect(errorId).toMatch(/^[0-9A-F]{4}$/);
    expect(services.log.errors).toEqual([
      {
        message: `The page reported a rendering error on quotas (error ${errorId}): Cannot read properties of undefined`,
        cause: 'TypeError: …\n    at QuotaRow\nReact components:\n    at QuotasTable',
      },
    ]);
    expect(await desk.dispatch('app/report-error', { kind: 'error', message: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'message' },
    });
  });

  deskTest('saves a PDF under a name without the control characters a partner name may hold', async ({ dir, services }) => {
    const names: string[] = [];
    const saving = await openDesk({ dataDir: join(dir, 'pdf'), services: { ...services, savePagePdf: async (name) => (names.push(name), null) } });
    data(await saving.dispatch('app/save-pdf', { suggestedName: 'service-report-Nul\u0000Tech\u2028Ltd-2026-03' }));
    expect(names).toEqual(['service-report-Nul-Tech-Ltd-2026-03']);
    await saving.close();
  });

  deskTest('restarts only after answering', async ({ desk, services }) => {
    data(await desk.dispatch('app/restart', {}));
    expect(services.restarts).toEqual([]);
    await expect.poll(() => services.restarts.length).toBe(1);
  });
});
