// package.json `dependencies` are what electron-builder packs and what electron-vite leaves as
// require() in out/main: they must be exactly the packages main and preload load at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import viteConfig from '../electron.vite.config.ts';
import { dependencyProblems, packagesLoadedFrom } from './lib/main-imports.mjs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entries = [viteConfig.main, viteConfig.preload].map((side) => side.build.rolldownOptions.input.index);
// Packages main's build bundles on purpose instead of requiring them (ESM-only ones).
const bundled = viteConfig.main.build.externalizeDeps?.exclude ?? [];

describe('the packages packed with the app', () => {
  const loaded = packagesLoadedFrom(entries, undefined, undefined, viteConfig.main.resolve.alias);
  const problems = dependencyProblems({ loaded: loaded.keys(), dependencies: Object.keys(manifest.dependencies ?? {}), bundled });

  it('include every package main and preload load at run time', () => {
    const where = problems.missing.map((name) => `${name} (loaded by ${loaded.get(name)})`);
    expect(where, 'add these to dependencies, or to externalizeDeps.exclude in electron.vite.config.ts to bundle them').toEqual([]);
  });

  it('are all loaded by main (renderer-only packages are devDependencies, bundled by vite)', () => {
    expect(problems.unused, 'move these to devDependencies').toEqual([]);
  });

  it('leave out what main bundles on purpose', () => {
    expect(problems.packedAndBundled, 'these are bundled into out/main: move them to devDependencies').toEqual([]);
  });
});
