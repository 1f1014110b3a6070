// Which npm packages the main process (and preload) load at run time, read from the sources by
// following their imports from the build's entries. electron-vite leaves the packages listed in
// package.json `dependencies` as require() calls and bundles everything else, and electron-builder
// packs exactly `dependencies`: so those must be what main loads, no more and no fewer.
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The package a bare specifier loads ('@scope/name/sub' → '@scope/name'), or null for a file, a built-in or electron. */
export function packageName(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return null;
  if (specifier === 'electron' || specifier.startsWith('electron/')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function literalArgument(call) {
  const [first] = call.arguments;
  return first && ts.isStringLiteralLike(first) ? first.text : null;
}

/** Every module specifier a TypeScript source loads at run time: `import type` and `export type` are left out. */
export function runtimeSpecifiers(source, fileName = 'source.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node)) {
      const dynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const requireCall = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const specifier = dynamicImport || requireCall ? literalArgument(node) : null;
      if (specifier !== null) found.push(specifier);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const SOURCE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

/** The source file a relative specifier names, the way the bundler finds it (extension optional). */
export function resolveSource(fromFile, specifier, exists = existsSync) {
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, '').replace(/\.js$/, ''));
  const candidates = SOURCE_SUFFIXES.map((suffix) => base + suffix).concat(specifier.endsWith('.js') ? [resolve(dirname(fromFile), specifier)] : []);
  return candidates.find((candidate) => /\.[cm]?[jt]sx?$|\.json$/.test(candidate) && exists(candidate)) ?? null;
}

/**
 * The packages reachable from `entries` through relative imports, each with the first file that
 * loads it. `read` and `resolveFile` are injectable so the walk can be tested without files; `aliases`
 * (path-aliases.mjs) turn `@core/…` and the like into the files they name.
 */
export function packagesLoadedFrom(entries, read = (file) => readFileSync(file, 'utf8'), resolveFile = resolveSource, aliases = []) {
  const packages = new Map();
  const seen = new Set();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || file.endsWith('.json')) continue;
    seen.add(file);
    for (const written of runtimeSpecifiers(read(file), file)) {
      const alias = aliases.find(({ find }) => find.test(written));
      const specifier = alias ? './' + relative(dirname(file), written.replace(alias.find, alias.replacement)) : written;
      if (specifier.startsWith('.')) {
        const target = resolveFile(file, specifier);
        if (target === null) throw new Error(`${file}: cannot find ${specifier}`);
        pending.push(target);
        continue;
      }
      const name = packageName(specifier);
      if (name !== null && !packages.has(name)) packages.set(name, file);
    }
  }
  return packages;
}

/**
 * What is wrong with `dependencies` for the package names main loads: packages main loads that are neither in
 * `dependencies` nor bundled on purpose, `dependencies` main never loads, and packages both bundled
 * and packed. Empty lists when it is right.
 */
export function dependencyProblems({ loaded, dependencies, bundled }) {
  const names = new Set(loaded);
  const deps = new Set(dependencies);
  const bundledSet = new Set(bundled);
  return {
    missing: [...names].filter((name) => !deps.has(name) && !bundledSet.has(name)).sort(),
    unused: [...deps].filter((name) => !names.has(name)).sort(),
    packedAndBundled: [...deps].filter((name) => bundledSet.has(name)).sort(),
  };
}
