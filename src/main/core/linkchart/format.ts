/**
 * How the link chart writes amounts and accounts: summed micros back to decimal text, and an
 * account's short label (IBAN in groups, else number, address or holder).
 */
import type { AccountRecord } from '../../../shared/domain/finance';

const SCALE = 6;

/** Micros back to a decimal text with `digits` decimals (the most any summed amount had, ≥ 2). */
export function formatMicros(micros: bigint, digits: number): string {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const whole = abs / 10n ** BigInt(SCALE);
  const fraction = (abs % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0').slice(0, digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** How many decimals (at most SCALE) an amount text has. */
export const decimalsOf = (amount: string): number => {
  const dot = amount.indexOf('.');
  return dot < 0 ? 0 : Math.min(SCALE, amount.length - dot - 1);
};

/** "RS35105008123123123173" → "RS35 1050 0812 3123 1231 73"; else the number or the address. */
export function accountLabel(a: AccountRecord): string {
  if (a.iban !== '') return a.iban.replace(/(.{4})(?=.)/g, '$1 ');
  if (a.accountNumber !== '') return a.accountNumber;
  if (a.address !== '') return a.address;
  return a.holder.name || a.id.slice(0, 8);
}
