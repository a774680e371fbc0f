import { describe, expect, it } from 'vitest';
import {
  convertedTotal,
  convertMoney,
  findRate,
  rateTable,
  type RateEntry,
} from '../../../src/shared/finance/convert';
import {
  compareAmounts,
  fromMicros,
  multiplyByRate,
  roundAmount,
  sumAmounts,
  toMicros,
} from '../../../src/shared/finance/decimal';
import * as analysisDecimal from '../../../src/main/core/analysis/decimal';

const rate = (currency: string, date: string, value: string, base = 'EUR'): RateEntry => ({
  currency,
  base,
  date,
  rate: value,
});

describe('exact decimals', () => {
  it('sums exactly where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['1250', '0.5'])).toBe('1250.50');
    expect(sumAmounts(['999999999999999.99', '0.01'])).toBe('1000000000000000.00');
    expect(sumAmounts(['0.000001', '0.000002'])).toBe('0.000003');
    expect(sumAmounts([])).toBe('0.00');
    expect(compareAmounts('9999.99', '10000')).toBe(-1);
    expect(() => toMicros('1.0000001')).toThrow(/more than 6 decimals/);
    expect(toMicros('1.5000000')).toBe(1_500_000n);
  });

  it('rounds half-up (away from zero) or half-even, as asked', () => {
    expect(roundAmount('2.345')).toBe('2.35');
    expect(roundAmount('2.345', 2, 'half-even')).toBe('2.34');
    expect(roundAmount('2.355', 2, 'half-even')).toBe('2.36');
    expect(roundAmount('-2.345')).toBe('-2.35');
    expect(roundAmount('2.344999')).toBe('2.34');
    expect(fromMicros(-5_000n, 2)).toBe('-0.01');
    expect(fromMicros(123_456_789n, 0)).toBe('123');
  });

  it('multiplies by a rate exactly and rounds once', () => {
    // 117,250.00 RSD at 0.008532 = 1000.377 EUR → 1000.38.
    expect(multiplyByRate('117250.00', '0.008532')).toBe('1000.38');
    // A tie: 0.125 → 0.13 half-up, 0.12 half-even.
    expect(multiplyByRate('0.25', '0.5')).toBe('0.13');
    expect(multiplyByRate('0.25', '0.5', { rounding: 'half-even' })).toBe('0.12');
    expect(multiplyByRate('1', '1.955830', { decimals: 6 })).toBe('1.955830');
  });

  it('is still reachable where the analysis rules import it', () => {
    expect(analysisDecimal.compareAmounts('18000.00', '4000')).toBe(1);
    expect(analysisDecimal.formatAmount('18000.00')).toBe('18,000.00');
  });
});

describe('conversion to a base currency', () => {
  const table = rateTable([
    rate('RSD', '2024-03-12', '0.008532'),
    rate('RSD', '2024-03-01', '0.008500'),
    rate('USD', '2024-03-04', '0.920000'),
    rate('CHF', '2024-03-20', '1.040000'),
    // The other direction: never inverted.
    rate('EUR', '2024-03-12', '117.200000', 'RSD'),
  ]);

  it('uses the rate of the day, else the latest earlier one within 7 days', () => {
    expect(findRate(table, 'RSD', 'EUR', '2024-03-12')?.rate).toBe('0.008532');
    expect(findRate(table, 'RSD', 'EUR', '2024-03-19')?.date).toBe('2024-03-12');
    expect(findRate(table, 'RSD', 'EUR', '2024-03-20')).toBeNull();
    // Exactly 7 days old still counts; 10 days old does not.
    expect(findRate(table, 'RSD', 'EUR', '2024-03-08')?.date).toBe('2024-03-01');
    expect(findRate(table, 'RSD', 'EUR', '2024-03-11')).toBeNull();
    // Never a later rate.
    expect(findRate(table, 'CHF', 'EUR', '2024-03-19')).toBeNull();
    expect(findRate(table, 'GBP', 'EUR', '2024-03-12')).toBeNull();
  });

  it('converts one amount, or says there is no rate', () => {
    expect(
      convertMoney({ amount: '117250.00', currency: 'RSD' }, '2024-03-14', 'EUR', table),
    ).toEqual({ ok: true, amount: '1000.38', rate: '0.008532', rateDate: '2024-03-12' });
    // Same currency: no rate needed, written with 2 decimals.
    expect(convertMoney({ amount: '9500', currency: 'EUR' }, '2020-01-01', 'EUR', table)).toEqual({
      ok: true,
      amount: '9500.00',
      rate: null,
      rateDate: null,
    });
    // RSD → EUR is not derived from the EUR → RSD rate.
    expect(convertMoney({ amount: '1000', currency: 'RSD' }, '2024-03-25', 'EUR', table)).toEqual({
      ok: false,
      reason: 'no_rate',
    });
    expect(
      convertMoney({ amount: '100', currency: 'EUR' }, '2024-03-12', 'RSD', table),
    ).toMatchObject({ ok: true, amount: '11720.00' });
  });

  it('totals exactly and lists what has no rate per currency, never guessed', () => {
    const total = convertedTotal(
      [
        { date: '2024-03-14', amount: { amount: '117250.00', currency: 'RSD' } }, // 1000.38
        { date: '2024-03-12', amount: { amount: '0.10', currency: 'EUR' } },
        { date: '2024-03-12', amount: { amount: '0.20', currency: 'EUR' } },
        { date: '2024-03-05', amount: { amount: '1000.00', currency: 'USD' } }, // 920.00
        { date: '2024-03-30', amount: { amount: '500.00', currency: 'USD' } }, // no rate
        { date: '2024-03-31', amount: { amount: '250.50', currency: 'USD' } }, // no rate
        { date: '2024-03-12', amount: { amount: '40000', currency: 'GBP' } }, // no rate
      ],
      'EUR',
      table,
    );
    expect(total).toEqual({
      base: 'EUR',
      amount: '1920.68',
      missing: [
        { currency: 'GBP', amount: '40000.00', count: 1 },
        { currency: 'USD', amount: '750.50', count: 2 },
      ],
    });
    expect(convertedTotal([], 'EUR', table)).toEqual({ base: 'EUR', amount: '0.00', missing: [] });
  });

  it('adds the rounded amounts, so the rows shown add up to the total', () => {
    // Each 0.333 → 0.33 (half-up); three of them total 0.99, not round(0.999) = 1.00.
    const t = rateTable([rate('XYZ', '2024-01-01', '0.333')]);
    const item = { date: '2024-01-01', amount: { amount: '1', currency: 'XYZ' } };
    expect(convertedTotal([item, item, item], 'EUR', t).amount).toBe('0.99');
  });
});
