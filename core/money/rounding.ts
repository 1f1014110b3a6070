// M1: amounts are integer minor units, rounded half-up once from the exact fraction.

/**
 * numerator / denominator rounded half-up (halves away from zero), computed with BigInt so no
 * floating-point division ever touches money: 1200000 × 184 / 365 = 604931.5068… → 604932.
 */
export function roundHalfUp(numerator: bigint | number, denominator: bigint | number = 1): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) throw new RangeError('Division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const rounded = (2n * an + ad) / (2n * ad);
  const result = Number(negative ? -rounded : rounded);
  return result === 0 ? 0 : result; // never -0
}

/** amount × numerator / denominator, rounded once (M1). */
export function prorate(amount: number, numerator: number, denominator: number): number {
  return roundHalfUp(BigInt(amount) * BigInt(numerator), denominator);
}
