import { fold } from '../search/fold';
import {
  civil,
  dayNumber,
  dayWindow,
  daysInMonth,
  isRealDay,
  monthEnd,
  monthStart,
  monthWindow,
  shiftDays,
  shiftYears,
  yearsWindow,
  type Window,
} from './calendar';
import {
  alternation,
  APPROXIMATE,
  CENTURY,
  DECADE_SUFFIX,
  DECADE_WORD_ENDINGS,
  DECADE_WORDS,
  EARLY,
  FIRST_HALF,
  LATE,
  LEADING_FILLERS,
  MID,
  MONTHS,
  romanValue,
  SEASONS,
  SECOND_HALF,
  TRAILING_FILLERS,
} from './date-words';

/**
 * One date of the date reader (date-parser.ts): "1965", "March 1998", "12. 3. 1998.", "1960s",
 * "XIX век", "early 1990s", "c. 1965", read into the run of days it stands for.
 */

export type DateUnit = 'day' | 'month' | 'year' | 'decade' | 'century';
export type Point = { win: Window; unit: DateUnit; approximate: boolean };

export const IMPOSSIBLE = 'impossible';
/** A reading: the value, IMPOSSIBLE (the form is right but no such day exists), or null (not this form). */
export type Try<T> = T | typeof IMPOSSIBLE | null;

/** The first reading that succeeds; IMPOSSIBLE if none did and one of them was impossible. */
export function firstOf<T>(readers: readonly (() => Try<T>)[]): Try<T> {
  let impossible = false;
  for (const read of readers) {
    const result = read();
    if (result === IMPOSSIBLE) impossible = true;
    else if (result !== null) return result;
  }
  return impossible ? IMPOSSIBLE : null;
}

/**
 * Case, script and diacritics out of the way (search folding, word by word so that punctuation
 * stays), dashes and apostrophes unified: "Око 1965." → "oko 1965.", "ožujka" → "ozujka",
 * "1965–1970" keeps its en dash, a hyphen stays a hyphen.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{L}\p{M}]+/gu, (word) => fold(word).replace(/ /g, ''))
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2012-\u2015\u2212]/g, '–')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const prefix = (phrases: readonly string[]) =>
  new RegExp(`^(?:${alternation(phrases)})(?:\\s+|(?<=-)|$)`);

export const APPROXIMATE_PREFIX = new RegExp(
  `^(?:~\\s*|(?:${alternation(APPROXIMATE)})(?:\\.\\s*|\\s+|(?=\\d)))`,
);
export const QUESTION_SUFFIX = /\s*(?:\(\?\)|\?)+$/;
const LEADING = prefix(LEADING_FILLERS);
const TRAILING = new RegExp(
  `(?<=[\\s\\d.])(?:${TRAILING_FILLERS.map((f) => f.replace(/ /g, '\\.?\\s*')).join('|')})\\.?$`,
);
const PARTS: readonly [RegExp, Part][] = [
  [prefix(FIRST_HALF), 'first-half'],
  [prefix(SECOND_HALF), 'second-half'],
  [prefix(EARLY), 'early'],
  [prefix(MID), 'mid'],
  [prefix(LATE), 'late'],
];
type Part = 'early' | 'mid' | 'late' | 'first-half' | 'second-half';

/** Reads one date (not a range). `approximate` is set when the whole text was qualified. */
export function readPoint(input: string, approximate: boolean): Try<Point> {
  let s = input.trim();
  let approx = approximate;
  let part: Part | null = null;
  let base = readBase(s);
  // Peel one layer at a time and retry, so "1960. leta" is read before "leta" is taken for filler.
  while (base === null) {
    const before = s;
    if (QUESTION_SUFFIX.test(s)) {
      approx = true;
      s = s.replace(QUESTION_SUFFIX, '');
    }
    const marker = APPROXIMATE_PREFIX.exec(s);
    if (marker) {
      approx = true;
      s = s.slice(marker[0].length);
    }
    const found: readonly [RegExp, Part] | undefined =
      part === null ? PARTS.find(([re]) => re.test(s)) : undefined;
    if (found) {
      part = found[1];
      s = s.replace(found[0], '');
    }
    s = s
      .replace(LEADING, '')
      .replace(TRAILING, '')
      .replace(/\s*[.,;:]$/, '')
      .trim();
    if (s === before) return null;
    base = readBase(s);
  }
  if (base === IMPOSSIBLE) return base;
  let win = base.win;
  if (part !== null) {
    const parted = partOf(win, base.unit, part);
    if (parted === null) return null;
    win = parted;
  }
  return { win: approx ? widen(win, base.unit) : win, unit: base.unit, approximate: approx };
}

type Base = { win: Window; unit: DateUnit };

function readBase(s: string): Try<Base> {
  return firstOf([
    () => isoDay(s),
    () => isoMonth(s),
    () => numericDay(s),
    () => numericMonth(s),
    () => namedDay(s),
    () => namedMonth(s),
    () => season(s),
    () => year(s),
    () => decade(s),
    () => wordDecade(s),
    () => century(s),
  ]);
}

function day(y: number, m: number, d: number): Try<Base> {
  return isRealDay(y, m, d) ? { win: dayWindow(y, m, d), unit: 'day' } : IMPOSSIBLE;
}

function month(y: number, m: number): Try<Base> {
  return isRealDay(y, m, 1) ? { win: monthWindow(y, m), unit: 'month' } : IMPOSSIBLE;
}

/** A month by name ("mart", "ožujka", "March", "Sept") or Roman numeral ("III"); NaN if none. */
function monthNumber(word: string): number {
  const named = MONTHS.get(word);
  if (named !== undefined) return named;
  const roman = romanValue(word);
  return roman >= 1 && roman <= 12 ? roman : Number.NaN;
}

/** "1998-03-12", also "1998/03/12" and "1998.03.12". */
function isoDay(s: string): Try<Base> {
  const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  return m ? day(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

/** "1998-03"; "1965-70" is left to the range reader. */
function isoMonth(s: string): Try<Base> {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m || Number(m[2]) > 12) return null;
  return month(Number(m[1]), Number(m[2]));
}

/** Day first, as written in Europe: "12.03.1998", "12. 3. 1998", "12/03/1998", "12-03-1998". */
function numericDay(s: string): Try<Base> {
  const m = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{3,4})$/.exec(s);
  return m ? day(Number(m[4]), Number(m[3]), Number(m[1])) : null;
}

/** "03.1998", "3/1998", "3. 1998". */
function numericMonth(s: string): Try<Base> {
  const m = /^(\d{1,2})\s*[./]\s*(\d{4})$/.exec(s);
  return m ? month(Number(m[2]), Number(m[1])) : null;
}

/** "12 March 1998", "12. marta 1998", "12th of March 1998", "March 12, 1998", "12. III 1998". */
function namedDay(s: string): Try<Base> {
  const dayFirst =
    /^(\d{1,2})(?:st|nd|rd|th|-?(?:ti|ri|vi|mi))?\.?\s*(?:of\s+)?([a-z]+)\.?,?\s*(\d{3,4})$/.exec(
      s,
    );
  if (dayFirst) {
    const m = monthNumber(dayFirst[2] as string);
    return Number.isNaN(m) ? null : day(Number(dayFirst[3]), m, Number(dayFirst[1]));
  }
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{3,4})$/.exec(s);
  if (!monthFirst) return null;
  const m = monthNumber(monthFirst[1] as string);
  return Number.isNaN(m) ? null : day(Number(monthFirst[3]), m, Number(monthFirst[2]));
}

/** "March 1998", "mart 1998", "ožujak 1998", "марта 1998", "mars 1998", "III 1998". */
function namedMonth(s: string): Try<Base> {
  const found = /^([a-z]+)\.?,?\s*(?:of\s+)?(\d{3,4})$/.exec(s);
  if (!found) return null;
  const m = monthNumber(found[1] as string);
  return Number.isNaN(m) ? null : month(Number(found[2]), m);
}

/** "spring 1999", "u proljeće 1999.", "poleti 1999"; winter runs from the December before. */
function season(s: string): Try<Base> {
  const found = /^([a-z]+)\s+(?:of\s+)?(\d{3,4})$/.exec(s);
  const opens = found ? SEASONS.get(found[1] as string) : undefined;
  if (!found || opens === undefined) return null;
  const y = Number(found[2]);
  if (y < 1) return null;
  const start =
    opens === 12 ? (y > 1 ? dayNumber(y - 1, 12, 1) : dayNumber(1, 1, 1)) : dayNumber(y, opens, 1);
  const lastMonth = opens === 12 ? 2 : opens + 2;
  return { win: { start, end: dayNumber(y, lastMonth, daysInMonth(y, lastMonth)) }, unit: 'month' };
}

function year(s: string): Try<Base> {
  const found = /^(\d{3,4})$/.exec(s);
  const y = found ? Number(found[1]) : 0;
  return y >= 1 ? { win: yearsWindow(y, y), unit: 'year' } : null;
}

const CENTURY_WORD = `(?:${alternation(CENTURY)})\\.?`;
/** "20. veka", "XX века", "20th century" after a decade: which century its two digits are in. */
const CENTURY_TAIL = `(?:\\s+(\\d{1,2}|[ivxlc]+)\\.?(?:st|nd|rd|th|-?(?:ti|ot|og|om|te))?\\s*${CENTURY_WORD})?`;
const YEARS_WORD = '(?:\\s+(?:godina|godine|godini|leta|letih|let|years))?';

const centuryNumber = (text: string | undefined): number =>
  text === undefined ? 20 : /^\d+$/.test(text) ? Number(text) : romanValue(text);

function decadeOf(digits: string, centuryText: string | undefined): Try<Base> {
  let first = Number(digits);
  if (digits.length === 2) {
    const c = centuryNumber(centuryText);
    if (!(c >= 1)) return null;
    first += (c - 1) * 100;
  }
  return first >= 1 ? { win: yearsWindow(first, first + 9), unit: 'decade' } : null;
}

const DECADE_FORMS: readonly RegExp[] = [
  // 1960s, 1960's, '60s, 60s
  /^(\d{3}0)\s*'?\s*s$()/,
  /^'?(\d0)\s*'?s$()/,
  // 1960-ih, 60-tih, 1960-тих, 1960-тите, 60-e, "60-ih godina 20. veka"
  new RegExp(
    `^'?(\\d{3}0|\\d0)\\.?\\s*-?\\s*(?:${alternation(DECADE_SUFFIX)})${YEARS_WORD}${CENTURY_TAIL}$`,
  ),
  // Slovenian "60. leta", "1960. letih"
  new RegExp(`^(\\d{3}0|\\d0)\\.\\s*(?:leta|letih|let)${CENTURY_TAIL}$`),
  // Albanian "vitet 1960", "vitet '60", "viteve 60-ta"
  /^(?:vitet|viteve)(?:\s+(?:e|te))?\s+'?(\d{3}0|\d0)(?:\s*-?\s*(?:ta|te|tat))?$()/,
];

function decade(s: string): Try<Base> {
  for (const form of DECADE_FORMS) {
    const found = form.exec(s);
    if (found) return decadeOf(found[1] as string, found[2] || undefined);
  }
  return null;
}

const WORD_DECADE = new RegExp(
  `^(?:(?:vitet|viteve|the)\\s+)?([a-z]+)${YEARS_WORD}${CENTURY_TAIL}$`,
);

/** "the sixties", "šezdesetih godina 20. veka", "šestdeseta leta", "шеесеттите", "vitet gjashtëdhjetë". */
function wordDecade(s: string): Try<Base> {
  const found = WORD_DECADE.exec(s);
  if (!found) return null;
  const word = found[1] as string;
  for (const [stem, tens] of DECADE_WORDS) {
    if (word.startsWith(stem) && DECADE_WORD_ENDINGS.includes(word.slice(stem.length))) {
      return decadeOf(`${tens}0`, found[2] || undefined);
    }
  }
  return null;
}

const CENTURY_FORMS: readonly RegExp[] = [
  new RegExp(
    `^(\\d{1,2}|[ivxlc]+)(?:st|nd|rd|th)?\\.?\\s*(?:-?(?:ti|ot|og|om|te)\\s*)?${CENTURY_WORD}$`,
  ),
  /^shek(?:ulli|ullit|\.)?\s*(?:(?:i|te)\s+)?(\d{1,2}|[ivxlc]+)(?:\s*-?\s*(?:te|t))?$/,
];

/** Centuries to come are no provenance date ("c. c." is not the 100th century). */
const MAX_CENTURY = 21;

/** "19th century", "XIX век", "19. stoljeće", "19. stoletje", "shekulli XIX": 1800–1899. */
function century(s: string): Try<Base> {
  for (const form of CENTURY_FORMS) {
    const found = form.exec(s);
    if (!found) continue;
    const c = centuryNumber(found[1]);
    if (!(c >= 1 && c <= MAX_CENTURY)) return null;
    const first = (c - 1) * 100;
    return { win: yearsWindow(first, first + 99), unit: 'century' };
  }
  return null;
}

/**
 * Thirds ("early", "mid", "late") and halves of a month (by days: 1–10, 11–20, 21–end), a year
 * (by months: January–April, May–August, September–December), a decade (early 1990s = 1990–1993,
 * mid = 1994–1996, late = 1997–1999) or a century (early = 00–33, mid = 34–66, late = 67–99).
 */
function partOf(win: Window, unit: DateUnit, part: Part): Window | null {
  if (unit === 'day') return null;
  const [from, to] = PART_SIXTHS[part];
  if (unit === 'month') {
    const length = win.end - win.start + 1;
    const cut = (sixths: number) => win.start + Math.floor((length * sixths) / 6);
    return { start: cut(from), end: cut(to) - 1 };
  }
  const { y } = civil(win.start);
  if (unit === 'year') {
    const [first, last] = [2 * from + 1, 2 * to];
    return { start: dayNumber(y, first, 1), end: dayNumber(y, last, daysInMonth(y, last)) };
  }
  const [first, last] = (unit === 'decade' ? DECADE_PARTS : CENTURY_PARTS)[part];
  return yearsWindow(y + first, y + last);
}

/** Where each part starts and ends, in sixths of the whole (so months and days divide evenly). */
const PART_SIXTHS: Readonly<Record<Part, [number, number]>> = {
  early: [0, 2],
  mid: [2, 4],
  late: [4, 6],
  'first-half': [0, 3],
  'second-half': [3, 6],
};
const DECADE_PARTS: Readonly<Record<Part, [number, number]>> = {
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
  'first-half': [0, 4],
  'second-half': [5, 9],
};
const CENTURY_PARTS: Readonly<Record<Part, [number, number]>> = {
  early: [0, 33],
  mid: [34, 66],
  late: [67, 99],
  'first-half': [0, 49],
  'second-half': [50, 99],
};

/**
 * What "about" adds on each side: a week for a day, a month for a month (or season), five years
 * for a year or a decade, a quarter century for a century.
 */
function widen(win: Window, unit: DateUnit): Window {
  switch (unit) {
    case 'day':
      return { start: shiftDays(win.start, -7), end: shiftDays(win.end, 7) };
    case 'month':
      return { start: monthStart(win.start, -1), end: monthEnd(win.end, 1) };
    case 'year':
    case 'decade':
      return { start: shiftYears(win.start, -5), end: shiftYears(win.end, 5) };
    case 'century':
      return { start: shiftYears(win.start, -25), end: shiftYears(win.end, 25) };
  }
}
