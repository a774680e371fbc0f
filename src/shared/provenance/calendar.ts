/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), so the date
 * reader and the comparisons never go through `Date`, whose two-digit years and time zones would
 * shift a day or a century. Years run from 1 to 9999, the range an ISO day can show.
 */

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** An inclusive run of days, as day numbers. */
export type Window = { start: number; end: number };

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isRealDay(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Day number of a calendar day (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar day of a day number (civil_from_days). */
export function civil(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoOf(n: number): string {
  const { y, m, d } = civil(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Day number of an ISO day ("1998-03-12"); NaN when it is not one. */
export function dayOf(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return Number.NaN;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(y, m, d) ? dayNumber(y, m, d) : Number.NaN;
}

export const FIRST_DAY = dayNumber(MIN_YEAR, 1, 1);
export const LAST_DAY = dayNumber(MAX_YEAR, 12, 31);

const clampDay = (n: number): number => Math.min(LAST_DAY, Math.max(FIRST_DAY, n));

export const dayWindow = (y: number, m: number, d: number): Window => {
  const n = dayNumber(y, m, d);
  return { start: n, end: n };
};

export const monthWindow = (y: number, m: number): Window => ({
  start: dayNumber(y, m, 1),
  end: dayNumber(y, m, daysInMonth(y, m)),
});

/** Whole years `from` to `to`, clamped to the years an ISO day can show. */
export const yearsWindow = (from: number, to: number): Window => ({
  start: clampDay(dayNumber(Math.max(MIN_YEAR, from), 1, 1)),
  end: clampDay(dayNumber(Math.min(MAX_YEAR, to), 12, 31)),
});

/** The first day of the month `months` after (or before) the month of day `n`. */
export function monthStart(n: number, months: number): number {
  const { y, m } = civil(n);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  if (year < MIN_YEAR) return FIRST_DAY;
  if (year > MAX_YEAR) return LAST_DAY;
  return dayNumber(year, (index % 12) + 1, 1);
}

/** The last day of the month `months` after (or before) the month of day `n`. */
export function monthEnd(n: number, months: number): number {
  const next = monthStart(n, months + 1);
  return next === LAST_DAY ? LAST_DAY : Math.max(FIRST_DAY, next - 1);
}

export const shiftDays = (n: number, days: number): number => clampDay(n + days);

/** The same day `years` later (or earlier); 29 February falls back to the 28th. */
export function shiftYears(n: number, years: number): number {
  const { y, m, d } = civil(n);
  const year = y + years;
  if (year < MIN_YEAR) return FIRST_DAY;
  if (year > MAX_YEAR) return LAST_DAY;
  return dayNumber(year, m, Math.min(d, daysInMonth(year, m)));
}
