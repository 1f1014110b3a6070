/** A translation tree: a key's text, or a group of keys. */
export type Tree = { [key: string]: string | Tree };

/**
 * One language's files (path to tree) merged as en.ts and zh-CN.ts merge them, but refusing a
 * key that two files define (a spread would let the later one win without a word).
 */
export function mergeLocale(language: string, files: Record<string, Tree>): Tree {
  const merged: Tree = {};
  for (const [path, tree] of Object.entries(files)) {
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`Translation key ${key} is defined twice for ${language} (${path}).`);
      merged[key] = value;
    }
  }
  return merged;
}
