// Reading a category, kind or severity by any name a person may have written for it: the id,
// the product description's wording, or a label the app shows (passed in: core holds no UI text).

/**
 * The form a name is compared in: compatibility forms folded (full-width letters, brackets and
 * spaces become plain ones), lower case, a bracketed remark such as "(P3)" or "（北京）" dropped,
 * and spaces, hyphens, underscores, dots and colons left out. So "Product error or fault",
 * "product-error-or-fault" and " PRODUCT  ERROR OR FAULT " are one name, and so are
 * "云产品 错误或故障" and "云产品错误或故障".
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s_\-.:。：]+/g, '');
}

/** Every name of each id, in any order; the id itself is always a name. */
export type NamesById<Id extends string> = Readonly<Record<Id, readonly string[]>>;

export type NameIndex<Id extends string> = {
  /** The id a name stands for, or null when no id has it. */
  read(text: string): Id | null;
};

/** Two ids share a name (after nameKey): a file naming it could mean either, so no index is built. */
export class AmbiguousNameError extends Error {
  constructor(
    readonly shared: string,
    readonly ids: readonly string[],
  ) {
    super(`The name "${shared}" stands for both ${ids.join(' and ')}.`);
    this.name = 'AmbiguousNameError';
  }
}

/**
 * An index of names to ids. Throws AmbiguousNameError when two ids share a name, so a list of
 * names that could misread a file never gets used (its test fails first). An empty name is no name.
 */
export function nameIndex<Id extends string>(ids: readonly Id[], names: NamesById<Id>): NameIndex<Id> {
  const byKey = new Map<string, Id>();
  for (const id of ids) {
    for (const name of [id, ...names[id]]) {
      const key = nameKey(name);
      if (key === '') continue;
      const known = byKey.get(key);
      if (known !== undefined && known !== id) throw new AmbiguousNameError(name, [known, id]);
      byKey.set(key, id);
    }
  }
  return { read: (text) => byKey.get(nameKey(text)) ?? null };
}

/** The names of each id from several lists joined (the product description's, each language's labels). */
export function joinNames<Id extends string>(ids: readonly Id[], ...lists: readonly Partial<Record<Id, string | readonly string[]>>[]): NamesById<Id> {
  const joined = {} as Record<Id, string[]>;
  for (const id of ids) joined[id] = lists.flatMap((list) => list[id] ?? []);
  return joined;
}
