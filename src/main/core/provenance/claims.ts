import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { ClaimFields, type ClaimRecord } from '../../../shared/domain/provenance';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { syncCitations } from '../documents/citations';
import { objectSpec } from '../objects/object-specs';
import { UpdateInput } from '../objects/references';
import { insertRecord, newMeta, requireRecord, updateRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { readDate, requirePartiesOf, requireSources } from './events';
import { CLAIM_SPEC } from './specs';

/**
 * Competing ownership claims on an object (the state of origin, a church, the holder), shown
 * beside its chain. A claim's status moves as the case does (asserted → under review → upheld /
 * rejected …); each change is an ordinary audited update, so the log shows who changed it when.
 */
const WHAT = 'ownership claim';

function checkFields(db: Sqlite, caseId: string, input: unknown) {
  const fields = parseInput(ClaimFields, input, WHAT);
  const span = readDate(fields.date, WHAT);
  requirePartiesOf(db, { claimant: fields.claimant }, WHAT);
  requireSources(db, caseId, fields.sources);
  return { fields, span };
}

export const AddClaimInput = z.object({ objectId: Id, fields: z.unknown() }).strict();

export function addClaim(
  session: CaseFileSession,
  input: { objectId: string; fields: z.input<typeof ClaimFields> },
): ClaimRecord {
  const { objectId, fields: raw } = parseInput(AddClaimInput, input, WHAT);
  return write(session, (tx) => {
    const object = requireRecord(tx.db, objectSpec(tx.db), objectId);
    const { fields, span } = checkFields(tx.db, object.caseId, raw);
    const record: ClaimRecord = {
      ...fields,
      caseId: object.caseId,
      objectId,
      span,
      ...newMeta(tx),
    };
    insertRecord(tx, CLAIM_SPEC, record);
    syncCitations(tx.db, 'claim', record.id, record.sources);
    return record;
  });
}

/** Replaces a claim's fields (status included); refused on a stale version. */
export function updateClaim(
  session: CaseFileSession,
  input: { id: string; version: number; fields: z.input<typeof ClaimFields> },
): ClaimRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, CLAIM_SPEC, id);
    const { fields, span } = checkFields(tx.db, current.caseId, raw);
    const next = updateRecord(tx, CLAIM_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      objectId: c.objectId,
      span,
    }));
    if (next.version !== current.version) syncCitations(tx.db, 'claim', id, next.sources);
    return next;
  });
}
