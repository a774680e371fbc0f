import type { Money } from '../../../../shared/domain/common';

/** Currencies offered first in the customs section; any ISO 4217 code can be typed. */
export const CURRENCIES = [
  'EUR',
  'USD',
  'CHF',
  'GBP',
  'RSD',
  'MKD',
  'ALL',
  'BAM',
  'BGN',
  'HUF',
  'RON',
  'CZK',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
  'TRY',
  'AED',
  'CNY',
  'JPY',
] as const;

const SCALE = 6;

/** "1250.5" → 1250500000n (six decimals, as DecimalAmount allows): exact, no floating point. */
function toUnits(amount: string): bigint | null {
  const m = /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/.exec(amount);
  if (!m) return null;
  const [, sign, whole = '0', fraction = ''] = m;
  const units = BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0'));
  return sign === '-' ? -units : units;
}

function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / 10n ** BigInt(SCALE);
  const fraction = (abs % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export interface ValueGap {
  /** assessed − declared, exact, in the common currency. */
  difference: string;
  currency: string;
  /** assessed ÷ declared (null when nothing was declared). */
  ratio: number | null;
}

/**
 * How far the assessed value is from the declared one: the usual sign of a cultural object
 * passed off as a cheap souvenir. Null when either is missing or they are in different currencies.
 */
export function valueGap(declared: Money | null, assessed: Money | null): ValueGap | null {
  if (!declared || !assessed || declared.currency !== assessed.currency) return null;
  const d = toUnits(declared.amount);
  const a = toUnits(assessed.amount);
  if (d === null || a === null) return null;
  return {
    difference: fromUnits(a - d),
    currency: declared.currency,
    ratio: d === 0n ? null : Number(a) / Number(d),
  };
}
