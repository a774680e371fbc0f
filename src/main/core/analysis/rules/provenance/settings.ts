import type { ObjectRecord } from '../../../../../shared/domain/object';
import type {
  ClaimRecord,
  ProvenanceEventRecord,
  ProvenanceEventType,
} from '../../../../../shared/domain/provenance';
import { PROVENANCE_EVENT_GROUPS } from '../../../../../shared/domain/provenance';
import { LEGAL_THRESHOLDS } from '../../../../../shared/domain/thresholds';

/**
 * The parameters of the provenance rules, in one place. Legal values (dates, ages, EUR 18,000)
 * come from shared/domain/thresholds.ts with their sources; what is a matter of investigative
 * judgement (how fast is a "rapid" resale, what counts as archaeological) is set here.
 */
export const PROVENANCE_RULE_SETTINGS = {
  /** provenance.rapid-resale: a resale certainly within this many months of the earlier sale… */
  rapidResaleMonths: 24,
  /** …at a price at least this many times the earlier one (same currency; rates never guessed). */
  rapidResaleFactor: 3,

  /** provenance.competing-claims: claims still standing, and how many make a conflict. */
  activeClaimStatuses: ['asserted', 'under_review', 'upheld'] as readonly ClaimRecord['status'][],
  competingClaimsMin: 2,

  /**
   * provenance.findspot-undocumented: the origination events that document where an
   * archaeological object came out of the ground (creation does not: it says who made it).
   */
  findspotEvents: [
    'excavation',
    'discovery',
    'find',
    'illegal_extraction',
    'field_collection',
  ] as readonly ProvenanceEventType[],

  /**
   * provenance.holder-statement-only: events that assert who owned or held the object
   * (every transfer of ownership, and "in possession of", the usual form of "old family
   * collection").
   */
  holdingEvents: [
    ...PROVENANCE_EVENT_GROUPS.transfer,
    'in_possession',
  ] as readonly ProvenanceEventType[],
  /** Document types that are the holder's (or seller's) own word. */
  holderStatementTypes: ['holder-statement'] as readonly string[],

  /** Document type codes the licence rules look for (vocabulary `document_type`). */
  exportLicenceType: 'export-licence',
  importLicenceType: 'import-licence',
  importerStatementType: 'importer-statement',

  /**
   * What makes an object archaeological for the rules: UNESCO 1970 Art. 1 (c) products of
   * excavations and discoveries, (d) elements of dismembered monuments or sites; EU 2019/880
   * Annex Part B; Reg. 116/2009 Annex I A1, A2; or the object type "archaeological".
   */
  archaeological: {
    unesco1970: ['c', 'd'] as readonly string[],
    eu2019880Parts: ['B'] as readonly string[],
    reg116Categories: ['a1', 'a2'] as readonly string[],
    objectTypes: ['archaeological'] as readonly string[],
  },
  /**
   * Ancient art as well (the 1970 threshold is about "archaeological material and ancient art"):
   * an antiquity under UNESCO 1970 Art. 1 (e) made in antiquity, i.e. dated to this year at the
   * latest. A 19th-century icon is an antiquity under (e) but not ancient art; an undated one is
   * not assumed to be.
   */
  ancientUnesco1970: ['e'] as readonly string[],
  ancientArtLatestYear: 600,
} as const;

const S = PROVENANCE_RULE_SETTINGS;

export function isArchaeological(o: ObjectRecord): boolean {
  const a = S.archaeological;
  return (
    o.unesco1970.some((c) => a.unesco1970.includes(c)) ||
    (o.eu2019880Part !== null && a.eu2019880Parts.includes(o.eu2019880Part)) ||
    (o.reg116Category !== null && a.reg116Categories.includes(o.reg116Category)) ||
    a.objectTypes.includes(o.typeL1)
  );
}

/** Archaeological, or ancient art: the objects the 1970 threshold is about. */
export function isAncient(o: ObjectRecord): boolean {
  if (isArchaeological(o)) return true;
  return (
    o.unesco1970.some((c) => S.ancientUnesco1970.includes(c)) &&
    o.dating.latest !== null &&
    o.dating.latest <= S.ancientArtLatestYear
  );
}

/**
 * An item described from a lot (a coin of a hoard) shares the lot's history when it has none of
 * its own: a finding about a missing history is made once, on the lot, when the lot is analysed
 * too.
 */
export function sharesLotHistory(
  o: ObjectRecord,
  ownEvents: number,
  inScope: ReadonlySet<string>,
): boolean {
  return o.lotId !== null && ownEvents === 0 && inScope.has(o.lotId);
}

/**
 * EU 2019/880 Annex Part B: the object says so, or (no part recorded) it is a product of
 * excavations (UNESCO c) or an element of a dismembered monument or site (d).
 */
export function isEuPartB(o: ObjectRecord): boolean {
  if (o.eu2019880Part !== null) return o.eu2019880Part === 'B';
  return o.unesco1970.some((c) => c === 'c' || c === 'd');
}

/**
 * EU 2019/880 Annex Part C: the object says so, or (no part recorded) it has a UNESCO 1970
 * category and none of Part B's (c, d).
 */
export function isEuPartC(o: ObjectRecord): boolean {
  if (o.eu2019880Part !== null) return o.eu2019880Part === 'C';
  return o.unesco1970.length > 0 && !isEuPartB(o);
}

/**
 * How many years old the object certainly is, from the latest year of its dating (negative
 * years are BC; there is no year 0, so 1 BC is −1 and 500 BC is 2,525 years before 2026).
 * Null when the dating has no latest year: its age cannot be told.
 */
export function certainAge(o: ObjectRecord, today: string): number | null {
  const latest = o.dating.latest;
  if (latest === null) return null;
  const year = Number(today.slice(0, 4));
  return latest < 0 ? year - latest - 1 : year - latest;
}

export const LEGAL = LEGAL_THRESHOLDS;

/** An event that rests on a forged or contradicted assessment is not evidence of anything. */
export function credible(e: ProvenanceEventRecord): boolean {
  return e.assessment !== 'forged' && e.assessment !== 'contradicted';
}
