import { Id } from '../../../shared/domain/common';
import type { ObjectFieldsInput, ObjectRecord } from '../../../shared/domain/object';
import {
  LEGAL_STATUS_TRANSITIONS,
  OBJECT_LIST_MAX,
  type ObjectView,
} from '../../../shared/domain/object-views';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { requireRecord, updateRecord } from '../records/record-store';
import { parseInput } from '../support/validate';
import { custodyOfObject } from './custody';
import { checksOf } from './external-checks';
import { legalStatusHistory } from './legal-status';
import { objectSummary, photoInfo, queryObjects } from './object-list';
import { checkObjectFields, describedItems, indexObject, insertObject } from './object-rules';
import { objectSpec } from './object-specs';
import { UpdateInput } from './references';
import { seizureSummary } from './seizures';

/** Seized objects described to Object ID, with their legal classification and value. */
export function createObject(
  session: CaseFileSession,
  caseId: string,
  input: ObjectFieldsInput,
): ObjectRecord {
  const id = parseInput(Id, caseId, 'case id');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, id);
    const fields = checkObjectFields(tx.db, id, input, null);
    return insertObject(tx, session, id, fields);
  });
}

/** Changes an object's description; its case and legal status have their own operations. */
export function updateObject(
  session: CaseFileSession,
  input: { id: string; version: number; fields: ObjectFieldsInput },
): ObjectRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, 'object change');
  return write(session, (tx) => {
    const spec = objectSpec(tx.db);
    const current = requireRecord(tx.db, spec, id);
    const fields = checkObjectFields(tx.db, current.caseId, raw, current);
    const next = updateRecord(tx, spec, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      legalStatus: c.legalStatus,
    }));
    if (next.version !== version) indexObject(tx, next);
    return next;
  });
}

export function getObjectRecord(session: CaseFileSession, objectId: string): ObjectRecord {
  const id = parseInput(Id, objectId, 'object id');
  return requireRecord(session.db, objectSpec(session.db), id);
}

/** One object with everything its page shows: histories, checks, custody, lot and seizure. */
export function getObject(session: CaseFileSession, objectId: string): ObjectView {
  const record = getObjectRecord(session, objectId);
  const db = session.db;
  const lot =
    record.lotCount === null
      ? null
      : {
          lotCount: record.lotCount,
          describedItems: describedItems(db, record.id),
          items: queryObjects(db, {
            caseId: record.caseId,
            limit: OBJECT_LIST_MAX,
            filters: { lotId: record.id },
          }),
        };
  return {
    record,
    legalStatusHistory: legalStatusHistory(db, record.id),
    allowedLegalStatuses: [...LEGAL_STATUS_TRANSITIONS[record.legalStatus]],
    checks: checksOf(db, record.id),
    custody: custodyOfObject(db, record.id),
    lot,
    partOfLot: record.lotId ? objectSummary(db, record.lotId) : null,
    seizure: record.seizureId ? seizureSummary(db, record.seizureId) : null,
    ...photoInfo(db, record.id),
  };
}
