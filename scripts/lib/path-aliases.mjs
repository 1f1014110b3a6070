// The import aliases (@core/*, @main/* …) have one home, tsconfig.base.json's `paths`, which the
// type checker, tsx and Playwright read; vite (the build and vitest) gets the same list from here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** @param {string} root the project's folder @returns {{ find: RegExp, replacement: string }[]} */
export function pathAliases(root) {
  const { paths } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
  return Object.entries(paths).map(([alias, [target]]) =>
    alias.endsWith('/*')
      ? { find: new RegExp(`^${alias.slice(0, -1)}`), replacement: resolve(root, target.slice(0, -1)) + '/' }
      : { find: new RegExp(`^${alias}$`), replacement: resolve(root, target) },
  );
}
