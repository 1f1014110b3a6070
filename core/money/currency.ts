// M1: amounts are integers in a currency's minor units; how many there are is the currency's.

/** M1: how many minor units a currency has (CNY 2, JPY 0), from the platform's Intl data. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
