import { THRESHOLD_DATES } from './time-span';

/**
 * The legal thresholds the analysis rules turn on, each with where it comes from
 * (../shared/domain/REFERENCE.md §4.1, §4.3, §7.2). Change a value here and every rule, message
 * and test that uses it follows.
 */

export interface DateThreshold {
  /** ISO day. */
  date: string;
  source: string;
}
export interface AgeThreshold {
  /** The object must be MORE than this many years old. */
  years: number;
  source: string;
}
export interface ValueThreshold {
  /** Exact decimal, like Money.amount. */
  amount: string;
  currency: string;
  source: string;
}

const REG_2019_880 =
  'Regulation (EU) 2019/880 on the introduction and the import of cultural goods';

export const LEGAL_THRESHOLDS = {
  /**
   * UNESCO 1970 Convention (adopted at the 16th General Conference, Paris, November 1970): the
   * date the AAM (2008) and AAMD (2008, rev. 2013) acquisition standards use for archaeological
   * material and ancient art (documented out of its country of modern discovery before it).
   */
  unesco1970: {
    date: THRESHOLD_DATES.unesco1970Adopted,
    source:
      'UNESCO 1970 Convention; AAMD Guidelines on the Acquisition of Archaeological Material and Ancient Art (2008, rev. 2013); AAM Standards (2008)',
  },
  /** UNESCO 1970 Convention in force: the derogation date of EU 2019/880 Art. 4(4) and 5(2). */
  unesco1970InForce: {
    date: THRESHOLD_DATES.unesco1970InForce,
    source: `UNESCO 1970 Convention, entry into force; ${REG_2019_880}, Art. 4(4), 5(2)`,
  },
  /**
   * From this day the import licence and importer statement are lodged through the ICG electronic
   * system and required (Art. 16(2) with Implementing Regulation (EU) 2021/1079).
   */
  eu2019880Obligations: {
    date: '2025-06-28',
    source: `${REG_2019_880}, Art. 16(2); ICG electronic system operational (EU TRACES)`,
  },
  /** Annex Part B: archaeological objects and elements of dismembered monuments. */
  eu2019880PartBAge: {
    years: 250,
    source: `${REG_2019_880}, Art. 4 and Annex Part B (import licence, regardless of value)`,
  },
  /** Annex Part C: the other categories, with the value threshold below. */
  eu2019880PartCAge: {
    years: 200,
    source: `${REG_2019_880}, Art. 5 and Annex Part C (importer statement)`,
  },
  eu2019880PartCValue: {
    amount: '18000',
    currency: 'EUR',
    source: `${REG_2019_880}, Art. 5 and Annex Part C (customs value of at least EUR 18,000)`,
  },
} as const satisfies Record<string, DateThreshold | AgeThreshold | ValueThreshold>;

/**
 * The 27 member states of the European Union, as ISO 3166-1 alpha-2 codes (Greece is GR here,
 * not the EU's own abbreviation EL). Where EU 2019/880 import obligations apply.
 */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

export function isEuMemberState(country: string | null | undefined): boolean {
  return country != null && (EU_MEMBER_STATES as readonly string[]).includes(country);
}
