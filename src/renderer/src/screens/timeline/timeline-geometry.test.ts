import { describe, expect, it } from 'vitest';
import type { TimeSpan } from '../../../../shared/domain/time-span';
import {
  DAY_MS,
  dayMs,
  fitLabel,
  itemExtent,
  packRows,
  padDomain,
  tickFormatter,
  tickUnit,
  timeDomain,
} from './timeline-geometry';

const span = (botb: string | null, eotb: string | null, bote: string | null, eote: string | null) =>
  ({ text: '', botb, eotb, bote, eote }) satisfies TimeSpan;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('dayMs', () => {
  it('reads an ISO day as UTC midnight', () => {
    expect(dayMs('1970-11-17')).toBe(Date.UTC(1970, 10, 17));
  });

  it('keeps years below 100 as they are (Date.UTC would make 0065 into 1965)', () => {
    expect(new Date(dayMs('0065-03-01')).getUTCFullYear()).toBe(65);
    expect(iso(dayMs('0800-12-31'))).toBe('0800-12-31');
  });
});

describe('itemExtent', () => {
  it('draws a known day as a point one day wide', () => {
    const e = itemExtent({
      span: span('1998-03-12', '1998-03-12', '1998-03-12', '1998-03-12'),
      uncertain: false,
    });
    expect(e).toMatchObject({ point: true, openStart: false, openEnd: false, core: null });
    expect(iso(e!.start)).toBe('1998-03-12');
    expect(e!.end - e!.start).toBe(DAY_MS);
  });

  it('draws "c. 1965" (a moment known within a window) as a range with no certain part', () => {
    const e = itemExtent({
      span: span('1960-01-01', '1970-12-31', '1960-01-01', '1970-12-31'),
      uncertain: true,
    });
    expect(e).toMatchObject({ point: false, core: null, openStart: false, openEnd: false });
    expect(iso(e!.start)).toBe('1960-01-01');
    expect(iso(e!.end)).toBe('1971-01-01');
  });

  it('gives a period its certain part between the begin and the end windows', () => {
    const e = itemExtent({
      span: span('1965-01-01', '1965-12-31', '1980-01-01', '1980-12-31'),
      uncertain: true,
    });
    expect(iso(e!.core!.start)).toBe('1966-01-01');
    expect(iso(e!.core!.end)).toBe('1980-01-01');
  });

  it('marks open ends: "before 1970" opens the start, "after May 2011" the end', () => {
    const before = itemExtent({
      span: span(null, '1969-12-31', null, '1969-12-31'),
      uncertain: true,
    });
    expect(before).toMatchObject({ openStart: true, openEnd: false });
    expect(iso(before!.start)).toBe('1969-12-31');
    const after = itemExtent({
      span: span('2011-06-01', null, '2011-06-01', null),
      uncertain: true,
    });
    expect(after).toMatchObject({ openStart: false, openEnd: true });
    expect(iso(after!.end)).toBe('2011-06-02');
  });

  it('has nothing to draw when nothing is known', () => {
    expect(itemExtent({ span: span(null, null, null, null), uncertain: true })).toBeNull();
  });
});

describe('timeDomain and padDomain', () => {
  it('covers every item and none when empty', () => {
    const a = itemExtent({
      span: span('1960-01-01', '1970-12-31', '1960-01-01', '1970-12-31'),
      uncertain: true,
    })!;
    const b = itemExtent({
      span: span('2026-02-10', '2026-02-10', '2026-02-10', '2026-02-10'),
      uncertain: false,
    })!;
    const [lo, hi] = timeDomain([b, a])!;
    expect(iso(lo)).toBe('1960-01-01');
    expect(iso(hi)).toBe('2026-02-11');
    expect(timeDomain([])).toBeNull();
  });

  it('adds a margin, and opens a single day to at least a year', () => {
    const [lo, hi] = padDomain([0, 100 * DAY_MS], 0.1, 0);
    expect(lo).toBeCloseTo(-10 * DAY_MS);
    expect(hi).toBeCloseTo(110 * DAY_MS);
    const day = dayMs('2026-02-10');
    const [a, b] = padDomain([day, day + DAY_MS], 0);
    expect(b - a).toBe(365 * DAY_MS);
    expect((a + b) / 2).toBe(day + DAY_MS / 2);
  });
});

describe('packRows', () => {
  it('keeps items that do not overlap on one row and stacks those that do', () => {
    const { rows, count } = packRows([
      { x0: 0, x1: 50 },
      { x0: 60, x1: 100 },
      { x0: 20, x1: 70 },
      { x0: 105, x1: 120 },
    ]);
    expect(rows).toEqual([0, 0, 1, 0]);
    expect(count).toBe(2);
  });

  it('reuses a freed row and keeps a gap between neighbours', () => {
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 12, x1: 20 },
        ],
        4,
      ).rows,
    ).toEqual([0, 1]);
    expect(
      packRows(
        [
          { x0: 0, x1: 10 },
          { x0: 14, x1: 20 },
        ],
        4,
      ).rows,
    ).toEqual([0, 0]);
    expect(packRows([]).count).toBe(1);
  });
});

describe('ticks', () => {
  it('counts the step in centuries, years, months or days as the zoom goes', () => {
    expect(tickUnit(100 * 365 * DAY_MS)).toBe('century');
    expect(tickUnit(5 * 365 * DAY_MS)).toBe('year');
    expect(tickUnit(90 * DAY_MS)).toBe('month');
    expect(tickUnit(7 * DAY_MS)).toBe('day');
  });

  it('labels years alone, months with the year on January and days with the month', () => {
    const at = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
    expect(tickFormatter('en-GB', 'century')(at(1800, 1), 0)).toBe('1800');
    expect(tickFormatter('en-GB', 'year')(at(1970, 1), 3)).toBe('1970');
    const month = tickFormatter('en-GB', 'month');
    expect(month(at(1998, 1), 2)).toBe('Jan 1998');
    expect(month(at(1998, 3), 2)).toBe('Mar');
    expect(month(at(1998, 3), 0)).toBe('Mar 1998');
    expect(tickFormatter('en-GB', 'day')(at(1998, 3, 12), 1)).toBe('12 Mar');
    expect(tickFormatter('sr-Cyrl-RS', 'month')(at(1998, 3), 1)).toMatch(/[А-Яа-я]/);
  });
});

describe('fitLabel', () => {
  it('cuts a label to its room, and drops it when there is too little', () => {
    expect(fitLabel('Sale — Petrović → Galerie Hermès', 1000)).toBe(
      'Sale — Petrović → Galerie Hermès',
    );
    expect(fitLabel('Sale — Petrović → Galerie Hermès', 64)).toBe('Sale — Pe…');
    expect(fitLabel('Sale', 20)).toBe('');
  });
});
