import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/** The folders whose code ships inside the app (test/ and the build's own config do not). */
const SHIPPED_FOLDERS = ['core', 'electron', 'renderer'];

// Tests and declaration files are never bundled.
const ships = (name: string) => /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith('.d.ts');

/** Every source file that ships, as a full path, in a stable order. */
export function shippedSourceFiles(root: string): string[] {
  return SHIPPED_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && ships(entry.name) && !entry.parentPath.includes('node_modules'))
      .map((entry) => join(entry.parentPath, entry.name)),
  ).sort();
}

// `import … from 'x'` and `export … from 'x'`: group 1 marks `import type`/`export type`,
// group 2 is what is imported (names, braces, `* as`), group 3 the specifier.
const FROM = /^[ \t]*(?:import|export)\s+(type\s+)?([\w\s{},*$]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** `{ type A, type B }` alone brings in nothing at run time (verbatimModuleSyntax drops it). */
function onlyTypes(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  const names =
    braces?.[1]
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean) ?? [];
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The package a specifier loads: '@scope/name/sub' → '@scope/name', 'name/sub' → 'name'; null for files, Node's built-ins and electron. */
export function packageOf(specifier: string): string | null {
  const path = specifier.split('?')[0] ?? '';
  // Relative, absolute, and scheme specifiers (node:, virtual:) are not packages.
  if (path.startsWith('.') || path.startsWith('/') || path.includes(':')) return null;
  const parts = path.split('/');
  const name = path.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  // electron is the runtime the app ships in, with its own licences; not a bundled package.
  return name === '' || name === 'electron' || builtinModules.includes(name) ? null : name;
}

/** The packages a source file loads at run time (type-only imports left out). */
export function packagesImportedBy(source: string): string[] {
  const specifiers = [
    ...[...source.matchAll(FROM)].filter((m) => !m[1] && !onlyTypes(m[2] ?? '')).map((m) => m[3]),
    ...[...source.matchAll(BARE_IMPORT)].map((m) => m[1]),
    ...[...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]),
  ];
  const names = specifiers.map((s) => (s === undefined ? null : packageOf(s))).filter((n): n is string => n !== null);
  return [...new Set(names)].sort();
}

/** The project's own import aliases (tsconfig.base.json `paths`: `@core`, `@main` …): folders, not packages. */
function projectAliases(root: string): Set<string> {
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, unknown> } };
  return new Set(Object.keys(compilerOptions.paths).map((alias) => alias.replace(/\/\*$/, '')));
}

/** Every package that non-test code under core/, electron/ and renderer/ imports. */
export function shippedImports(root: string): string[] {
  const aliases = projectAliases(root);
  const names = shippedSourceFiles(root).flatMap((file) => packagesImportedBy(readFileSync(file, 'utf8')));
  return [...new Set(names)].filter((name) => !aliases.has(name.split('/')[0] ?? name)).sort();
}
