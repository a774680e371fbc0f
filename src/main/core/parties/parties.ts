import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { PartyFields, type PartyFieldsInput, type PartyRecord } from '../../../shared/domain/party';
import {
  PARTY_KINDS,
  PARTY_LIST_SORTS,
  type PartyListItem,
  type PartyView,
} from '../../../shared/domain/party-views';
import { fold, toFtsQuery } from '../../../shared/search';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { insertRecord, newMeta, requireRecord, updateRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { requireCode } from '../vocab/vocabulary';
import { rolesOfParty } from './party-roles';
import {
  indexParty,
  PARTY_SPEC,
  partySummary,
  refuseMerged,
  SUMMARY_COLUMNS,
  toSummary,
  type SummaryRowDb,
} from './party-store';

/**
 * People and organisations, shared by all cases of the case file (so the same dealer is recognised
 * across cases). Roles per case: ./party-roles.ts; merging duplicates: ./party-merge.ts.
 */

/**
 * Validates the fields and their vocabulary codes. A retired code is refused as a new choice but
 * kept when the record already had it, so an old record can still be saved.
 */
function checkFields(db: Sqlite, input: unknown, previous: PartyRecord | null): PartyFields {
  const fields = parseInput(PartyFields, input, 'party');
  if (fields.kind === 'organisation') {
    const kept = previous?.kind === 'organisation' && previous.organisationType;
    requireCode(db, 'organisation_type', fields.organisationType, 'organisationType', {
      allowRetired: kept === fields.organisationType,
    });
  } else {
    const kept = new Set(
      previous?.kind === 'person' ? previous.identityDocuments.map((d) => d.type) : [],
    );
    fields.identityDocuments.forEach((d, i) =>
      requireCode(db, 'identity_document', d.type, `identityDocuments.${i}.type`, {
        allowRetired: kept.has(d.type),
      }),
    );
  }
  return fields;
}

export function createParty(session: CaseFileSession, input: PartyFieldsInput): PartyRecord {
  return write(session, (tx) => {
    const fields = checkFields(tx.db, input, null);
    const record: PartyRecord = { ...fields, mergedInto: null, ...newMeta(tx) };
    insertRecord(tx, PARTY_SPEC, record);
    indexParty(tx, record.id);
    return record;
  });
}

export const UpdatePartyInput = z
  .object({ id: Id, version: z.number().int().min(1), fields: z.unknown() })
  .strict();

/** Replaces a party's fields; refused for a merged party and for an outdated version. */
export function updateParty(
  session: CaseFileSession,
  input: { id: string; version: number; fields: PartyFieldsInput },
): PartyRecord {
  const { id, version, fields: raw } = parseInput(UpdatePartyInput, input, 'party change');
  return write(session, (tx) => {
    const current = requireRecord(tx.db, PARTY_SPEC, id);
    refuseMerged(current, 'edit it');
    const fields = checkFields(tx.db, raw, current);
    const next = updateRecord(tx, PARTY_SPEC, id, version, () => ({ ...fields, mergedInto: null }));
    if (next.version !== current.version) indexParty(tx, id);
    return next;
  });
}

export function getParty(session: CaseFileSession, id: string): PartyRecord {
  return requireRecord(session.db, PARTY_SPEC, parseInput(Id, id, 'party id'));
}

/** A party with its roles in every case and what it was merged into or from. */
export function partyView(session: CaseFileSession, id: string): PartyView {
  const record = getParty(session, id);
  const mergedFrom = session.db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM party p WHERE p.merged_into = ? ORDER BY p.name`)
    .all(record.id) as SummaryRowDb[];
  return {
    record,
    roles: rolesOfParty(session.db, record.id),
    mergedInto: record.mergedInto ? partySummary(session.db, record.mergedInto) : null,
    mergedFrom: mergedFrom.map(toSummary),
  };
}

export const PartyListQuery = z
  .object({
    text: z.string().max(200).default(''),
    kind: z.enum(PARTY_KINDS).nullable().default(null),
    caseId: Id.nullable().default(null),
    sort: z.enum(PARTY_LIST_SORTS).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type PartyListQuery = z.input<typeof PartyListQuery>;

/**
 * The parties of the case file (or of one case) that match the text, each with how many other
 * cases it appears in. Merged parties are not listed: they live on as the party they were merged
 * into, whose search entry also holds their names.
 */
export function listParties(session: CaseFileSession, query: PartyListQuery = {}): PartyListItem[] {
  const q = parseInput(PartyListQuery, query, 'party list query');
  if (q.caseId) requireRecord(session.db, CASE_SPEC, q.caseId);
  const where = ['p.merged_into IS NULL'];
  const params: Record<string, string | null> = { caseId: q.caseId };
  const match = toFtsQuery(q.text);
  if (match) {
    where.push(
      "p.id IN (SELECT entity_id FROM search_index WHERE search_index MATCH @match AND kind = 'party')",
    );
    params['match'] = match;
  }
  if (q.kind) {
    where.push('p.kind = @kind');
    params['kind'] = q.kind;
  }
  if (q.caseId)
    where.push(
      'EXISTS (SELECT 1 FROM case_party r WHERE r.party_id = p.id AND r.case_id = @caseId)',
    );
  const rows = session.db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, p.version, p.updated_at,
         (SELECT json_group_array(role) FROM (SELECT role FROM case_party r
            WHERE r.party_id = p.id AND r.case_id = @caseId ORDER BY role)) AS roles,
         (SELECT count(DISTINCT case_id) FROM case_party r
            WHERE r.party_id = p.id AND r.case_id IS NOT @caseId) AS other_cases
       FROM party p WHERE ${where.join(' AND ')}`,
    )
    .all(params) as Array<
    SummaryRowDb & {
      version: number;
      updated_at: string;
      roles: string;
      other_cases: number;
    }
  >;
  const items = rows.map((r): PartyListItem & { key: string } => ({
    ...toSummary(r),
    roles: JSON.parse(r.roles) as string[],
    otherCases: r.other_cases,
    version: r.version,
    updatedAt: r.updated_at,
    key: fold(r.name),
  }));
  const byName = (a: { key: string; name: string; id: string }, b: typeof a) =>
    a.key.localeCompare(b.key) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const sign = q.direction === 'asc' ? 1 : -1;
  items.sort((a, b) => {
    if (q.sort === 'updated') return sign * a.updatedAt.localeCompare(b.updatedAt) || byName(a, b);
    if (q.sort === 'otherCases') return sign * (a.otherCases - b.otherCases) || byName(a, b);
    return sign * byName(a, b);
  });
  return items.map(({ key: _key, ...item }) => item);
}
