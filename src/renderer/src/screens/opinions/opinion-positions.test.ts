import { describe, expect, it } from 'vitest';
import { summariseOpinions } from '../../../../shared/experts/opinion-summary';
import { isCountryCode, parseMoney, parseYearRange, redListOf } from './opinion-positions';

describe('parseYearRange', () => {
  it('reads both ends, BC as negative years', () => {
    expect(parseYearRange('-400/-300')).toEqual({ earliest: -400, latest: -300 });
    expect(parseYearRange('-50/120')).toEqual({ earliest: -50, latest: 120 });
  });

  it('keeps an open end open, and a single year as both ends', () => {
    expect(parseYearRange('-400/')).toEqual({ earliest: -400, latest: null });
    expect(parseYearRange('/1550')).toEqual({ earliest: null, latest: 1550 });
    expect(parseYearRange('1550')).toEqual({ earliest: 1550, latest: 1550 });
  });

  it('refuses what is not a year range', () => {
    expect(parseYearRange('/')).toBeNull();
    expect(parseYearRange('')).toBeNull();
    expect(parseYearRange('4th century BC')).toBeNull();
  });
});

describe('parseMoney', () => {
  it('reads an amount and its currency', () => {
    expect(parseMoney('1200.00 EUR')).toEqual({ amount: '1200.00', currency: 'EUR' });
    expect(parseMoney('85000 RSD')).toEqual({ amount: '85000', currency: 'RSD' });
  });

  it('refuses anything else', () => {
    expect(parseMoney('EUR 1200')).toBeNull();
    expect(parseMoney('1200.00')).toBeNull();
    expect(parseMoney('1200.00 eur')).toBeNull();
  });
});

describe('redListOf', () => {
  it('takes the parent, else the code before the dot', () => {
    expect(redListOf('see-2021.coins', 'see-2021')).toBe('see-2021');
    expect(redListOf('see-2021.coins', null)).toBe('see-2021');
    expect(redListOf('unit-list', undefined)).toBeNull();
  });
});

describe('the positions the shared summary writes', () => {
  const base = {
    authenticity: null,
    dating: { earliest: null, latest: null, text: '' },
    origin: { text: '', country: null },
    value: null,
    redListCategory: null,
  };
  const summary = summariseOpinions([
    {
      ...base,
      id: 'a',
      dating: { earliest: -400, latest: null, text: '' },
      origin: { text: '', country: 'RS' },
      value: { amount: '1200', currency: 'EUR' },
    },
    {
      ...base,
      id: 'b',
      dating: { earliest: -20, latest: 10, text: '' },
      origin: { text: 'Central Balkans', country: null },
      value: { amount: '400.5', currency: 'EUR' },
    },
  ]);
  const values = (aspect: string) =>
    summary.find((s) => s.aspect === aspect)?.positions.map((p) => p.value) ?? [];

  it('are read back here', () => {
    expect(values('dating').map(parseYearRange)).toEqual([
      { earliest: -400, latest: null },
      { earliest: -20, latest: 10 },
    ]);
    expect(values('value').map((v) => parseMoney(v)?.currency)).toEqual(['EUR', 'EUR']);
    expect(values('origin').map(isCountryCode)).toEqual([true, false]);
  });
});
