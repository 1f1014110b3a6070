/**
 * Translations live beside nothing but each other: one file per area and language
 * (locales/<language>/<area>.json), merged here into one resource per language, so features
 * can add their strings without touching each other's files.
 */
type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

function merge(language: string): Tree {
  const merged: Tree = {};
  for (const [path, tree] of Object.entries(files)) {
    if (path.split('/')[2] !== language) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`Translation key ${key} is defined twice for ${language} (${path}).`);
      merged[key] = value;
    }
  }
  return merged;
}

export const en = merge('en');
export const zhCN = merge('zh-CN');
export type { Tree };
