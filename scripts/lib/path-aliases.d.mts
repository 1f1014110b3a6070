/** The aliases of tsconfig.base.json's `paths`, as vite's `resolve.alias` entries. */
export function pathAliases(root: string): { find: RegExp; replacement: string }[];
