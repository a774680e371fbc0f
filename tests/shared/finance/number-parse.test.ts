import { describe, expect, it } from 'vitest';
import {
  decimalFromNumber,
  guessNumberFormats,
  negateDecimal,
  normalizeDecimal,
  parseDecimal,
  type NumberFormat,
} from '../../../src/shared/finance/number-parse';

const SR: NumberFormat = { decimal: ',', thousands: '.' }; // sr, hr, bs, mk, sl, de
const SPACE: NumberFormat = { decimal: ',', thousands: ' ' }; // sq, fr, cs, pl
const EN: NumberFormat = { decimal: '.', thousands: ',' };
const CH: NumberFormat = { decimal: '.', thousands: "'" };
const PLAIN_COMMA: NumberFormat = { decimal: ',', thousands: 'none' };
const PLAIN_POINT: NumberFormat = { decimal: '.', thousands: 'none' };

const value = (text: string, format: NumberFormat) => {
  const r = parseDecimal(text, format);
  return r.ok ? r.value : `!${r.problem}`;
};

describe('parseDecimal', () => {
  it.each([
    // Serbian, Croatian, Bosnian, Macedonian, Slovenian, German
    ['1.234,56', SR, '1234.56'],
    ['-1.234,56', SR, '-1234.56'],
    ['1.234.567,8', SR, '1234567.8'],
    ['1234,56', SR, '1234.56'],
    ['0,05', SR, '0.05'],
    ['12', SR, '12'],
    ['1.234', SR, '1234'],
    ['+500,00', SR, '500.00'],
    ['1.234,56-', SR, '-1234.56'],
    ['(1.234,56)', SR, '-1234.56'],
    ['\u22121.234,56', SR, '-1234.56'],
    ['  12,50  ', SR, '12.50'],
    // Albanian, French, Czech: space, no-break space, narrow no-break space
    ['1 234,56', SPACE, '1234.56'],
    ['1\u00a0234\u00a0567,89', SPACE, '1234567.89'],
    ['12\u202f345,6', SPACE, '12345.6'],
    ['-999 999,99', SPACE, '-999999.99'],
    // English
    ['1,234.56', EN, '1234.56'],
    ['-1,234,567.00', EN, '-1234567.00'],
    ['1.234', EN, '1.234'],
    ['0.5', EN, '0.5'],
    // Swiss
    ["1'234.56", CH, '1234.56'],
    ["-12'345'678.9", CH, '-12345678.9'],
    // machine exports
    ['1234,56', PLAIN_COMMA, '1234.56'],
    ['-0001234.560', PLAIN_POINT, '-1234.560'],
    ['0,00', PLAIN_COMMA, '0.00'],
    ['-0,00', PLAIN_COMMA, '0.00'],
    ['123456789012345,123456', PLAIN_COMMA, '123456789012345.123456'],
  ])('%s in %j is %s', (text, format, expected) => {
    expect(value(text, format)).toBe(expected);
  });

  it.each([
    ['12,34,5', SR, '!separators'],
    ['12,34,5', EN, '!grouping'],
    ['1.23,45', SR, '!grouping'],
    ['12.34.5', SR, '!grouping'],
    ['1.2345,00', SR, '!grouping'],
    ['1,234.56', SR, '!separators'],
    ['1.234,56', EN, '!separators'],
    ['1,234,56', EN, '!grouping'],
    ['1 234,56', SR, '!grouping'],
    ['1.234,56', PLAIN_COMMA, '!grouping'],
    ['1,5', PLAIN_POINT, '!grouping'],
    ['1;5', PLAIN_POINT, '!not-a-number'],
    ['1,234.5.6', EN, '!separators'],
    ['1.234,5.6', SR, '!separators'],
    ['', SR, '!empty'],
    ['   ', SR, '!empty'],
    ['abc', SR, '!not-a-number'],
    ['12 RSD', SR, '!not-a-number'],
    ['€12,00', SR, '!not-a-number'],
    ['--12', SR, '!not-a-number'],
    ['- 12', SR, '!not-a-number'],
    [',50', SR, '!not-a-number'],
    ['12,', SR, '!not-a-number'],
    ['1e5', PLAIN_POINT, '!not-a-number'],
    ['0x10', PLAIN_POINT, '!not-a-number'],
    ['1,1234567', SR, '!too-many-decimals'],
    ['1234567890123456', PLAIN_POINT, '!too-large'],
    ['NaN', EN, '!not-a-number'],
  ])('refuses %s in %j (%s)', (text, format, expected) => {
    expect(value(text, format)).toBe(expected);
  });

  it('never goes through floating point: many digits survive exactly', () => {
    expect(value('999.999.999.999.999,999999', SR)).toBe('999999999999999.999999');
    expect(value('0,1', SR)).toBe('0.1');
    expect(value('100000000000000,03', PLAIN_COMMA)).toBe('100000000000000.03');
  });

  it('explains what was expected', () => {
    const r = parseDecimal('12,34,5', EN);
    expect(r).toMatchObject({ ok: false, problem: 'grouping' });
    expect(!r.ok && r.message).toContain('1,234.56');
  });

  it('refuses a format whose separators are the same', () => {
    expect(value('1,5', { decimal: ',', thousands: ',' })).toBe('!separators');
  });
});

describe('decimal helpers', () => {
  it('negates, normalises and converts spreadsheet numbers', () => {
    expect(negateDecimal('12.50')).toBe('-12.50');
    expect(negateDecimal('-12.50')).toBe('12.50');
    expect(negateDecimal('0.00')).toBe('0.00');
    expect(normalizeDecimal('1234.50')).toBe('1234.5');
    expect(normalizeDecimal('12.00')).toBe('12');
    expect(normalizeDecimal('-0.00')).toBe('0');
    expect(normalizeDecimal('100')).toBe('100');
    expect(decimalFromNumber(1234.56)).toBe('1234.56');
    expect(decimalFromNumber(0.1 + 0.2)).toBe('0.3');
    expect(decimalFromNumber(-1234.5599999999999)).toBe('-1234.56');
    expect(decimalFromNumber(1e-7)).toBe('0.0000001');
    expect(decimalFromNumber(1e21)).toBe('1000000000000000000000');
    expect(decimalFromNumber(-0)).toBe('0');
    expect(decimalFromNumber(Number.NaN)).toBeNull();
  });
});

describe('guessNumberFormats', () => {
  it('prefers the format the samples need', () => {
    expect(guessNumberFormats(['-1.234,56', '500,00', '12.000,00'])[0]).toEqual(SR);
    expect(guessNumberFormats(['-1,234.56', '500.00'])[0]).toEqual(EN);
    expect(guessNumberFormats(['1 234,56', '7,10'])[0]).toEqual(SPACE);
    expect(guessNumberFormats(["1'234.56"])[0]).toEqual(CH);
    expect(guessNumberFormats(['1234,56', '-7,1'])[0]).toEqual(SR);
    expect(guessNumberFormats(['abc'])).toEqual([]);
    expect(guessNumberFormats(['', ' '])).toEqual([]);
  });
});
