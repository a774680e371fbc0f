import type { TimelineItem } from '../../../../shared/domain/timeline';
import type { TimeSpan } from '../../../../shared/domain/time-span';

/**
 * The timeline's arithmetic, apart from React and the DOM so it can be tested: days as UTC
 * milliseconds, an item's extent on the axis, rows that keep items from overlapping, and tick
 * labels that follow the zoom (centuries → years → months → days).
 */

export const DAY_MS = 86_400_000;

/** UTC midnight of an ISO day. Years below 100 stay themselves (Date.UTC would read 65 as 1965). */
export function dayMs(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const at = new Date(Date.UTC(2000, m - 1, d));
  at.setUTCFullYear(y);
  return at.getTime();
}

/** Where an item sits on the axis, in UTC milliseconds (`end` exclusive: the day after). */
export interface ItemExtent {
  start: number;
  end: number;
  /** A known day, drawn as a point. */
  point: boolean;
  /**
   * The part certainly inside the period (after the begin window, before the end window); the
   * rest of [start, end) is where it began or ended, drawn lighter. Null for a moment known only
   * within a window ("c. 1965").
   */
  core: { start: number; end: number } | null;
  /** No begin-of-the-begin ("before 1970") or no end-of-the-end ("after May 2011"). */
  openStart: boolean;
  openEnd: boolean;
}

const first = (...values: (string | null)[]): string | null =>
  values.find((v) => v !== null) ?? null;

/** The item's extent on the axis, or null when nothing is known of its date. */
export function itemExtent(item: Pick<TimelineItem, 'span' | 'uncertain'>): ItemExtent | null {
  const s: TimeSpan = item.span;
  const from = first(s.botb, s.eotb, s.bote, s.eote);
  const to = first(s.eote, s.bote, s.eotb, s.botb);
  if (from === null || to === null) return null;
  const start = dayMs(from);
  const end = Math.max(dayMs(to) + DAY_MS, start + DAY_MS);
  const point = !item.uncertain && end - start <= DAY_MS;
  // Certainly going on: from the end of the begin window to the start of the end window.
  const core =
    !point && s.eotb !== null && s.bote !== null && dayMs(s.eotb) + DAY_MS < dayMs(s.bote)
      ? { start: dayMs(s.eotb) + DAY_MS, end: dayMs(s.bote) }
      : null;
  return {
    start,
    end,
    point,
    core: item.uncertain ? core : point ? null : { start, end },
    openStart: !point && s.botb === null,
    openEnd: !point && s.eote === null,
  };
}

/** The time the items cover (open ends do not stretch it), or null when none is dated. */
export function timeDomain(extents: readonly ItemExtent[]): [number, number] | null {
  if (extents.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of extents) {
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  return [lo, hi];
}

/**
 * A domain with a margin on both sides, so the first and last items do not touch the edges;
 * a single day or a short stretch opens to at least `minMs` (a year by default).
 */
export function padDomain(
  [lo, hi]: [number, number],
  ratio = 0.04,
  minMs = 365 * DAY_MS,
): [number, number] {
  const mid = (lo + hi) / 2;
  const half = Math.max(hi - lo, minMs) / 2;
  const pad = half * 2 * ratio;
  return [mid - half - pad, mid + half + pad];
}

/**
 * Rows for boxes on one lane, so none overlaps another: each box goes to the first row whose
 * last box ends `gap` before it starts. Returns the row of each box (input order) and the count.
 */
export function packRows(
  boxes: readonly { x0: number; x1: number }[],
  gap = 4,
): { rows: number[]; count: number } {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x0 - boxes[b]!.x0);
  const ends: number[] = [];
  const rows = new Array<number>(boxes.length).fill(0);
  for (const i of order) {
    const box = boxes[i]!;
    let row = ends.findIndex((end) => end + gap <= box.x0);
    if (row === -1) {
      row = ends.length;
      ends.push(box.x1);
    } else ends[row] = box.x1;
    rows[i] = row;
  }
  return { rows, count: Math.max(ends.length, 1) };
}

export type TickUnit = 'century' | 'year' | 'month' | 'day';

/** What the distance between two ticks counts in. */
export function tickUnit(stepMs: number): TickUnit {
  if (stepMs >= 90 * 365 * DAY_MS) return 'century';
  if (stepMs >= 300 * DAY_MS) return 'year';
  if (stepMs >= 27 * DAY_MS) return 'month';
  return 'day';
}

/**
 * Tick labels in the interface language. Years alone for centuries and years; months carry the
 * year on January and on the first tick; days carry the month.
 */
export function tickFormatter(locale: string, unit: TickUnit): (at: Date, index: number) => string {
  const utc = { timeZone: 'UTC' } as const;
  const monthYear = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', year: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { ...utc, month: 'short' });
  const dayMonth = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short' });
  const full = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'medium' });
  return (at, index) => {
    switch (unit) {
      case 'century':
      case 'year':
        return String(at.getUTCFullYear());
      case 'month':
        return at.getUTCMonth() === 0 || index === 0 ? monthYear.format(at) : month.format(at);
      case 'day':
        return index === 0 || at.getUTCDate() === 1 ? full.format(at) : dayMonth.format(at);
    }
  };
}

/** A label cut to the room it has, at about `charWidth` pixels a character ('' when too small). */
export function fitLabel(label: string, room: number, charWidth = 6.4): string {
  const chars = Math.floor(room / charWidth);
  if (chars < 4) return '';
  return label.length <= chars ? label : `${label.slice(0, chars - 1)}…`;
}
