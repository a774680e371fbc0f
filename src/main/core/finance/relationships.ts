import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  RelationshipFields,
  type RelationshipFieldsInput,
  type RelationshipRecord,
} from '../../../shared/domain/finance';
import type { RelationshipView } from '../../../shared/domain/finance-views';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { syncCitations } from '../documents/citations';
import { invalid, requireParty, UpdateInput } from '../objects/references';
import { requireSources } from '../provenance/events';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { RELATIONSHIP_SPEC } from './specs';
import { accountLabels, nameResolver, requireAccountOfCase, requireOrder } from './support';

/**
 * Links between parties (FtM Ownership, Directorship, Representation, Family, Associate,
 * Employment; plus control and signatory of an account): who owns, directs, represents or is
 * related to whom, from when to when, on what evidence.
 *
 * A link is evidence and is never deleted: a link that ended gets its `endDate` (it stays on
 * record, shown as ended, and the analysis reads it by period); a link recorded wrongly is
 * corrected by an edit, which the audit log keeps with its before and after.
 */
const WHAT = 'relationship';

function checkFields(db: Sqlite, caseId: string, input: unknown): RelationshipFields {
  const fields = parseInput(RelationshipFields, input, WHAT);
  requireParty(db, fields.subject.partyId, 'subject.partyId', WHAT);
  requireParty(db, fields.object.partyId, 'object.partyId', WHAT);
  requireAccountOfCase(db, caseId, fields.accountId, 'accountId', WHAT);
  if (fields.subject.partyId !== null && fields.subject.partyId === fields.object.partyId) {
    throw invalid('object', 'a link goes from one party to another, not to itself', WHAT);
  }
  requireOrder(fields.startDate, fields.endDate, 'endDate', 'the link ends before it begins', WHAT);
  requireSources(db, caseId, fields.sources);
  return fields;
}

export function relationshipViews(
  db: Sqlite,
  links: readonly RelationshipRecord[],
): RelationshipView[] {
  const name = nameResolver(
    db,
    links.flatMap((r) => [r.subject, r.object]),
  );
  const labels = accountLabels(
    db,
    links.flatMap((r) => (r.accountId === null ? [] : [r.accountId])),
  );
  return links.map((r) => ({
    ...r,
    subjectName: name(r.subject),
    objectName: name(r.object),
    accountLabel: r.accountId === null ? null : (labels.get(r.accountId) ?? null),
    ended: r.endDate !== null,
  }));
}

function relationshipView(db: Sqlite, id: string): RelationshipView {
  return relationshipViews(db, [requireRecord(db, RELATIONSHIP_SPEC, id)])[0] as RelationshipView;
}

export const AddRelationshipInput = z.object({ caseId: Id, fields: z.unknown() }).strict();

export function addRelationship(
  session: CaseFileSession,
  input: { caseId: string; fields: RelationshipFieldsInput },
): RelationshipView {
  const { caseId, fields: raw } = parseInput(AddRelationshipInput, input, WHAT);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, caseId);
    const fields = checkFields(tx.db, caseId, raw);
    const record: RelationshipRecord = { caseId, ...fields, ...newMeta(tx) };
    insertRecord(tx, RELATIONSHIP_SPEC, record);
    syncCitations(tx.db, 'relationship', record.id, record.sources);
    return relationshipView(tx.db, record.id);
  });
}

/** Replaces a link's fields (an end date ends it); EDIT_CONFLICT when stale. */
export function updateRelationship(
  session: CaseFileSession,
  input: { id: string; version: number; fields: RelationshipFieldsInput },
): RelationshipView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, RELATIONSHIP_SPEC, id);
    const fields = checkFields(tx.db, current.caseId, raw);
    const next = updateRecord(tx, RELATIONSHIP_SPEC, id, version, (c) => ({
      caseId: c.caseId,
      ...fields,
    }));
    if (next.version !== current.version) syncCitations(tx.db, 'relationship', id, next.sources);
    return relationshipView(tx.db, id);
  });
}

export function getRelationship(session: CaseFileSession, id: string): RelationshipView {
  return relationshipView(session.db, parseInput(Id, id, 'relationship id'));
}

/** The case's links, optionally only those of one party (either end), as recorded. */
export function listRelationships(
  session: CaseFileSession,
  input: { caseId: string; partyId?: string | undefined },
): RelationshipView[] {
  const { caseId, partyId } = parseInput(
    z.object({ caseId: Id, partyId: Id.optional() }).strict(),
    input,
    'relationship query',
  );
  requireRecord(session.db, CASE_SPEC, caseId);
  const records =
    partyId === undefined
      ? listRecords<RelationshipRecord>(session.db, RELATIONSHIP_SPEC, 'case_id = ?', [caseId])
      : listRecords<RelationshipRecord>(
          session.db,
          RELATIONSHIP_SPEC,
          'case_id = ? AND (subject_party_id = ? OR object_party_id = ?)',
          [caseId, partyId, partyId],
        );
  return relationshipViews(session.db, records);
}
