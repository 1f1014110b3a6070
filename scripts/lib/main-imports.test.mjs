import { describe, expect, it } from 'vitest';

import { dependencyProblems, packageName, packagesLoadedFrom, runtimeSpecifiers } from './main-imports.mjs';

describe('packageName', () => {
  it('names the package of a bare specifier, scoped or with a subpath', () => {
    expect(['zod', 'electron-log/node', '@scope/pkg/deep/file', '@scope/pkg'].map(packageName)).toEqual(['zod', 'electron-log', '@scope/pkg', '@scope/pkg']);
  });

  it('leaves out files, Node built-ins and electron', () => {
    expect(['./desk', '../x', 'node:fs', 'fs/promises', 'electron', 'electron/main'].map(packageName)).toEqual([null, null, null, null, null, null]);
  });
});

describe('runtimeSpecifiers', () => {
  it('finds static, re-exported, dynamic and required modules and skips type-only ones', () => {
    const source = [
      "import type { Foo } from 'only-types';",
      "export type { Bar } from 'more-types';",
      "import { z } from 'zod';",
      "import 'side-effect';",
      "import { type A, b } from 'mixed';",
      "export { c } from './local';",
      "const x = await import('lazy');",
      "const y = require('old-style');",
      "// import nope from 'in-a-comment';",
      'const text = "import nope from \'in-a-string\'";',
    ].join('\n');
    expect(runtimeSpecifiers(source)).toEqual(['zod', 'side-effect', 'mixed', './local', 'lazy', 'old-style']);
  });
});

describe('packagesLoadedFrom', () => {
  const files = {
    '/app/main.ts': "import { run } from './run';\nimport type { T } from 'typed-only';",
    '/app/run.ts': "import ExcelJS from 'exceljs';\nimport { helper } from './helper';",
    '/app/helper.ts': "import log from 'electron-log/main';\nimport { app } from 'electron';",
    '/app/unreached.ts': "import React from 'react';",
  };
  const read = (file) => files[file];
  const resolveFile = (_from, specifier) => `/app/${specifier.slice(2)}.ts`;

  it('follows relative imports from the entries and names the first file loading each package', () => {
    const loaded = packagesLoadedFrom(['/app/main.ts'], read, resolveFile);
    expect(Object.fromEntries(loaded)).toEqual({ exceljs: '/app/run.ts', 'electron-log': '/app/helper.ts' });
  });
});

describe('dependencyProblems', () => {
  it('is empty when dependencies are exactly what main requires', () => {
    const problems = dependencyProblems({ loaded: ['zod', 'lowdb'], dependencies: ['zod'], bundled: ['lowdb', 'steno'] });
    expect(problems).toEqual({ missing: [], unused: [], packedAndBundled: [] });
  });

  it('names a package main loads that would be neither packed nor bundled on purpose', () => {
    expect(dependencyProblems({ loaded: ['zod', 'exceljs'], dependencies: ['zod'], bundled: [] }).missing).toEqual(['exceljs']);
  });

  it('names a dependency main never loads, such as a renderer-only package', () => {
    expect(dependencyProblems({ loaded: ['zod'], dependencies: ['zod', 'react'], bundled: [] }).unused).toEqual(['react']);
  });

  it('names a package both bundled into main and packed beside it', () => {
    expect(dependencyProblems({ loaded: ['lowdb'], dependencies: ['lowdb'], bundled: ['lowdb'] }).packedAndBundled).toEqual(['lowdb']);
  });
});
