import { describe, expect, it } from 'vitest';
import { THRESHOLD_DATES, UNKNOWN_SPAN, type TimeSpan } from '../../../src/shared/domain/time-span';
import { parseDate } from '../../../src/shared/provenance/date-parser';
import {
  certainlyBefore,
  compareForOrder,
  contains,
  daysBetween,
  formatSpan,
  gapBetween,
  orderProblems,
  overlaps,
  possiblyBefore,
  spanMidpoint,
  spansDay,
} from '../../../src/shared/provenance/span-compare';

/** The span the reader gives for a date as typed. */
function span(text: string): TimeSpan {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(`test date ${text} not read: ${parsed.reason}`);
  return parsed.span;
}

const UNESCO = THRESHOLD_DATES.unesco1970Adopted;

describe('certainlyBefore', () => {
  it('holds when the first ended before the second can have begun', () => {
    expect(certainlyBefore(span('1965'), span('1970'))).toBe(true);
    expect(certainlyBefore(span('1998-03-11'), span('1998-03-12'))).toBe(true);
  });

  it('does not hold when the dates may overlap or are in the other order', () => {
    expect(certainlyBefore(span('c. 1965'), span('1970'))).toBe(false);
    expect(certainlyBefore(span('1970'), span('1965'))).toBe(false);
    expect(certainlyBefore(span('1998-03-12'), span('1998-03-12'))).toBe(false);
  });

  it('reads open ends as reaching to the end of time', () => {
    expect(certainlyBefore(span('before 1970'), span('1975'))).toBe(true);
    expect(certainlyBefore(span('after 1970'), span('1975'))).toBe(false);
    expect(certainlyBefore(span('1965'), span('after 1970'))).toBe(true);
    expect(certainlyBefore(span('1965'), span('before 1970'))).toBe(false);
    expect(certainlyBefore(UNKNOWN_SPAN, span('1975'))).toBe(false);
    expect(certainlyBefore(span('1975'), UNKNOWN_SPAN)).toBe(false);
  });
});

describe('possiblyBefore', () => {
  it('holds when the first may have come first', () => {
    expect(possiblyBefore(span('c. 1965'), span('1962'))).toBe(true);
    expect(possiblyBefore(span('1965'), span('1970'))).toBe(true);
    expect(possiblyBefore(span('1998-03-12'), span('1998-03-12'))).toBe(true);
  });

  it('does not hold when the first certainly came after', () => {
    expect(possiblyBefore(span('1980'), span('1960s'))).toBe(false);
    expect(possiblyBefore(span('after 1970'), span('1965'))).toBe(false);
  });

  it('holds for unknown dates, which can be anywhere', () => {
    expect(possiblyBefore(UNKNOWN_SPAN, span('1900'))).toBe(true);
    expect(possiblyBefore(span('2020'), UNKNOWN_SPAN)).toBe(true);
  });
});

describe('overlaps', () => {
  it('holds for spans that may share a day', () => {
    expect(overlaps(span('1960s'), span('1965'))).toBe(true);
    expect(overlaps(span('c. 1965'), span('1969'))).toBe(true);
    expect(overlaps(span('after 1970'), span('2020'))).toBe(true);
    expect(overlaps(UNKNOWN_SPAN, span('2020'))).toBe(true);
  });

  it('does not hold for spans apart', () => {
    expect(overlaps(span('1950'), span('1960s'))).toBe(false);
    expect(overlaps(span('before 1970'), span('1975'))).toBe(false);
  });
});

describe('contains', () => {
  it('is certain for a moment known to the day and inside a period', () => {
    expect(contains(span('1998-03-12'), '1998-03-12')).toBe('certainly');
    expect(contains(span('from 1950 to 1962'), '1955-06-01')).toBe('certainly');
  });

  it('is possible within the bounds of an uncertain date', () => {
    expect(contains(span('1965'), '1965-06-01')).toBe('possibly');
    expect(contains(span('from 1950 to 1962'), '1950-06-01')).toBe('possibly');
    expect(contains(span('before 1970'), '1900-01-01')).toBe('possibly');
    expect(contains(UNKNOWN_SPAN, '1900-01-01')).toBe('possibly');
  });

  it('is no outside them', () => {
    expect(contains(span('1965'), '1970-01-01')).toBe('no');
    expect(contains(span('1998-03-12'), '1998-03-13')).toBe('no');
    expect(contains(span('before 1970'), '1970-01-01')).toBe('no');
    expect(contains(span('after May 2011'), '2011-05-31')).toBe('no');
  });
});

describe('gapBetween and spansDay (17 November 1970)', () => {
  it('gives the certain and the widest gap', () => {
    expect(gapBetween(span('c. 1965'), span('1972'))).toEqual({
      from: '1970-12-31',
      to: '1972-01-01',
      possibleFrom: '1960-01-01',
      possibleTo: '1972-12-31',
    });
    expect(gapBetween(span('before 1960'), span('after 1980'))).toEqual({
      from: '1959-12-31',
      to: '1981-01-01',
      possibleFrom: null,
      possibleTo: null,
    });
  });

  it('certainly covers the day when nobody can have held the object then', () => {
    expect(spansDay(gapBetween(span('1965'), span('1975')), UNESCO)).toBe('certainly');
    expect(spansDay(gapBetween(span('before 1960'), span('after 1980')), UNESCO)).toBe('certainly');
  });

  it('possibly covers it when the uncertain dates leave room', () => {
    expect(spansDay(gapBetween(span('c. 1965'), span('1972')), UNESCO)).toBe('possibly');
    expect(spansDay(gapBetween(span('1965'), span('after 1960')), UNESCO)).toBe('possibly');
    expect(spansDay(gapBetween(span('1960s'), span('1970s')), UNESCO)).toBe('possibly');
    expect(spansDay(gapBetween(UNKNOWN_SPAN, span('1975')), UNESCO)).toBe('possibly');
  });

  it('does not cover it when the gap is wholly before or after', () => {
    expect(spansDay(gapBetween(span('1960'), span('1968')), UNESCO)).toBe('no');
    expect(spansDay(gapBetween(span('1975'), span('1980')), UNESCO)).toBe('no');
    // Documented on the very day: the object's whereabouts then are known.
    expect(spansDay(gapBetween(span('17. 11. 1970.'), span('1980')), UNESCO)).toBe('no');
  });

  it('accepts a gap given by its two known ends only', () => {
    expect(spansDay({ from: '1965-12-31', to: '1975-01-01' }, UNESCO)).toBe('certainly');
    expect(spansDay({ from: null, to: '1975-01-01' }, UNESCO)).toBe('possibly');
    expect(spansDay({ from: '1971-01-01', to: null }, UNESCO)).toBe('no');
  });
});

describe('compareForOrder', () => {
  it('sorts by the middle of each span, undated last', () => {
    const texts = ['1998-03-12', '', '1960s', 'before 1970', 'c. 1965', 'after May 2011'];
    const spans = texts.map((t) => (t === '' ? UNKNOWN_SPAN : span(t)));
    const sorted = spans
      .map((s, i) => [s, texts[i]] as const)
      .sort(([a], [b]) => compareForOrder(a, b))
      .map(([, t]) => t);
    expect(sorted).toEqual(['1960s', 'c. 1965', 'before 1970', '1998-03-12', 'after May 2011', '']);
  });

  it('is 0 for the same middle and for two unknown dates', () => {
    expect(compareForOrder(span('1960s'), span('between 1960 and 1969'))).toBe(0);
    expect(compareForOrder(UNKNOWN_SPAN, UNKNOWN_SPAN)).toBe(0);
    expect(compareForOrder(span('1966'), span('1965'))).toBe(1);
  });
});

describe('orderProblems', () => {
  it('names the pairs whose later position certainly happened first', () => {
    expect(orderProblems([span('1998'), span('1965'), span('2001')])).toEqual([[0, 1]]);
    expect(orderProblems([span('2001'), span('1998'), span('1965')])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('has nothing to say of an order the dates allow', () => {
    expect(orderProblems([span('1965'), span('1998'), span('2001')])).toEqual([]);
    expect(orderProblems([span('c. 1965'), span('1962')])).toEqual([]);
    expect(orderProblems([span('1998'), UNKNOWN_SPAN, span('1965')])).toEqual([[0, 2]]);
    expect(orderProblems([])).toEqual([]);
  });
});

describe('daysBetween and spanMidpoint', () => {
  it('counts calendar days, leap years included', () => {
    expect(daysBetween(UNESCO, THRESHOLD_DATES.unesco1970InForce)).toBe(524);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('1998-03-12', '1998-03-01')).toBe(-11);
    expect(daysBetween('1998-02-30', '1998-03-01')).toBeNaN();
  });

  it('finds the middle day, or the known end of a half-open span', () => {
    expect(spanMidpoint(span('1998-03-12'))).toBe('1998-03-12');
    expect(spanMidpoint(span('c. 1965'))).toBe('1965-07-01');
    expect(spanMidpoint(span('before 1970'))).toBe('1969-12-31');
    expect(spanMidpoint(UNKNOWN_SPAN)).toBeNull();
  });
});

describe('formatSpan', () => {
  it.each([
    ['1998-03-12', 'en', '1998-03-12'],
    ['March 1998', 'en', '1998-03'],
    ['1965', 'en', '1965'],
    ['c. 1965', 'en', '1965 (±5)'],
    ['1960s', 'en', '1960–1969'],
    ['1965–1970', 'en', '1965–1970'],
    ['before 1970', 'en', 'before 1970'],
    ['before 1970', 'sr-Cyrl', 'пре 1970'],
    ['before 1970', 'sr-Latn', 'pre 1970'],
    ['before 1970', 'sq', 'para 1970'],
    ['by 1970', 'hr', 'prije 1971'],
    ['after May 2011', 'en', 'after 2011-05'],
    ['after 12.03.1998', 'mk', 'по 1998-03-12'],
    ['since 1990', 'sl', 'po 1989'],
    ['12–15 March 1998', 'en', '1998-03-12 – 1998-03-15'],
    ['from 1950 to 1962', 'en', '1950 – 1962'],
    ['from before 1950 to March 1962', 'en', 'before 1950 – 1962-03'],
  ])('%s (%s) → %s', (text, locale, shown) => {
    expect(formatSpan(span(text), locale)).toBe(shown);
  });

  it('is empty for an unknown date and English for an unknown language', () => {
    expect(formatSpan(UNKNOWN_SPAN, 'en')).toBe('');
    expect(formatSpan(span('before 1970'), 'de')).toBe('before 1970');
  });
});
