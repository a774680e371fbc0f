import {
  partyDisplayName,
  type CaseParty,
  type PartyFields,
  type PartyRecord,
} from '../../../shared/domain/party';
import type { PartySummary } from '../../../shared/domain/party-views';
import type { WriteTx } from '../audit/write';
import { requireRecord, type RecordSpec } from '../records/record-store';
import { indexForSearch, removeFromSearch, searchText } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/** Storage shared by the party services: the record spec, role rows and the search entry. */
export const PARTY_SPEC: RecordSpec<PartyRecord> = {
  table: 'party',
  entity: 'party',
  columns: (p) => ({ kind: p.kind, name: partyDisplayName(p), merged_into: p.mergedInto }),
};

export interface CasePartyRowDb {
  id: string;
  case_id: string;
  party_id: string;
  role: string;
  note: string;
  created_at: string;
}

export const CASE_PARTY_COLUMNS = 'id, case_id, party_id, role, note, created_at';

export function toCaseParty(r: CasePartyRowDb): CaseParty {
  return {
    id: r.id,
    caseId: r.case_id,
    partyId: r.party_id,
    role: r.role,
    note: r.note,
    createdAt: r.created_at,
  };
}

export function getCaseParty(db: Sqlite, id: string): CaseParty | null {
  const row = db.prepare(`SELECT ${CASE_PARTY_COLUMNS} FROM case_party WHERE id = ?`).get(id) as
    CasePartyRowDb | undefined;
  return row ? toCaseParty(row) : null;
}

export function insertCaseParty(db: Sqlite, row: CaseParty): void {
  db.prepare(
    `INSERT INTO case_party (${CASE_PARTY_COLUMNS}) VALUES (@id, @caseId, @partyId, @role, @note, @createdAt)`,
  ).run(row);
}

/** The role row's fields as audited (everything but its id, which is the audit entry's entity). */
export function casePartyFields(row: CaseParty): Record<string, unknown> {
  const { id: _id, ...fields } = row;
  return fields;
}

export interface SummaryRowDb {
  id: string;
  kind: PartySummary['kind'];
  name: string;
  flags: string | null;
}

/** Columns for `toSummary`, from a `party` table aliased `p`. */
export const SUMMARY_COLUMNS = "p.id, p.kind, p.name, json_extract(p.data, '$.flags') AS flags";

export function toSummary(r: SummaryRowDb): PartySummary {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    flags: r.flags ? (JSON.parse(r.flags) as PartySummary['flags']) : [],
  };
}

export function partySummary(db: Sqlite, id: string): PartySummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM party p WHERE p.id = ?`).get(id) as
    SummaryRowDb | undefined;
  return row ? toSummary(row) : null;
}

/** A party that was merged lives on as another one: it takes no edits and no roles. */
export function refuseMerged(party: PartyRecord, what: string): void {
  if (party.mergedInto !== null) {
    throw new CaseFileError(
      CaseFileErrorCode.NotAllowed,
      `This party was merged into another one and lives on as that party; ${what} there instead.`,
      { partyId: party.id, mergedInto: party.mergedInto },
    );
  }
}

/** Names a party goes by: the display name, the name in reading order, aliases. */
export function partyNames(p: PartyFields): string[] {
  const names = [partyDisplayName(p)];
  if (p.kind === 'person') names.push(`${p.givenNames} ${p.familyName}`.trim());
  return [...new Set([...names, ...p.aliases].filter((n) => n.length > 0))];
}

function partyText(p: PartyFields): string {
  const common = searchText(
    p.aliases,
    p.addresses.map((a) => searchText(a.label, a.line, a.postalCode, a.city).replaceAll('\n', ' ')),
    p.contacts.map((c) => c.value),
    p.notes,
  );
  if (p.kind === 'organisation') return searchText(p.registrationNumber, common);
  return searchText(
    `${p.givenNames} ${p.familyName}`,
    p.patronymic,
    p.placeOfBirth,
    p.identityDocuments.map((d) => d.number),
    common,
  );
}

/**
 * Indexes a party under its own name. The text of the parties merged into it (at any depth) is
 * indexed with it, so a search for a merged party's name or document finds the party it lives on
 * as; a merged party has no entry of its own.
 */
export function indexParty(tx: WriteTx, id: string): void {
  const party = requireRecord(tx.db, PARTY_SPEC, id);
  if (party.mergedInto !== null) {
    removeFromSearch(tx.db, 'party', id);
    return;
  }
  const absorbed = tx.db
    .prepare(
      `WITH RECURSIVE absorbed (id) AS (
         SELECT id FROM party WHERE merged_into = ?
         UNION ALL SELECT p.id FROM party p JOIN absorbed a ON p.merged_into = a.id)
       SELECT id FROM absorbed`,
    )
    .pluck()
    .all(id) as string[];
  const others = absorbed
    .map((a) => requireRecord(tx.db, PARTY_SPEC, a))
    .map((p) => searchText(partyDisplayName(p), partyText(p)));
  indexForSearch(tx.db, {
    kind: 'party',
    entityId: id,
    caseId: null,
    title: partyDisplayName(party),
    body: searchText(partyText(party), others),
  });
}
