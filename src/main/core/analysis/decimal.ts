/**
 * Exact arithmetic on the decimal amounts of Money (strings such as "1250.00", up to 6 decimals):
 * scaled to integers, so no comparison is ever off by a floating-point cent.
 */
const SCALE = 6;

/** The amount in millionths, as a bigint. */
export function toMicros(amount: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  const micros = BigInt(whole + fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return sign === '-' ? -micros : micros;
}

/** −1, 0 or 1 as `a` is less than, equal to or more than `b`. */
export function compareAmounts(a: string, b: string): number {
  const x = toMicros(a);
  const y = toMicros(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether `later` ≥ `factor` × `earlier` (factor with at most 3 decimals, e.g. 2.5). */
export function atLeastTimes(later: string, earlier: string, factor: number): boolean {
  const thousandths = BigInt(Math.round(factor * 1000));
  return toMicros(later) * 1000n >= toMicros(earlier) * thousandths;
}

/** `later` / `earlier`, rounded to one decimal, for messages ("4.2 times"). Null when earlier is 0. */
export function ratio(later: string, earlier: string): number | null {
  const e = toMicros(earlier);
  if (e === 0n) return null;
  const tenths = (toMicros(later) * 10n + e / 2n) / e;
  return Number(tenths) / 10;
}

/** "18000.00" → "18,000.00"; digits kept as recorded. */
export function formatAmount(amount: string): string {
  const [whole = '', fraction] = amount.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction !== undefined ? `.${fraction}` : ''}`;
}
