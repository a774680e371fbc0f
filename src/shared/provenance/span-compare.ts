import { earliest, latest, type TimeSpan } from '../domain/time-span';
import { civil, dayNumber, dayOf, daysInMonth, isoOf } from './calendar';

/**
 * Reasoning on four-point time spans (domain/time-span.ts). Dates are ISO days, which compare
 * as strings; an open point (null) reaches to the beginning or end of time, so an unknown date
 * can be anywhere and is never "certainly" anything.
 */

export type Likelihood = 'certainly' | 'possibly' | 'no';

/** `a` ended before `b` can have begun: latest(a) < earliest(b). */
export function certainlyBefore(a: TimeSpan, b: TimeSpan): boolean {
  const end = latest(a);
  const start = earliest(b);
  return end !== null && start !== null && end < start;
}

/** `a` may have happened before `b` (it did not certainly happen after it). */
export function possiblyBefore(a: TimeSpan, b: TimeSpan): boolean {
  return !certainlyBefore(b, a);
}

/** The two may have been under way at the same time: neither certainly precedes the other. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return !certainlyBefore(a, b) && !certainlyBefore(b, a);
}

/**
 * Whether the span covers a day: certainly when it had surely begun by then and surely not yet
 * ended (end of the begin ≤ day ≤ begin of the end: a moment known to the day, or a period such
 * as "from 1950 to 1962" for the days of 1951–1961), possibly when the day is within its
 * earliest and latest bounds.
 */
export function contains(span: TimeSpan, isoDay: string): Likelihood {
  if (span.eotb !== null && span.bote !== null && span.eotb <= isoDay && isoDay <= span.bote) {
    return 'certainly';
  }
  const start = earliest(span);
  const end = latest(span);
  return (start === null || start <= isoDay) && (end === null || isoDay <= end) ? 'possibly' : 'no';
}

/**
 * The time between two events with nobody known to hold the object.
 * `from`/`to`: the latest `a` can have ended and the earliest `b` can have begun; the object was
 * certainly unaccounted for strictly between them. `possibleFrom`/`possibleTo`: the earliest `a`
 * can have ended and the latest `b` can have begun, the widest the gap can have been. Null is
 * open (unknown) on that side.
 */
export type Gap = {
  from: string | null;
  to: string | null;
  possibleFrom: string | null;
  possibleTo: string | null;
};

export function gapBetween(a: TimeSpan, b: TimeSpan): Gap {
  return {
    from: latest(a),
    to: earliest(b),
    // With no begin-of-the-end, `a` may have ended as soon as it began.
    possibleFrom: a.bote ?? a.botb ?? a.eotb,
    // With no end-of-the-begin, `b` may have begun as late as it ended.
    possibleTo: b.eotb ?? b.eote ?? b.bote,
  };
}

/**
 * Whether a gap covers a day (a threshold such as 17 Nov 1970). A gap given with only `from` and
 * `to` is taken as exactly known on its known sides.
 */
export function spansDay(
  gap: Pick<Gap, 'from' | 'to'> & Partial<Pick<Gap, 'possibleFrom' | 'possibleTo'>>,
  isoDay: string,
): Likelihood {
  if (gap.from !== null && gap.to !== null && gap.from < isoDay && isoDay < gap.to) {
    return 'certainly';
  }
  const from = gap.possibleFrom === undefined ? gap.from : gap.possibleFrom;
  const to = gap.possibleTo === undefined ? gap.to : gap.possibleTo;
  return (from === null || from < isoDay) && (to === null || isoDay < to) ? 'possibly' : 'no';
}

/** Day number of the middle of a span; null when nothing is known of it. */
function middle(span: TimeSpan): number | null {
  const start = earliest(span);
  const end = latest(span);
  if (start === null && end === null) return null;
  if (start === null || end === null) return dayOf((start ?? end) as string);
  return Math.floor((dayOf(start) + dayOf(end)) / 2);
}

/** The middle day of a span as an ISO day (the known end of a half-open one); null if unknown. */
export function spanMidpoint(span: TimeSpan): string | null {
  const n = middle(span);
  return n === null ? null : isoOf(n);
}

/** For sorting by the middle of each span, spans with no date at all last. */
export function compareForOrder(a: TimeSpan, b: TimeSpan): -1 | 0 | 1 {
  const x = middle(a);
  const y = middle(b);
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

/**
 * Pairs of positions `[earlier, later]` where the span at the later position certainly happened
 * before the one at the earlier position: the order of a chain contradicts its dates.
 */
export function orderProblems(spans: readonly TimeSpan[]): [number, number][] {
  const problems: [number, number][] = [];
  spans.forEach((first, i) => {
    for (let j = i + 1; j < spans.length; j++) {
      if (certainlyBefore(spans[j] as TimeSpan, first)) problems.push([i, j]);
    }
  });
  return problems;
}

/** Days from `a` to `b` (negative when `b` is earlier); NaN if either is not an ISO day. */
export function daysBetween(a: string, b: string): number {
  return dayOf(b) - dayOf(a);
}

type OpenWords = { before: string; after: string };
const OPEN_WORDS: Readonly<Record<string, OpenWords>> = {
  en: { before: 'before', after: 'after' },
  'sr-cyrl': { before: 'пре', after: 'после' },
  'sr-latn': { before: 'pre', after: 'posle' },
  hr: { before: 'prije', after: 'nakon' },
  bs: { before: 'prije', after: 'nakon' },
  mk: { before: 'пред', after: 'по' },
  sl: { before: 'pred', after: 'po' },
  sq: { before: 'para', after: 'pas' },
};

/** Words for an open side in the interface language; Serbian without a script is Cyrillic. */
function openWords(locale: string): OpenWords {
  const lower = locale.toLowerCase();
  const language = lower.split(/[-_]/)[0] ?? '';
  const key = language === 'sr' ? (lower.includes('latn') ? 'sr-latn' : 'sr-cyrl') : language;
  return OPEN_WORDS[key] ?? { before: 'before', after: 'after' };
}

/** The shortest ISO form naming exactly the days `start`…`end`: "1998-03-12", "1998-03", "1965". */
function describeRun(start: number, end: number): string {
  const a = civil(start);
  const b = civil(end);
  const wholeYears = a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31;
  if (wholeYears) {
    if (a.y === b.y) return String(a.y);
    // The ±5 years "c. 1965" adds.
    if (b.y - a.y === 10) return `${a.y + 5} (±5)`;
    return `${a.y}–${b.y}`;
  }
  const month = (y: number, m: number) => isoOf(dayNumber(y, m, 1)).slice(0, 7);
  if (a.d === 1 && b.d === daysInMonth(b.y, b.m)) {
    return a.y === b.y && a.m === b.m ? month(a.y, a.m) : `${month(a.y, a.m)} – ${month(b.y, b.m)}`;
  }
  return start === end ? isoOf(start) : `${isoOf(start)} – ${isoOf(end)}`;
}

/** The first unit starting on day `n` ("before 1970" rather than "before 1970-01-01"). */
function describeStart(n: number): string {
  const { y, m, d } = civil(n);
  if (m === 1 && d === 1) return String(y);
  return d === 1 ? isoOf(n).slice(0, 7) : isoOf(n);
}

function describeEnd(n: number): string {
  const { y, m, d } = civil(n);
  if (m === 12 && d === 31) return String(y);
  return d === daysInMonth(y, m) ? isoOf(n).slice(0, 7) : isoOf(n);
}

function describeWindow(start: string | null, end: string | null, locale: string): string {
  const words = openWords(locale);
  if (start === null && end === null) return '?';
  if (start === null) return `${words.before} ${describeStart(dayOf(end as string) + 1)}`;
  if (end === null) return `${words.after} ${describeEnd(dayOf(start) - 1)}`;
  return describeRun(dayOf(start), dayOf(end));
}

/**
 * A short display of the four points for when the date as typed is not at hand: "1998-03-12",
 * "1965", "1965 (±5)", "before 1970", "after 2011-05", "1950 – 1962" for a period. Empty for an
 * unknown date. `locale` is an interface language (en, sr-Cyrl, sr-Latn, hr, bs, mk, sl, sq).
 */
export function formatSpan(span: TimeSpan, locale: string): string {
  const { botb, eotb, bote, eote } = span;
  if (botb === null && eotb === null && bote === null && eote === null) return '';
  const moment = (eotb === null && bote === null) || (botb === bote && eotb === eote);
  if (moment) return describeWindow(botb ?? bote, eote ?? eotb, locale);
  return `${describeWindow(botb, eotb, locale)} – ${describeWindow(bote, eote, locale)}`;
}
