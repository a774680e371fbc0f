import type { Money } from '../../../../shared/domain/common';

/*
 * The summary's positions are language-neutral text (AspectSummary in expert-views.ts); these
 * read them back into values the screens format.
 */

/**
 * A summary position's dating, "-400/-300" (either end may be empty: "-400/", "/-300"), as years;
 * null when it does not read as such.
 */
export function parseYearRange(
  value: string,
): { earliest: number | null; latest: number | null } | null {
  const m = /^\s*(-?\d+)?\s*(?:\/\s*(-?\d+)?)?\s*$/.exec(value);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const earliest = m[1] === undefined ? null : Number(m[1]);
  const latest = value.includes('/') ? (m[2] === undefined ? null : Number(m[2])) : earliest;
  return { earliest, latest };
}

/** A summary position's value, "1200.00 EUR", as an amount and its currency; null otherwise. */
export function parseMoney(value: string): Money | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s+([A-Z]{3})\s*$/.exec(value);
  return m ? { amount: m[1] ?? '', currency: m[2] ?? '' } : null;
}

/** The list (level 1) a Red List category belongs to: its parent, else the code before its dot. */
export function redListOf(code: string, parent: string | null | undefined): string | null {
  if (parent) return parent;
  const dot = code.indexOf('.');
  return dot > 0 ? code.slice(0, dot) : null;
}

/** An origin position is a country code ("RS") when the opinion names a country, else a wording. */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}
