import { z } from 'zod';
import { IsoDate, Line } from './common';

/**
 * An uncertain date or period as the four points of CIDOC-CRM / Art Tracks (P82a, P81a, P81b,
 * P82b): the event began between `botb` and `eotb` and ended between `bote` and `eote`. An event
 * that happens at one moment (a sale, an export) has the same window for its begin and its end.
 * A missing point (null) is open: "before 1970" has no begin-of-the-begin.
 *
 * `text` is what the person typed ("c. 1965", "пре 1970", "1998-03-12"); the points are what
 * Custodia read from it (shared/provenance/date-parser.ts) and are shown beside it.
 */
export const TimeSpan = z
  .object({
    text: Line,
    botb: IsoDate.nullable(),
    eotb: IsoDate.nullable(),
    bote: IsoDate.nullable(),
    eote: IsoDate.nullable(),
  })
  .strict()
  .refine((s) => ordered(s.botb, s.eotb) && ordered(s.bote, s.eote) && ordered(s.botb, s.eote), {
    message: 'the four dates of the period are out of order',
  });
export type TimeSpan = z.infer<typeof TimeSpan>;

function ordered(a: string | null, b: string | null): boolean {
  return a === null || b === null || a <= b;
}

export const UNKNOWN_SPAN: TimeSpan = { text: '', botb: null, eotb: null, bote: null, eote: null };

/** True when nothing is known of the date at all. */
export function isUnknown(span: TimeSpan): boolean {
  return span.botb === null && span.eotb === null && span.bote === null && span.eote === null;
}

/** The earliest day the period can have begun (null: open). */
export const earliest = (s: TimeSpan): string | null => s.botb ?? s.eotb ?? s.bote;
/** The latest day the period can have ended (null: open). */
export const latest = (s: TimeSpan): string | null => s.eote ?? s.bote ?? s.eotb;

/** Dates the law and museum practice turn on (REFERENCE.md §4.1, §7.2). */
export const THRESHOLD_DATES = {
  /** UNESCO 1970 Convention adopted; the AAM/AAMD acquisition threshold. */
  unesco1970Adopted: '1970-11-17',
  /** UNESCO 1970 Convention in force; the EU 2019/880 derogation date. */
  unesco1970InForce: '1972-04-24',
  /** Directive 2014/60/EU: removals on or after this day. */
  dir201460: '1993-01-01',
} as const;
