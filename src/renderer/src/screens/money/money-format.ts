import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n';

export interface Separators {
  group: string;
  decimal: string;
}

/** The digit group and decimal separators of a locale ("sr-Latn-RS": "." and ","). */
export function separatorsOf(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * An exact decimal amount ("1234.5") written with the locale's separators, digit for digit and
 * never through a float, with at least `minDecimals` decimals ("1.234,50"). Text that is not a
 * decimal is returned as it is.
 */
export function formatDecimal(amount: string, separators: Separators, minDecimals = 2): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) return amount;
  const [, sign = '', whole = '', fraction = ''] = m;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  const decimals = fraction.padEnd(minDecimals, '0');
  return `${sign ? '−' : ''}${grouped}${decimals ? `${separators.decimal}${decimals}` : ''}`;
}

/** Amounts as the interface language writes them (exact, with at least two decimals). */
export function useDecimal(): (amount: string, minDecimals?: number) => string {
  const { i18n } = useTranslation();
  const separators = useMemo(() => separatorsOf(intlLocale(i18n.language)), [i18n.language]);
  return useCallback(
    (amount: string, minDecimals = 2) => formatDecimal(amount, separators, minDecimals),
    [separators],
  );
}

/**
 * An account as a list has room for it: an IBAN as its country, check digits and last four
 * characters ("RS35 … 1379"), a long number or address as its start and end; a short one whole.
 */
export function shortAccount(label: string): string {
  const compact = label.replace(/\s+/g, '');
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{8,}$/.test(compact)) {
    return `${compact.slice(0, 4)} … ${compact.slice(-4)}`;
  }
  if (compact.length <= 14) return label;
  return `${compact.slice(0, 6)} … ${compact.slice(-4)}`;
}

/**
 * A decimal typed by a person ("1.234,56", "1 234.56", "-12,5") as the exact text main expects
 * ("1234.56"), or null when it is not one. A lone comma or a lone dot is the decimal separator;
 * with both, the last one is.
 */
export function typedDecimal(text: string): string | null {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  let whole = s;
  let fraction = '';
  if (decimalAt >= 0) {
    const both = lastComma >= 0 && lastDot >= 0;
    const sep = s[decimalAt];
    const count = s.split(sep ?? '').length - 1;
    // "1.234.567" (one separator repeated, never both): grouping, not a decimal point.
    if (!both && count > 1) {
      whole = s.split(sep ?? '').join('');
    } else {
      whole = s.slice(0, decimalAt).replace(/[.,]/g, '');
      fraction = s.slice(decimalAt + 1);
    }
  }
  const m = /^(-?)(\d{1,15})$/.exec(whole);
  if (!m || !/^\d{0,6}$/.test(fraction)) return null;
  const [, sign = '', digits = ''] = m;
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return `${sign}${trimmed}${fraction ? `.${fraction}` : ''}`;
}

/** Names of the chains the app knows (proper names, the same in every language). */
const CHAIN_NAMES: Record<string, string> = {
  bitcoin: 'Bitcoin (BTC)',
  ethereum: 'Ethereum (ETH)',
  tron: 'Tron (TRX)',
  litecoin: 'Litecoin (LTC)',
  monero: 'Monero (XMR)',
  solana: 'Solana (SOL)',
};

/** A chain's name; null for "other" (the caller says "another chain" in the interface language). */
export function chainName(chain: string): string | null {
  return CHAIN_NAMES[chain] ?? null;
}
