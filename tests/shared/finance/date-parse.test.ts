import { describe, expect, it } from 'vitest';
import {
  DATE_FORMATS,
  guessDateFormats,
  parseDate,
  type DateFormat,
} from '../../../src/shared/finance/date-parse';

const date = (text: string, format: DateFormat) => {
  const r = parseDate(text, format);
  return r.ok ? (r.time ? `${r.date}T${r.time}` : r.date) : `!${r.problem}`;
};

describe('parseDate', () => {
  it.each([
    // sr, hr, bs, mk, sl, de, sq
    ['12.03.2024', 'DD.MM.YYYY', '2024-03-12'],
    ['1.3.2024', 'D.M.YYYY', '2024-03-01'],
    ['01.03.2024', 'D.M.YYYY', '2024-03-01'],
    ['12.03.2024.', 'DD.MM.YYYY.', '2024-03-12'],
    ['2.3.2024.', 'D.M.YYYY.', '2024-03-02'],
    ['12.03.24', 'DD.MM.YY', '2024-03-12'],
    ['12.03.69', 'DD.MM.YY', '2069-03-12'],
    ['12.03.70', 'DD.MM.YY', '1970-03-12'],
    ['5.1.99', 'D.M.YY', '1999-01-05'],
    // ISO, compact
    ['2024-03-12', 'YYYY-MM-DD', '2024-03-12'],
    ['20240312', 'YYYYMMDD', '2024-03-12'],
    ['2024.03.12', 'YYYY.MM.DD', '2024-03-12'],
    ['2024/03/12', 'YYYY/MM/DD', '2024-03-12'],
    // en-GB, sq, en-US
    ['12/03/2024', 'DD/MM/YYYY', '2024-03-12'],
    ['1/3/2024', 'D/M/YYYY', '2024-03-01'],
    ['12/03/24', 'DD/MM/YY', '2024-03-12'],
    ['03/12/2024', 'MM/DD/YYYY', '2024-03-12'],
    ['3/12/2024', 'M/D/YYYY', '2024-03-12'],
    ['03/12/24', 'MM/DD/YY', '2024-03-12'],
    ['12-03-2024', 'DD-MM-YYYY', '2024-03-12'],
    // leap days
    ['29.02.2024', 'DD.MM.YYYY', '2024-02-29'],
    ['29.02.2000', 'DD.MM.YYYY', '2000-02-29'],
    // a time of day after the date
    ['12.03.2024 14:35', 'DD.MM.YYYY', '2024-03-12T14:35'],
    ['12.03.2024 9:05:07', 'DD.MM.YYYY', '2024-03-12T09:05:07'],
    ['2024-03-12T23:59:59', 'YYYY-MM-DD', '2024-03-12T23:59:59'],
    ['  12.03.2024\u00a0', 'DD.MM.YYYY', '2024-03-12'],
  ] as const)('%s as %s is %s', (text, format, expected) => {
    expect(date(text, format)).toBe(expected);
  });

  it.each([
    ['31.02.2024', 'DD.MM.YYYY', '!no-such-day'],
    ['29.02.2023', 'DD.MM.YYYY', '!no-such-day'],
    ['29.02.1900', 'DD.MM.YYYY', '!no-such-day'],
    ['31.04.2024', 'DD.MM.YYYY', '!no-such-day'],
    ['00.03.2024', 'DD.MM.YYYY', '!no-such-day'],
    ['12.13.2024', 'DD.MM.YYYY', '!no-such-day'],
    ['13/12/2024', 'MM/DD/YYYY', '!no-such-day'],
    ['1.3.2024', 'DD.MM.YYYY', '!date-format'],
    ['12.03.2024.', 'DD.MM.YYYY', '!date-format'],
    ['12.03.2024', 'DD.MM.YYYY.', '!date-format'],
    ['2024-03-12', 'DD.MM.YYYY', '!date-format'],
    ['12/03/2024', 'DD.MM.YYYY', '!date-format'],
    ['123.03.2024', 'D.M.YYYY', '!date-format'],
    ['12.03.2024 25:00', 'DD.MM.YYYY', '!date-format'],
    ['12.03.2024 noon', 'DD.MM.YYYY', '!date-format'],
    ['12.03.2204', 'DD.MM.YYYY', '!year-range'],
    ['12.03.1024', 'DD.MM.YYYY', '!year-range'],
    ['', 'DD.MM.YYYY', '!empty'],
    ['   ', 'YYYY-MM-DD', '!empty'],
  ] as const)('refuses %s as %s (%s)', (text, format, expected) => {
    expect(date(text, format)).toBe(expected);
  });

  it('every listed format reads a date it writes', () => {
    const samples: Record<DateFormat, string> = {
      'DD.MM.YYYY': '05.11.2023',
      'D.M.YYYY': '5.11.2023',
      'DD.MM.YYYY.': '05.11.2023.',
      'D.M.YYYY.': '5.11.2023.',
      'DD.MM.YY': '05.11.23',
      'D.M.YY': '5.11.23',
      'YYYY-MM-DD': '2023-11-05',
      'DD/MM/YYYY': '05/11/2023',
      'D/M/YYYY': '5/11/2023',
      'DD/MM/YY': '05/11/23',
      'MM/DD/YYYY': '11/05/2023',
      'M/D/YYYY': '11/5/2023',
      'MM/DD/YY': '11/05/23',
      'DD-MM-YYYY': '05-11-2023',
      'YYYY.MM.DD': '2023.11.05',
      'YYYY/MM/DD': '2023/11/05',
      YYYYMMDD: '20231105',
    };
    for (const format of DATE_FORMATS)
      expect(date(samples[format], format), format).toBe('2023-11-05');
  });
});

describe('guessDateFormats', () => {
  it('lists the formats that read every sample, and leaves ambiguity to the person', () => {
    expect(guessDateFormats(['12.03.2024', '31.12.2024'])).toEqual(['DD.MM.YYYY', 'D.M.YYYY']);
    expect(guessDateFormats(['1.3.2024', '31.12.2024'])).toEqual(['D.M.YYYY']);
    expect(guessDateFormats(['03/04/2024'])).toEqual([
      'DD/MM/YYYY',
      'D/M/YYYY',
      'MM/DD/YYYY',
      'M/D/YYYY',
    ]);
    expect(guessDateFormats(['03/04/2024', '25/04/2024'])).toEqual(['DD/MM/YYYY', 'D/M/YYYY']);
    expect(guessDateFormats(['2024-03-12', ''])).toEqual(['YYYY-MM-DD']);
    expect(guessDateFormats(['yesterday'])).toEqual([]);
  });
});
