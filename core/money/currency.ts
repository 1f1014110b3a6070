// M1: amounts are integers in a currency's minor units; how many there are is the currency's.

const digits = new Map<string, number>();

/**
 * M1: how many minor units a currency has (CNY 2, JPY 0), from the platform's Intl data. Kept
 * per currency: a formatter is costly to make, and a year's export asks for every amount.
 */
export function minorDigits(currency: string): number {
  let found = digits.get(currency);
  if (found === undefined) {
    found = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digits.set(currency, found);
  }
  return found;
}
