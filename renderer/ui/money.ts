// M1: amounts travel as integers in minor units; only the screen turns them into currency text.
import { minorDigits } from '@core/money';

// M1: a currency's minor units are core's answer, so the screen and the exports never disagree.
export { minorDigits };

/** 123456 CNY → "¥1,234.56" (en) or "¥1,234.56" (zh-CN), with the sign where the amount is negative. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  // Dividing an integer by a power of ten is exact enough for display: no rounding happens here.
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    minor / 10 ** digits,
  );
}

/**
 * Reads what a user typed ("1,234.5", "1234", "¥1 234.50") as minor units, or null when it is
 * not an amount or has more decimals than the currency allows. Negative amounts are refused
 * here: prices are never negative.
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const cleaned = text.replace(/[\s,\u00a0\u202f]/g, '').replace(/^[^\d.-]+/, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The amount as the user would type it back ("1234.50"), for editing fields. */
export function moneyInputValue(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
}
