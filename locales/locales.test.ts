import { describe, expect, it } from 'vitest';

import { en } from './en';
import { mergeLocale, type Tree } from './merge-locale';
import { zhCN } from './zh-CN';

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function placeholders(tree: Tree): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') map.set(`${prefix}${key}`, [...value.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!).sort());
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(tree, '');
  return map;
}

describe('translations', () => {
  it('merge every file of their folder, no key defined in two files', () => {
    // en.ts and zh-CN.ts list their files by hand (main and the page read them alike): a file
    // added to the folder but not to the list, or a key two files define, shows here.
    expect(mergeLocale('en', import.meta.glob<Tree>('./en/*.json', { eager: true, import: 'default' }))).toEqual(en);
    expect(mergeLocale('zh-CN', import.meta.glob<Tree>('./zh-CN/*.json', { eager: true, import: 'default' }))).toEqual(zhCN);
  });

  it('has every area of the app', () => {
    expect(Object.keys(en)).toEqual(expect.arrayContaining(['app', 'partners', 'settings', 'errors', 'fields']));
  });

  it('English and Simplified Chinese have the same keys', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('every translation uses the same placeholders as the English text', () => {
    const english = placeholders(en);
    for (const [key, names] of placeholders(zhCN)) expect([key, names]).toEqual([key, english.get(key)]);
  });

  it('no translation is left empty', () => {
    const empty = (tree: Tree) => keys(tree).filter((k) => k.split('.').reduce<Tree | string>((n, part) => (n as Tree)[part]!, tree) === '');
    expect(empty(en)).toEqual([]);
    expect(empty(zhCN)).toEqual([]);
  });
});
