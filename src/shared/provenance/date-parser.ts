import type { TimeSpan } from '../domain/time-span';
import { isoOf, shiftDays, type Window } from './calendar';
import {
  APPROXIMATE_PREFIX,
  firstOf,
  IMPOSSIBLE,
  normalise,
  QUESTION_SUFFIX,
  readPoint,
  type Point,
  type Try,
} from './date-point';
import {
  AFTER,
  alternation,
  AND,
  BEFORE,
  BEFORE_CHRIST,
  BETWEEN,
  BY,
  PERIOD_FROM,
  PERIOD_TO,
  PERIOD_TO_ALONE,
  SINCE,
  UNKNOWN,
} from './date-words';

/**
 * Reads a date as people write it in provenance records, in English and the languages of the
 * region, into the four points of a TimeSpan (see domain/time-span.ts).
 *
 * - A single date is a moment (a sale, an export): both windows are the run of days the date
 *   covers. "1965" → 1965-01-01…1965-12-31; "March 1998" → 1998-03-01…1998-03-31.
 * - "from X to Y", "X until Y", "od X do Y" is a period (a loan, a holding): it began within X
 *   and ended within Y.
 * - "between X and Y", "1965–1970", "1965-70" is one moment somewhere from the start of X to the
 *   end of Y.
 * - "before 1970" ends on 1969-12-31, "after May 2011" starts on 2011-06-01, "by 1970" ends on
 *   1970-12-31, "since 1990" starts on 1990-01-01; the other side is open (null). An open moment
 *   keeps its inner points null too, so that `earliest`/`latest` read the open side as open.
 * - "c.", "about", "oko", "rreth", "1965?" mark the date approximate and widen it: a week each
 *   side for a day, a month for a month or season, five years for a year or decade, 25 years for
 *   a century. "before c. 1970" takes the widened date's far edge (before 1975 at the latest).
 *   A marker at the start of the text applies to both ends of a range.
 * - "19th century" is 1800–1899 (the usage of catalogues, not the strict 1801–1900); "early",
 *   "mid", "late" take thirds, "first/second half" halves. Two-digit decades ("60s", "60-ih")
 *   are of the 20th century unless one is named ("60-ih godina 19. veka").
 * - Day first for numbers ("12/03/1998" is 12 March). Two-digit years ("12.03.98") are refused:
 *   the century cannot be known.
 * - Years before Christ ("500 BC", "pr. Kr.", "п. н. е.") are refused as unrecognised: an ISO day
 *   cannot show them, and provenance events are modern. Texts saying the date is unknown
 *   ("unknown", "nepoznato", "?") count as empty.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'century' | 'range' | 'open';
export type DateFailure = 'empty' | 'unrecognised' | 'impossible';
export type ParsedDate =
  | { ok: true; span: TimeSpan; precision: DatePrecision; approximate: boolean }
  | { ok: false; reason: DateFailure };

/** A run of days whose ends may be open (null). */
type OpenWindow = { start: number | null; end: number | null };
type Points = Omit<TimeSpan, 'text'>;
type Reading = { points: Points; precision: DatePrecision; approximate: boolean };

const MAX_LENGTH = 200;

export function parseDate(text: string): ParsedDate {
  const typed = text.trim();
  if (typed === '') return { ok: false, reason: 'empty' };
  let s = normalise(typed);
  if (UNKNOWN.test(s)) return { ok: false, reason: 'empty' };
  if (s.length > MAX_LENGTH || BEFORE_CHRIST.test(s)) return { ok: false, reason: 'unrecognised' };
  let approximate = false;
  if (QUESTION_SUFFIX.test(s)) {
    approximate = true;
    s = s.replace(QUESTION_SUFFIX, '');
  }
  const marker = APPROXIMATE_PREFIX.exec(s);
  if (marker) {
    approximate = true;
    s = s.slice(marker[0].length);
  }
  const reading = readExpression(s.trim(), approximate);
  if (reading === null) return { ok: false, reason: 'unrecognised' };
  if (reading === IMPOSSIBLE) return { ok: false, reason: 'impossible' };
  const { points, precision } = reading;
  return {
    ok: true,
    span: { text: typed, ...points },
    precision,
    approximate: reading.approximate,
  };
}

function readExpression(s: string, approximate: boolean): Try<Reading> {
  return firstOf([
    () => period(s, approximate),
    () => between(s, approximate),
    () => relation(s, approximate),
    () => moment(s, approximate),
    () => dashRange(s, approximate),
  ]);
}

const iso = (n: number | null): string | null => (n === null ? null : isoOf(n));

/** A moment within the window; an open side leaves the inner points open as well. */
function momentPoints(win: OpenWindow): Points {
  if (win.start === null || win.end === null) {
    return { botb: iso(win.start), eotb: null, bote: null, eote: iso(win.end) };
  }
  const [start, end] = [iso(win.start), iso(win.end)];
  return { botb: start, eotb: end, bote: start, eote: end };
}

function moment(s: string, approximate: boolean): Try<Reading> {
  const point = readPoint(s, approximate);
  if (point === null || point === IMPOSSIBLE) return point;
  return { points: momentPoints(point.win), precision: point.unit, approximate: point.approximate };
}

const words = (phrases: readonly string[]) => `(?:${alternation(phrases)})`;
const RELATIONS: readonly [RegExp, (p: Point) => OpenWindow][] = [
  [
    new RegExp(`^${words(BEFORE)}\\s+`),
    (p) => ({ start: null, end: p.approximate ? p.win.end : shiftDays(p.win.start, -1) }),
  ],
  [
    new RegExp(`^${words(AFTER)}\\s+`),
    (p) => ({ start: p.approximate ? p.win.start : shiftDays(p.win.end, 1), end: null }),
  ],
  [new RegExp(`^${words(BY)}\\s+`), (p) => ({ start: null, end: p.win.end })],
  [new RegExp(`^${words(SINCE)}\\s+`), (p) => ({ start: p.win.start, end: null })],
];

/** "before 1970", "пре 1970", "after May 2011", "by 1970", "najkasnije 1970", "since 1990". */
function openWindow(s: string, approximate: boolean): Try<OpenWindow & { approximate: boolean }> {
  return firstOf(
    RELATIONS.map(([re, side]) => () => {
      const found = re.exec(s);
      if (!found) return null;
      const point = readPoint(s.slice(found[0].length), approximate);
      if (point === null || point === IMPOSSIBLE) return point;
      return { ...side(point), approximate: point.approximate };
    }),
  );
}

function relation(s: string, approximate: boolean): Try<Reading> {
  const win = openWindow(s, approximate);
  if (win === null || win === IMPOSSIBLE) return win;
  return { points: momentPoints(win), precision: 'open', approximate: win.approximate };
}

/** A date or an open date ("from before 1950 to 1962"), one end of a period. */
function bound(s: string, approximate: boolean): Try<OpenWindow & { approximate: boolean }> {
  return firstOf([
    () => openWindow(s, approximate),
    () => {
      const point = readPoint(s, approximate);
      if (point === null || point === IMPOSSIBLE) return point;
      return { ...point.win, approximate: point.approximate };
    },
  ]);
}

/**
 * A date that lacks what the other end of its range has: "March" in "March–May 1998",
 * "12" in "12–15 March 1998". Words are borrowed from the end of the other side.
 */
function withBorrowed<T>(left: string, right: string, read: (s: string) => Try<T>): Try<T> {
  const own = read(left);
  if (own !== null) return own;
  const tail = right.split(' ');
  for (let k = 1; k < tail.length && k <= 2; k++) {
    const borrowed = read(`${left} ${tail.slice(-k).join(' ')}`);
    if (borrowed !== null) return borrowed;
  }
  return null;
}

/** Every way to cut `s` in two at a match of `separator`. */
function cuts(s: string, separator: RegExp): [string, string][] {
  const global = new RegExp(separator.source, 'g');
  return [...s.matchAll(global)].map((m) => [
    s.slice(0, m.index).trim(),
    s.slice((m.index ?? 0) + m[0].length).trim(),
  ]);
}

const PERIOD_START = new RegExp(`^${words(PERIOD_FROM)}\\s+`);
const PERIOD_SEPARATOR = new RegExp(`\\s+${words(PERIOD_TO)}\\s+`);
const PERIOD_SEPARATOR_ALONE = new RegExp(`\\s+${words(PERIOD_TO_ALONE)}\\s+`);

/** "from 1950 to 1962", "1950 until 1962", "od 1950. do 1962.", "nga 1950 deri në 1962". */
function period(s: string, approximate: boolean): Try<Reading> {
  const start = PERIOD_START.exec(s);
  const body = start ? s.slice(start[0].length) : s;
  const separator = start ? PERIOD_SEPARATOR : PERIOD_SEPARATOR_ALONE;
  return firstOf(
    cuts(body, separator).map(([left, right]) => () => {
      const end = bound(right, approximate);
      const begin = withBorrowed(left, right, (l) => bound(l, approximate));
      if (begin === null || end === null) return null;
      if (begin === IMPOSSIBLE || end === IMPOSSIBLE) return IMPOSSIBLE;
      if (begin.start !== null && end.end !== null && begin.start > end.end) return IMPOSSIBLE;
      return {
        points: {
          botb: iso(begin.start),
          eotb: iso(begin.end),
          bote: iso(end.start),
          eote: iso(end.end),
        },
        precision: 'range',
        approximate: begin.approximate || end.approximate,
      };
    }),
  );
}

/** One moment from the start of `left` to the end of `right`. */
function spanning(left: string, right: string, approximate: boolean): Try<Reading> {
  const to = readPoint(expandShortYear(left, right), approximate);
  const from = withBorrowed(left, right, (l) => readPoint(l, approximate));
  if (from === null || to === null) return null;
  if (from === IMPOSSIBLE || to === IMPOSSIBLE) return IMPOSSIBLE;
  if (from.win.start > to.win.end) return IMPOSSIBLE;
  const win: Window = { start: from.win.start, end: to.win.end };
  return {
    points: momentPoints(win),
    precision: 'range',
    approximate: from.approximate || to.approximate,
  };
}

/** "1965-70" → 1970, "1998–02" → 2002: the end of a year range written short. */
function expandShortYear(left: string, right: string): string {
  const year = /^(\d{4})\.?$/.exec(left);
  const short = /^(\d{1,2})\.?$/.exec(right);
  if (!year || !short) return right;
  const digits = short[1] as string;
  const prefix = (year[1] as string).slice(0, 4 - digits.length);
  const expanded = Number(prefix + digits);
  return String(expanded >= Number(year[1]) ? expanded : expanded + 10 ** digits.length);
}

const BETWEEN_START = new RegExp(`^${words(BETWEEN)}\\s+`);
const BETWEEN_AND = new RegExp(`\\s+${words(AND)}\\s+`);
const DASH = /\s*–\s*|\s+-\s+|-/;

/** "between 1960 and 1965", "između 1960. i 1965.", "midis 1960 dhe 1965", "меѓу 1960 и 1965". */
function between(s: string, approximate: boolean): Try<Reading> {
  const start = BETWEEN_START.exec(s);
  if (!start) return null;
  const body = s.slice(start[0].length);
  return firstOf(
    [...cuts(body, BETWEEN_AND), ...cuts(body, DASH)].map(
      ([left, right]) =>
        () =>
          spanning(left, right, approximate),
    ),
  );
}

/** "1965–1970", "1965-70", "March–May 1998", "1960s–1970s". */
function dashRange(s: string, approximate: boolean): Try<Reading> {
  return firstOf(
    cuts(s, DASH).map(
      ([left, right]) =>
        () =>
          spanning(left, right, approximate),
    ),
  );
}
