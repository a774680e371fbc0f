/**
 * Exact arithmetic on the decimal amounts of Money (strings such as "1250.00", up to 6 decimals):
 * scaled to integers (bigint), so no sum, comparison or conversion is ever off by a
 * floating-point cent. Pure: used by the core (totals, analysis rules) and the renderer alike.
 */
export const SCALE = 6;

/** How a value exactly halfway between two results is rounded. */
export type Rounding = 'half-up' | 'half-even';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** The amount in millionths, as a bigint (digits past the sixth decimal are refused). */
export function toMicros(amount: string): bigint {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > SCALE && /[1-9]/.test(fraction.slice(SCALE))) {
    throw new Error(`more than ${SCALE} decimals: ${amount}`);
  }
  const micros = BigInt(whole + fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return sign === '-' ? -micros : micros;
}

/** How many decimals the amount was written with ("12.50" → 2, "3" → 0). */
export function decimalsOf(amount: string): number {
  const dot = amount.indexOf('.');
  return dot < 0 ? 0 : amount.length - dot - 1;
}

/**
 * Divides `value` by 10^`digits`, rounding the result to an integer as `rounding` says:
 * half-up rounds a tie away from zero (2.5 → 3, −2.5 → −3), half-even to the even neighbour
 * (2.5 → 2, 3.5 → 4).
 */
export function shiftRound(value: bigint, digits: number, rounding: Rounding): bigint {
  if (digits <= 0) return value * 10n ** BigInt(-digits);
  const unit = 10n ** BigInt(digits);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let q = abs / unit;
  const r = abs % unit;
  const twice = r * 2n;
  if (twice > unit || (twice === unit && (rounding === 'half-up' || q % 2n === 1n))) q += 1n;
  return negative ? -q : q;
}

/** An integer count of 10^-`decimals` units as a decimal string ("125050", 2 → "1250.50"). */
export function formatScaled(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  const fraction = decimals === 0 ? '' : `.${digits.slice(-decimals)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Micros as a decimal string with exactly `decimals` decimals, rounded as `rounding` says. */
export function fromMicros(micros: bigint, decimals = 2, rounding: Rounding = 'half-up'): string {
  return formatScaled(shiftRound(micros, SCALE - decimals, rounding), decimals);
}

/** −1, 0 or 1 as `a` is less than, equal to or more than `b`. */
export function compareAmounts(a: string, b: string): number {
  const x = toMicros(a);
  const y = toMicros(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The exact sum, written with as many decimals as the most precise term and at least 2
 * ("1250" + "0.5" → "1250.50"); "0.00" for none.
 */
export function sumAmounts(amounts: Iterable<string>): string {
  let total = 0n;
  let decimals = 2;
  for (const a of amounts) {
    total += toMicros(a);
    decimals = Math.max(decimals, Math.min(SCALE, decimalsOf(a.trim())));
  }
  return fromMicros(total, decimals);
}

/** Rounds an amount to `decimals` decimals (2 by default, half-up unless said otherwise). */
export function roundAmount(amount: string, decimals = 2, rounding: Rounding = 'half-up'): string {
  return fromMicros(toMicros(amount), decimals, rounding);
}

/**
 * `amount` × `rate`, computed exactly (both have at most 6 decimals, so the product has at most
 * 12) and then rounded once to `decimals` decimals as `rounding` says. Half-up by default: the
 * rule for converting amounts between currencies and the euro (Council Regulation (EC)
 * No 1103/97, Art. 5).
 */
export function multiplyByRate(
  amount: string,
  rate: string,
  options: { decimals?: number; rounding?: Rounding } = {},
): string {
  const decimals = options.decimals ?? 2;
  const product = toMicros(amount) * toMicros(rate); // scale 12
  return formatScaled(
    shiftRound(product, 2 * SCALE - decimals, options.rounding ?? 'half-up'),
    decimals,
  );
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
