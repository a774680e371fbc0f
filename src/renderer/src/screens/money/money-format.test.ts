import { describe, expect, it } from 'vitest';
import { formatDecimal, separatorsOf, shortAccount, typedDecimal } from './money-format';

describe('formatDecimal', () => {
  const sr = separatorsOf('sr-Latn-RS');
  const en = separatorsOf('en-GB');

  it('groups and separates digit for digit, without floating point', () => {
    expect(formatDecimal('1234.56', sr)).toBe('1.234,56');
    expect(formatDecimal('1234.56', en)).toBe('1,234.56');
    expect(formatDecimal('123456789012345.678901', en)).toBe('123,456,789,012,345.678901');
  });

  it('pads to the decimals asked, marks negatives, leaves other text alone', () => {
    expect(formatDecimal('1234', sr)).toBe('1.234,00');
    expect(formatDecimal('0.5', sr, 0)).toBe('0,5');
    expect(formatDecimal('7', sr, 0)).toBe('7');
    expect(formatDecimal('-10.5', en)).toBe('−10.50');
    expect(formatDecimal('n/a', en)).toBe('n/a');
  });
});

describe('typedDecimal', () => {
  it('reads the local ways of typing an amount', () => {
    expect(typedDecimal('1.234,56')).toBe('1234.56');
    expect(typedDecimal('1,234.56')).toBe('1234.56');
    expect(typedDecimal('1 234,56')).toBe('1234.56');
    expect(typedDecimal("1'234.5")).toBe('1234.5');
    expect(typedDecimal('12,5')).toBe('12.5');
    expect(typedDecimal('-12.50')).toBe('-12.50');
    expect(typedDecimal('0007')).toBe('7');
  });

  it('takes a repeated single separator for grouping', () => {
    expect(typedDecimal('1.234.567')).toBe('1234567');
    expect(typedDecimal('1,234,567')).toBe('1234567');
  });

  it('refuses what is no amount', () => {
    expect(typedDecimal('')).toBeNull();
    expect(typedDecimal('12 EUR')).toBeNull();
    expect(typedDecimal('1.2345678')).toBeNull();
    expect(typedDecimal('abc')).toBeNull();
    expect(typedDecimal('1234567890123456')).toBeNull();
  });
});

describe('shortAccount', () => {
  it('shortens an IBAN to its country, check digits and last four', () => {
    expect(shortAccount('RS35 2600 0560 1001 6113 79')).toBe('RS35 … 1379');
  });

  it('keeps a short number whole and cuts a long one in the middle', () => {
    expect(shortAccount('160-12345-67')).toBe('160-12345-67');
    expect(shortAccount('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe('bc1qar … 5mdq');
  });
});
