import { dirname, relative, resolve, sep } from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-plugin-prettier/recommended';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// core/ is the pure domain (style.md §1): no platform, UI, persistence or clock access.
const coreForbidden = {
  paths: [
    { name: 'electron', message: 'core/ is pure: platform services are passed in, never imported.' },
    { name: 'react', message: 'core/ is pure: no UI code.' },
    { name: 'react-dom', message: 'core/ is pure: no UI code.' },
    { name: 'lowdb', message: 'core/ is pure: it stores nothing; electron/store/ does, and hands core the values.' },
    { name: 'luxon', message: 'core/ computes Beijing dates itself (T1); keep it dependency-free.' },
  ],
  patterns: [
    { group: ['node:*'], message: 'core/ is pure: no Node built-ins.' },
    { group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url'], message: 'core/ is pure: no Node built-ins.' },
    { group: ['lowdb/*', 'react/*', 'electron/*', '@main/*', '@renderer/*'], message: 'core/ must not depend on the shell or the UI.' },
  ],
};

// core's front door (core/index.ts): outside core, an area is imported through its index
// (core/money, core/sla …), never a file inside it, so an area can move its files freely.
const coreFrontDoor = { group: ['@core/*/*'], message: "Import core's areas through their index (@core/<area>), not a file inside one." };

// The top-level folders have aliases (tsconfig.base.json `paths`): a relative import stays inside
// its folder, so `@core/money` reads the same from anywhere and a moved file keeps its imports.
const ALIASES = { core: '@core', electron: '@main', renderer: '@renderer', locales: '@locales', test: '@test' };
const projectRoot = import.meta.dirname;
const topFolder = (file) => relative(projectRoot, file).split(sep)[0];
const aliasAcrossFolders = {
  meta: { type: 'suggestion', messages: { alias: 'Import {{target}} through its alias ({{alias}}/…), not a relative path out of {{folder}}/.' }, schema: [] },
  create(context) {
    const folder = topFolder(context.filename);
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('../')) return;
      const target = topFolder(resolve(dirname(context.filename), specifier));
      if (target !== folder && ALIASES[target])
        context.report({ node: node.source, messageId: 'alias', data: { target: `${target}/`, alias: ALIASES[target], folder } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // One format (.prettierrc.json) and one import order over the tree, checked and fixed by lint.
  prettier,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // Packages, then the project's folders (@core …), then this folder; style sheets last, in the
      // order written, as the cascade depends on it.
      'simple-import-sort/imports': ['error', { groups: [['^node:', '^@?\\w'], ['^@(core|main|renderer|locales|test)(/|$)'], ['^\\.'], ['^\\u0000']] }],
      'simple-import-sort/exports': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (style.md §7).' }],
    },
  },
  {
    files: ['{core,electron,renderer,locales,test}/**/*.{ts,tsx}'],
    plugins: { house: { rules: { 'alias-across-folders': aliasAcrossFolders } } },
    rules: { 'house/alias-across-folders': 'error' },
  },
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreForbidden] },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      // The current instant is a parameter in core/ (standards): no Date.now() or new Date().
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass the current instant in.' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (style.md §7).' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the current instant in.' },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'locales/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreFrontDoor] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer imports the contract's types only; values come through the bridge.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lowdb', message: 'The renderer talks to main only through the typed bridge.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
            {
              group: ['electron', '@main/*'],
              allowTypeImports: true,
              message: 'The renderer imports types only from electron/; it talks to main through the typed bridge.',
            },
            coreFrontDoor,
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{ts,js}', 'electron.vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
