// Export headers and words in the user's language, from the same translation files the screens use.
import { minorDigits } from '../../core/money';
import enCatalog from '../../renderer/i18n/locales/en/catalog.json' with { type: 'json' };
import enQuotas from '../../renderer/i18n/locales/en/quotas.json' with { type: 'json' };
import enReports from '../../renderer/i18n/locales/en/reports.json' with { type: 'json' };
import zhCatalog from '../../renderer/i18n/locales/zh-CN/catalog.json' with { type: 'json' };
import zhQuotas from '../../renderer/i18n/locales/zh-CN/quotas.json' with { type: 'json' };
import zhReports from '../../renderer/i18n/locales/zh-CN/reports.json' with { type: 'json' };

export type ExportLanguage = 'en' | 'zh-CN';

type Tree = { readonly [key: string]: string | Tree };

const trees: Record<ExportLanguage, readonly Tree[]> = {
  en: [enCatalog, enQuotas, enReports],
  'zh-CN': [zhCatalog, zhQuotas, zhReports],
};

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

export type Labels = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** A translate function for main: i18next's key paths and {{name}} placeholders, no plurals needed. */
export function labelsFor(language: ExportLanguage): Labels {
  return (key, values = {}) => {
    const text = trees[language].map((tree) => lookup(tree, key)).find((found) => found !== undefined);
    // A missing key is a programming error the key-parity test and these tests catch.
    if (text === undefined) throw new Error(`No ${language} text for ${key}.`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}


/** M1: minor units as decimal major units; dividing an integer by a power of ten is exact to display. */
export const majorUnits = (minor: number, currency: string): number => minor / 10 ** minorDigits(currency);
