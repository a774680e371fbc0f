import type { Money } from '../domain/common';
import { MAX_RATE_AGE_DAYS, type ConvertedTotal } from '../domain/finance';
import { formatScaled, fromMicros, multiplyByRate, SCALE, sumAmounts, toMicros } from './decimal';

/**
 * Conversion of amounts to a base currency with the unit's own table of exchange rates. Pure
 * and exact, and never guessing:
 * - a rate is "1 `currency` = `rate` `base` on `date`"; only rates written in that direction are
 *   used (an EUR → RSD rate is not inverted to convert RSD to EUR: that would be a new figure
 *   nobody recorded);
 * - an amount dated D uses the rate of D or, failing that, the latest earlier rate no more than
 *   MAX_RATE_AGE_DAYS (7) days before D; a later rate is never used;
 * - otherwise the amount is "missing": totals report it per currency, in its own currency.
 * Rounding: each converted amount is rounded once to 2 decimals, half-up (a tie goes away from
 * zero, as Council Regulation (EC) No 1103/97 prescribes for currency conversions); a total is
 * the exact sum of the rounded amounts, so the rows shown add up to it.
 */
export interface RateEntry {
  date: string;
  currency: string;
  base: string;
  rate: string;
}

/** Rates by currency pair, each list sorted by date. */
export type RateTable = ReadonlyMap<string, ReadonlyArray<RateEntry>>;

const pair = (currency: string, base: string) => `${currency}>${base}`;

export function rateTable(rates: Iterable<RateEntry>): RateTable {
  const table = new Map<string, RateEntry[]>();
  for (const r of rates) {
    const key = pair(r.currency, r.base);
    const list = table.get(key);
    if (list) list.push(r);
    else table.set(key, [r]);
  }
  for (const list of table.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return table;
}

const DAY_MS = 86_400_000;
/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The rate for an amount of `currency` dated `date`: that day's, else the latest within the limit. */
export function findRate(
  table: RateTable,
  currency: string,
  base: string,
  date: string,
  maxAgeDays = MAX_RATE_AGE_DAYS,
): RateEntry | null {
  const list = table.get(pair(currency, base));
  if (!list || list.length === 0) return null;
  // Binary search: the last rate dated on or before `date`.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as RateEntry).date <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const rate = list[found] as RateEntry;
  return daysBetween(rate.date, date) <= maxAgeDays ? rate : null;
}

export type Conversion =
  | {
      ok: true;
      /** In the base currency, 2 decimals. */
      amount: string;
      /** The rate used and its date; null when the amount was already in the base currency. */
      rate: string | null;
      rateDate: string | null;
    }
  | { ok: false; reason: 'no_rate' };

/** `money`, dated `date`, in `base`. */
export function convertMoney(
  money: Money,
  date: string,
  base: string,
  table: RateTable,
): Conversion {
  if (money.currency === base) {
    return { ok: true, amount: fromMicros(toMicros(money.amount), 2), rate: null, rateDate: null };
  }
  const rate = findRate(table, money.currency, base, date);
  if (!rate) return { ok: false, reason: 'no_rate' };
  return {
    ok: true,
    amount: multiplyByRate(money.amount, rate.rate, { decimals: 2, rounding: 'half-up' }),
    rate: rate.rate,
    rateDate: rate.date,
  };
}

/**
 * The total of dated amounts in `base`: the exact sum of what converted, and, per currency, the
 * exact sum and count of what could not (no rate within the limit). Nothing is estimated.
 */
export function convertedTotal(
  items: Iterable<{ amount: Money; date: string }>,
  base: string,
  table: RateTable,
): ConvertedTotal {
  let total = 0n;
  const missing = new Map<string, { amounts: string[]; count: number }>();
  for (const item of items) {
    const c = convertMoney(item.amount, item.date, base, table);
    if (c.ok) {
      total += toMicros(c.amount);
      continue;
    }
    const m = missing.get(item.amount.currency) ?? { amounts: [], count: 0 };
    m.amounts.push(item.amount.amount);
    m.count += 1;
    missing.set(item.amount.currency, m);
  }
  return {
    base,
    amount: formatScaled(total / 10n ** BigInt(SCALE - 2), 2),
    missing: [...missing.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, m]) => ({ currency, amount: sumAmounts(m.amounts), count: m.count })),
  };
}
