import { describe, expect, it } from 'vitest';
import { TimeSpan } from '../../../src/shared/domain/time-span';
import { parseDate, type DatePrecision } from '../../../src/shared/provenance/date-parser';

type Row = [
  text: string,
  botb: string | null,
  eotb: string | null,
  bote: string | null,
  eote: string | null,
  precision: DatePrecision,
  approximate?: boolean,
];

/** A moment somewhere in [start, end]: both windows are the same. */
const m = (
  text: string,
  start: string,
  end: string,
  precision: DatePrecision,
  approximate = false,
): Row => [text, start, end, start, end, precision, approximate];

const ROWS: Row[] = [
  // Days
  m('1998-03-12', '1998-03-12', '1998-03-12', 'day'),
  m('12.03.1998', '1998-03-12', '1998-03-12', 'day'),
  m('12.03.1998.', '1998-03-12', '1998-03-12', 'day'),
  m('12. 3. 1998.', '1998-03-12', '1998-03-12', 'day'),
  m('12/03/1998', '1998-03-12', '1998-03-12', 'day'),
  m('12-03-1998', '1998-03-12', '1998-03-12', 'day'),
  m('1. 1. 1970', '1970-01-01', '1970-01-01', 'day'),
  m('29.02.2000', '2000-02-29', '2000-02-29', 'day'),
  m('12 March 1998', '1998-03-12', '1998-03-12', 'day'),
  m('March 12, 1998', '1998-03-12', '1998-03-12', 'day'),
  m('12th of March 1998', '1998-03-12', '1998-03-12', 'day'),
  m('5 Sept. 1998', '1998-09-05', '1998-09-05', 'day'),
  m('17. novembar 1970.', '1970-11-17', '1970-11-17', 'day'),
  m('17. studenoga 1970.', '1970-11-17', '1970-11-17', 'day'),
  m('12. марта 1998. године', '1998-03-12', '1998-03-12', 'day'),
  m('12 dhjetor 1998', '1998-12-12', '1998-12-12', 'day'),
  m('12. III 1998.', '1998-03-12', '1998-03-12', 'day'),
  // Months
  m('1998-03', '1998-03-01', '1998-03-31', 'month'),
  m('1990-12', '1990-12-01', '1990-12-31', 'month'),
  m('03.1998', '1998-03-01', '1998-03-31', 'month'),
  m('March 1998', '1998-03-01', '1998-03-31', 'month'),
  m('mart 1998.', '1998-03-01', '1998-03-31', 'month'),
  m('ožujak 1998', '1998-03-01', '1998-03-31', 'month'),
  m('марта 1998.', '1998-03-01', '1998-03-31', 'month'),
  m('mars 1998', '1998-03-01', '1998-03-31', 'month'),
  m('marec 1998', '1998-03-01', '1998-03-31', 'month'),
  m('март 1998', '1998-03-01', '1998-03-31', 'month'),
  m('декември 1998', '1998-12-01', '1998-12-31', 'month'),
  m('veljača 2000', '2000-02-01', '2000-02-29', 'month'),
  m('February 1900', '1900-02-01', '1900-02-28', 'month'),
  m('spring 1999', '1999-03-01', '1999-05-31', 'month'),
  m('u proljeće 1999.', '1999-03-01', '1999-05-31', 'month'),
  m('winter 1999', '1998-12-01', '1999-02-28', 'month'),
  // Years
  m('1965', '1965-01-01', '1965-12-31', 'year'),
  m('1998.', '1998-01-01', '1998-12-31', 'year'),
  m('1965. godine', '1965-01-01', '1965-12-31', 'year'),
  m('in 1965', '1965-01-01', '1965-12-31', 'year'),
  m('1965 AD', '1965-01-01', '1965-12-31', 'year'),
  m('850', '0850-01-01', '0850-12-31', 'year'),
  m('late 1998', '1998-09-01', '1998-12-31', 'year'),
  m('early March 1998', '1998-03-01', '1998-03-10', 'month'),
  // Approximate: ±5 years, ±1 month, ±7 days
  m('c. 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('oko 1965.', '1960-01-01', '1970-12-31', 'year', true),
  m('Око 1965. године', '1960-01-01', '1970-12-31', 'year', true),
  m('ca. 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('circa 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('about 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('~1965', '1960-01-01', '1970-12-31', 'year', true),
  m('rreth vitit 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('okoli 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('околу 1965', '1960-01-01', '1970-12-31', 'year', true),
  m('1965?', '1960-01-01', '1970-12-31', 'year', true),
  m('c. March 1998', '1998-02-01', '1998-04-30', 'month', true),
  m('c. 12 March 1998', '1998-03-05', '1998-03-19', 'day', true),
  m('c. 1960s', '1955-01-01', '1974-12-31', 'decade', true),
  // Decades
  m('1960s', '1960-01-01', '1969-12-31', 'decade'),
  m('the 1960s', '1960-01-01', '1969-12-31', 'decade'),
  m("'60s", '1960-01-01', '1969-12-31', 'decade'),
  m('60-ih', '1960-01-01', '1969-12-31', 'decade'),
  m('1960-ih', '1960-01-01', '1969-12-31', 'decade'),
  m('1960-тих', '1960-01-01', '1969-12-31', 'decade'),
  m('1970-tih godina', '1970-01-01', '1979-12-31', 'decade'),
  m('60-ih godina 19. veka', '1860-01-01', '1869-12-31', 'decade'),
  m('шездесетих година 20. века', '1960-01-01', '1969-12-31', 'decade'),
  m('sedamdesetih', '1970-01-01', '1979-12-31', 'decade'),
  m('the sixties', '1960-01-01', '1969-12-31', 'decade'),
  m('60. leta', '1960-01-01', '1969-12-31', 'decade'),
  m('vitet 1960', '1960-01-01', '1969-12-31', 'decade'),
  m('шеесеттите', '1960-01-01', '1969-12-31', 'decade'),
  m('early 1990s', '1990-01-01', '1993-12-31', 'decade'),
  m('mid-1990s', '1994-01-01', '1996-12-31', 'decade'),
  m('late 1980s', '1987-01-01', '1989-12-31', 'decade'),
  m('почетком 1990-их', '1990-01-01', '1993-12-31', 'decade'),
  m('крајем 1980-их', '1987-01-01', '1989-12-31', 'decade'),
  m('sredinom 1970-ih', '1974-01-01', '1976-12-31', 'decade'),
  // Centuries (1800–1899 for the 19th)
  m('19th century', '1800-01-01', '1899-12-31', 'century'),
  m('XIX век', '1800-01-01', '1899-12-31', 'century'),
  m('19. stoljeće', '1800-01-01', '1899-12-31', 'century'),
  m('19. stoletje', '1800-01-01', '1899-12-31', 'century'),
  m('u XIX vijeku', '1800-01-01', '1899-12-31', 'century'),
  m('shekulli XIX', '1800-01-01', '1899-12-31', 'century'),
  m('early 19th century', '1800-01-01', '1833-12-31', 'century'),
  m('mid-19th century', '1834-01-01', '1866-12-31', 'century'),
  m('late 19th century', '1867-01-01', '1899-12-31', 'century'),
  m('krajem XIX veka', '1867-01-01', '1899-12-31', 'century'),
  m('first half of the 19th century', '1800-01-01', '1849-12-31', 'century'),
  // One moment within a range
  m('between 1960 and 1965', '1960-01-01', '1965-12-31', 'range'),
  m('između 1960. i 1965.', '1960-01-01', '1965-12-31', 'range'),
  m('између 1960. и 1965.', '1960-01-01', '1965-12-31', 'range'),
  m('midis 1960 dhe 1965', '1960-01-01', '1965-12-31', 'range'),
  m('med 1960 in 1965', '1960-01-01', '1965-12-31', 'range'),
  m('меѓу 1960 и 1965', '1960-01-01', '1965-12-31', 'range'),
  m('between March and May 1998', '1998-03-01', '1998-05-31', 'range'),
  m('1965–1970', '1965-01-01', '1970-12-31', 'range'),
  m('1965-1970', '1965-01-01', '1970-12-31', 'range'),
  m('1965-70', '1965-01-01', '1970-12-31', 'range'),
  m('1965.–1970.', '1965-01-01', '1970-12-31', 'range'),
  m('1998–02', '1998-01-01', '2002-12-31', 'range'),
  m('March–May 1998', '1998-03-01', '1998-05-31', 'range'),
  m('12–15 March 1998', '1998-03-12', '1998-03-15', 'range'),
  m('1960s–1970s', '1960-01-01', '1979-12-31', 'range'),
  m('c. 1965–1970', '1960-01-01', '1975-12-31', 'range', true),
  // Open on one side
  ['before 1970', null, null, null, '1969-12-31', 'open'],
  ['пре 1970', null, null, null, '1969-12-31', 'open'],
  ['pre 1970. godine', null, null, null, '1969-12-31', 'open'],
  ['prije 1970.', null, null, null, '1969-12-31', 'open'],
  ['прије 1970', null, null, null, '1969-12-31', 'open'],
  ['пред 1970', null, null, null, '1969-12-31', 'open'],
  ['pred 1970', null, null, null, '1969-12-31', 'open'],
  ['para 1970', null, null, null, '1969-12-31', 'open'],
  ['prior to 1970', null, null, null, '1969-12-31', 'open'],
  ['before May 2011', null, null, null, '2011-04-30', 'open'],
  ['before c. 1970', null, null, null, '1975-12-31', 'open', true],
  ['by 1970', null, null, null, '1970-12-31', 'open'],
  ['not later than 1970', null, null, null, '1970-12-31', 'open'],
  ['до 1970', null, null, null, '1970-12-31', 'open'],
  ['najkasnije 1970.', null, null, null, '1970-12-31', 'open'],
  ['deri në 1970', null, null, null, '1970-12-31', 'open'],
  ['after May 2011', '2011-06-01', null, null, null, 'open'],
  ['posle maja 2011.', '2011-06-01', null, null, null, 'open'],
  ['nakon svibnja 2011.', '2011-06-01', null, null, null, 'open'],
  ['после 1990', '1991-01-01', null, null, null, 'open'],
  ['poslije 1990.', '1991-01-01', null, null, null, 'open'],
  ['након 1990', '1991-01-01', null, null, null, 'open'],
  ['pas majit 2011', '2011-06-01', null, null, null, 'open'],
  ['po letu 1990', '1991-01-01', null, null, null, 'open'],
  ['after 12.03.1998', '1998-03-13', null, null, null, 'open'],
  ['since 1990', '1990-01-01', null, null, null, 'open'],
  ['od 1990', '1990-01-01', null, null, null, 'open'],
  // Periods: began within the first date, ended within the second
  ['from 1950 to 1962', '1950-01-01', '1950-12-31', '1962-01-01', '1962-12-31', 'range'],
  ['1950 until 1962', '1950-01-01', '1950-12-31', '1962-01-01', '1962-12-31', 'range'],
  ['od 1950. do 1962.', '1950-01-01', '1950-12-31', '1962-01-01', '1962-12-31', 'range'],
  ['од марта 1950. до 1962.', '1950-03-01', '1950-03-31', '1962-01-01', '1962-12-31', 'range'],
  ['nga 1950 deri në 1962', '1950-01-01', '1950-12-31', '1962-01-01', '1962-12-31', 'range'],
  ['from before 1950 to 1962', null, '1949-12-31', '1962-01-01', '1962-12-31', 'range'],
  [
    'from c. 1950 until 1962',
    '1945-01-01',
    '1955-12-31',
    '1962-01-01',
    '1962-12-31',
    'range',
    true,
  ],
];

describe('parseDate', () => {
  it.each(ROWS)('%s', (text, botb, eotb, bote, eote, precision, approximate = false) => {
    const parsed = parseDate(text);
    expect(parsed).toEqual({
      ok: true,
      span: { text, botb, eotb, bote, eote },
      precision,
      approximate,
    });
  });

  it('reads more than 45 phrasings, each into a valid TimeSpan', () => {
    expect(ROWS.length).toBeGreaterThan(45);
    for (const [text] of ROWS) {
      const parsed = parseDate(text);
      if (!parsed.ok) throw new Error(`${text} was not read`);
      expect(TimeSpan.safeParse(parsed.span).success, text).toBe(true);
    }
  });

  it('keeps the text as typed, trimmed', () => {
    const parsed = parseDate('  oko 1965.  ');
    expect(parsed.ok && parsed.span.text).toBe('oko 1965.');
  });

  it.each(['', '   ', 'unknown', 'nepoznato', 'непознато', '?'])('%j is empty', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    'gibberish',
    'soon',
    'March',
    '12',
    '1965 1970',
    'abc 1965',
    // the century of a two-digit year cannot be known
    '12.03.98',
    // years before Christ: no ISO day shows them
    '500 BC',
    '200 pr. Kr.',
    '500 п. н. е.',
    'x'.repeat(300),
  ])('%j is not recognised', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'unrecognised' });
  });

  it.each([
    '2023-02-30',
    '13.13.2000',
    '31.04.1999',
    '29.02.1900',
    '30 February 2001',
    '13/2000',
    'between 1970 and 1960',
    'from 1970 to 1960',
    '1970–1965',
  ])('%j is impossible', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'impossible' });
  });
});
