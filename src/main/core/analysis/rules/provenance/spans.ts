import { earliest, latest, type TimeSpan } from '../../../../../shared/domain/time-span';
import {
  civil,
  dayNumber,
  dayOf,
  daysInMonth,
  MAX_YEAR,
} from '../../../../../shared/provenance/calendar';
import {
  certainlyBefore,
  daysBetween,
  gapBetween,
  spansDay,
  type Gap,
  type Likelihood,
} from '../../../../../shared/provenance/span-compare';

/**
 * The few date questions the provenance rules ask, answered with the shared four-point reasoning
 * (shared/provenance/span-compare.ts, calendar.ts): the rules never read dates themselves.
 */

const daySpan = (isoDay: string): TimeSpan => ({
  text: isoDay,
  botb: isoDay,
  eotb: isoDay,
  bote: isoDay,
  eote: isoDay,
});

/** The span certainly ended before the day (an open or unknown end never did). */
export function certainlyBeforeDay(span: TimeSpan, isoDay: string): boolean {
  return certainlyBefore(span, daySpan(isoDay));
}

/** Day number of the same day `months` later; the 31st falls back to the month's last day. */
function addMonths(day: number, months: number): number {
  const { y, m, d } = civil(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.min(MAX_YEAR, Math.floor(index / 12));
  const month = (index % 12) + 1;
  return dayNumber(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * Both events certainly happened within `months` of each other: every bound is known and the
 * latest either can be is no more than `months` after the earliest either can be.
 */
export function certainlyWithinMonths(a: TimeSpan, b: TimeSpan, months: number): boolean {
  const bounds = [earliest(a), latest(a), earliest(b), latest(b)];
  if (bounds.some((x) => x === null)) return false;
  const days = (bounds as string[]).map(dayOf);
  const start = Math.min(days[0] as number, days[2] as number);
  const end = Math.max(days[1] as number, days[3] as number);
  return end <= addMonths(start, months);
}

export interface HolderGap {
  gap: Gap;
  /** Nothing at all is known of when either side happened. */
  undated: boolean;
}

/**
 * The time between two consecutive events, when their dates leave room for one: null when the
 * later event had certainly begun by the day after the earlier one could have ended (a same-day
 * or next-day handover). Unknown dates leave room.
 */
export function holderGap(a: TimeSpan, b: TimeSpan): HolderGap | null {
  const gap = gapBetween(a, b);
  const { possibleFrom, possibleTo } = gap;
  if (possibleFrom !== null && possibleTo !== null && daysBetween(possibleFrom, possibleTo) <= 1) {
    return null;
  }
  const undated = [gap.from, gap.to, possibleFrom, possibleTo].every((x) => x === null);
  return { gap, undated };
}

/** Whether the gap covers the day: 'certainly', 'possibly' or 'no'. */
export function gapCovers(gap: Gap, isoDay: string): Likelihood {
  return spansDay(gap, isoDay);
}
