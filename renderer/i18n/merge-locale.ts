/**
 * Translations live beside nothing but each other: one file per area and language
 * (locales/<language>/<area>.json), merged into one resource per language, so features can add
 * their strings without touching each other's files.
 */
export type Tree = { [key: string]: string | Tree };

/** One language's files (as import.meta.glob gives them, path to tree) merged; a key defined twice is a mistake. */
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
