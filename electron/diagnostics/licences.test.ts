import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { packageOf, packagesImportedBy } from './licence-imports';
import { generateLicences, licenceOf, LICENCES_FILE } from './licence-packages';
import type { LicenceEntry } from './licences';

const root = resolve(import.meta.dirname, '../..');

describe('the licence list', () => {
  it('is what the generator makes of the code and node_modules today', () => {
    const committed = JSON.parse(readFileSync(join(root, LICENCES_FILE), 'utf8')) as LicenceEntry[];
    expect(committed, `${LICENCES_FILE} is out of date: run npx tsx electron/diagnostics/licences-cli.ts`).toEqual(generateLicences(root));
  });

  it('names the packages the app is built on, MIT-licensed, and is sorted by name', () => {
    const entries = generateLicences(root);
    for (const name of ['react', 'zod', 'exceljs'])
      expect(
        entries.find((e) => e.name === name),
        name,
      ).toMatchObject({ licence: 'MIT' });
    expect(entries.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(entries.map((e) => e.name)).not.toContain('vitest');
  });
});

describe('the import scan', () => {
  it('maps a specifier to its package, and leaves out files, built-ins and electron', () => {
    expect(packageOf('@tanstack/react-table/build/x')).toBe('@tanstack/react-table');
    expect(packageOf('react-dom/client')).toBe('react-dom');
    expect(['./x', '../y.json', 'node:fs', 'fs/promises', 'path', 'electron', 'virtual:x'].map(packageOf)).toEqual([null, null, null, null, null, null, null]);
  });

  it('counts what loads at run time, not type-only imports', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { Low } from 'lowdb';",
      "import { type A, type B } from 'only-types';",
      "import React, { type FC } from 'react';",
      "import {\n  useTable,\n  flexRender,\n} from '@tanstack/react-table';",
      "export { thing } from 'reexported/sub';",
      "export type { T } from 'type-reexport';",
      "import 'side-effect';",
      "const later = await import('dynamic');",
      '/** import nothing from "in-a-comment" */',
    ].join('\n');
    expect(packagesImportedBy(source)).toEqual(['@tanstack/react-table', 'dynamic', 'react', 'reexported', 'side-effect', 'zod']);
  });

  it('reads a licence from `license`, the legacy `{ type }`, or the legacy `licenses` array', () => {
    expect(licenceOf({ license: 'ISC' })).toBe('ISC');
    expect(licenceOf({ license: { type: 'BSD' } })).toBe('BSD');
    expect(licenceOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenceOf({})).toBe('UNKNOWN');
  });
});
