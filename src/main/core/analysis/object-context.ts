import type { OpinionRecord } from '../../../shared/domain/expert';
import type { RedListMatchRecord } from '../../../shared/domain/indicator';
import type { ExternalCheck } from '../../../shared/domain/object';
import { OPINION_SPEC } from '../experts/specs';
import { RED_LIST_MATCH_SPEC } from '../indicators/specs';
import { CHECK_SPEC } from '../objects/object-specs';
import { listRecords } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';

/**
 * What the object and person rules (issue #8: rules/objects) read besides provenance and money:
 * the unit's list of conflict-affected countries, the objects' Red List matches, expert opinions
 * and database checks, and the case's parties with the other cases of the case file they appear
 * in. Plain data, read once (see context.ts).
 */

/** A party of the case (a role in `case_party`) and its roles in the other cases. */
export interface CasePartyFacts {
  partyId: string;
  name: string;
  /** Its roles in this case. */
  roles: readonly string[];
  /** The other cases of the case file it has a role in, by reference. */
  otherCases: readonly { caseId: string; reference: string; roles: readonly string[] }[];
}

export interface ObjectFactsInput {
  /** Upper-case country code → label (vocabulary `conflict_country`, entries not retired). */
  conflictCountries: readonly { country: string; label: string }[];
  redListMatches: readonly RedListMatchRecord[];
  opinions: readonly OpinionRecord[];
  checks: readonly ExternalCheck[];
  /** Labels of the `red_list_category` vocabulary, by code. */
  redListLabels: Readonly<Record<string, string>>;
  caseParties: readonly CasePartyFacts[];
}

export const NO_OBJECT_FACTS: ObjectFactsInput = {
  conflictCountries: [],
  redListMatches: [],
  opinions: [],
  checks: [],
  redListLabels: {},
  caseParties: [],
};

/** The conflict-affected countries: two-letter entries not retired. */
export function conflictCountries(db: Sqlite): { country: string; label: string }[] {
  const rows = db
    .prepare(
      `SELECT code, label FROM vocabulary
       WHERE kind = 'conflict_country' AND retired = 0 ORDER BY position`,
    )
    .all() as Array<{ code: string; label: string }>;
  return rows
    .filter((r) => /^[a-z]{2}$/i.test(r.code))
    .map((r) => ({ country: r.code.toUpperCase(), label: r.label }));
}

/** The parties of the case with their roles here and in the other cases (merged: followed). */
function casePartiesOf(db: Sqlite, caseId: string): CasePartyFacts[] {
  const rows = db
    .prepare(
      `SELECT r.party_id, r.case_id, r.role, c.reference, p.name
       FROM case_party r JOIN case_record c ON c.id = r.case_id JOIN party p ON p.id = r.party_id
       WHERE r.party_id IN (SELECT party_id FROM case_party WHERE case_id = ?)
       ORDER BY p.name COLLATE NOCASE, r.party_id, c.reference COLLATE NOCASE, r.role`,
    )
    .all(caseId) as Array<{
    party_id: string;
    case_id: string;
    role: string;
    reference: string;
    name: string;
  }>;
  const byParty = new Map<
    string,
    {
      partyId: string;
      name: string;
      roles: string[];
      otherCases: { caseId: string; reference: string; roles: string[] }[];
    }
  >();
  for (const r of rows) {
    let p = byParty.get(r.party_id);
    if (!p) {
      p = { partyId: r.party_id, name: r.name, roles: [], otherCases: [] };
      byParty.set(r.party_id, p);
    }
    if (r.case_id === caseId) {
      p.roles.push(r.role);
      continue;
    }
    const last = p.otherCases.at(-1);
    if (last?.caseId === r.case_id) last.roles.push(r.role);
    else p.otherCases.push({ caseId: r.case_id, reference: r.reference, roles: [r.role] });
  }
  return [...byParty.values()];
}

/** Reads the object and person facts of a case (or of one object of it). */
export function loadObjectFacts(
  db: Sqlite,
  caseId: string,
  objectId: string | null,
): ObjectFactsInput {
  const scope: [string, string[]] =
    objectId === null ? ['case_id = ?', [caseId]] : ['object_id = ?', [objectId]];
  const checks =
    objectId === null
      ? listRecords(
          db,
          CHECK_SPEC,
          'object_id IN (SELECT id FROM seized_object WHERE case_id = ?)',
          [caseId],
          'checked_on, id',
        )
      : listRecords(db, CHECK_SPEC, 'object_id = ?', [objectId], 'checked_on, id');
  const labels = db
    .prepare("SELECT code, label FROM vocabulary WHERE kind = 'red_list_category'")
    .all() as Array<{ code: string; label: string }>;
  return {
    conflictCountries: conflictCountries(db),
    redListMatches: listRecords(db, RED_LIST_MATCH_SPEC, scope[0], scope[1], 'created_at, id'),
    opinions: listRecords(db, OPINION_SPEC, scope[0], scope[1], 'date, id'),
    checks,
    redListLabels: Object.fromEntries(labels.map((l) => [l.code, l.label])),
    caseParties: casePartiesOf(db, caseId),
  };
}
