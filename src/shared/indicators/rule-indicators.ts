import type { Finding } from '../domain/finding';

/**
 * Which indicators of the catalogue (REFERENCE.md §2.1) a finding of each analysis rule suggests.
 * A suggestion is one (finding, indicator code) pair; a person accepts it (it becomes an
 * observation) or dismisses it. Codes are those of the shipped catalogue; a unit's catalogue that
 * lacks a code still shows the suggestion, without an indicator to record it under.
 *
 * A rule maps to fixed codes, or to a function of the finding (its params) when the code depends
 * on what the rule saw. A rule with no entry suggests nothing.
 */
type Mapping = readonly string[] | ((finding: Pick<Finding, 'params'>) => readonly string[]);

/** The years (3 or 4 digits) a date as typed names: "c. 1938" → 1938; none → null. */
function yearOf(text: unknown): number | null {
  const m = /(\d{3,4})/.exec(String(text ?? ''));
  return m ? Number(m[1]) : null;
}

/** The high-risk period of B6 that a provenance gap can be told from its dates to overlap. */
const HIGH_RISK_PERIOD = { from: 1933, to: 1945 };

export const RULE_INDICATORS: Readonly<Record<string, Mapping>> = {
  // ——— Provenance (issue #5) ———
  /**
   * A gap in the chain: B1 (no provenance / provenance with holes). B6 as well when the gap's
   * dates overlap 1933–1945 (from no later than 1945, to no earlier than 1933). Conflict periods
   * of a particular country are not told from a gap's dates and are left to the investigator.
   */
  'provenance.gap': (f) => {
    const from = yearOf(f.params['from']);
    const to = yearOf(f.params['to']);
    const overlaps =
      from !== null && to !== null && from <= HIGH_RISK_PERIOD.to && to >= HIGH_RISK_PERIOD.from;
    return overlaps ? ['B1', 'B6'] : ['B1'];
  },
  /** Provenance that cannot be shown before 1970 / 1972: B1 states those thresholds. */
  'provenance.gap-1970': ['B1'],
  'provenance.gap-1972': ['B1'],
  'provenance.first-appearance-after-1970': ['B1'],
  /** No documented find-spot: the object has no provenance from its origin (B1). */
  'provenance.findspot-undocumented': ['B1'],
  /** "Old family collection" on the holder's word alone: vague, unverifiable provenance. */
  'provenance.holder-statement-only': ['B2'],
  /** Rapid resale with a large price jump: unusual mark-ups on rapid resale. */
  'provenance.rapid-resale': ['C4'],
  'provenance.export-licence-transit': ['B4'],
  /** Missing EU import licence / importer statement (Reg. 2019/880). */
  'provenance.eu-import-licence': ['E4'],
  'provenance.eu-importer-statement': ['E4'],
  /** Forged or doubtful documents, events resting on them: B3 (altered, back-dated documents). */
  'provenance.forged-document': ['B3'],
  'provenance.contradicted-event': ['B3'],
  /**
   * provenance.order (chain order contradicts the dates) is most often a recording slip, not a
   * sign of trafficking: no indicator.
   */
  /**
   * Standing ownership claims by a state, church or museum are the nearest the data comes to
   * "object in a stolen-art database or an institution's inventory" (A4).
   */
  'provenance.competing-claims': ['A4'],

  // ——— Money (issue #6) ———
  /** Instalments just below the thresholds. */
  'finance.structuring': ['C1'],
  /** Back-to-back / circular sales between related parties. */
  'finance.circular-flow': ['C5'],
  'finance.sale-parties-connected': ['C5'],
  /** The account of a front or nominee money crosses without staying (C3: nominee). */
  'finance.pass-through': ['C3'],
  /** The natural person behind a company: shell company, beneficial owner unclear. */
  'finance.beneficial-owner': ['C3'],
  'finance.high-risk-jurisdiction': ['C2'],
  /** A collector or distributor of many payments: an intermediary without apparent reason. */
  'finance.hub': ['D3'],

  // ——— Objects, cash and persons (issue #8) ———
  'object.conflict-country': ['A6'],
  'object.red-list': ['A1'],
  'object.similar-lot': ['A5'],
  /** A "no hit" certificate is not provenance. */
  'object.no-hit-only': ['B2'],
  'finance.cash': ['C1'],
  'party.prior-cases': ['D2'],
};

/** The indicator codes a finding suggests, each once, in the order of the mapping. */
export function indicatorCodesOf(finding: Pick<Finding, 'ruleId' | 'params'>): string[] {
  const mapping = RULE_INDICATORS[finding.ruleId];
  if (mapping === undefined) return [];
  const codes = typeof mapping === 'function' ? mapping(finding) : mapping;
  return [...new Set(codes)];
}
