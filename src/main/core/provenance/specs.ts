import type { ClaimRecord, ProvenanceEventRecord } from '../../../shared/domain/provenance';
import { earliest, latest } from '../../../shared/domain/time-span';
import { listRecords, type RecordSpec } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';

/**
 * How provenance events and ownership claims are kept (tables of migration 0050). The event's
 * `earliest` / `latest` columns are the outer bounds of its four-point span, for sorting and
 * range queries (null: open or unknown).
 */
export const EVENT_SPEC: RecordSpec<ProvenanceEventRecord> = {
  table: 'provenance_event',
  entity: 'provenance_event',
  columns: (e) => ({
    case_id: e.caseId,
    object_id: e.objectId,
    position: e.position,
    type: e.type,
    earliest: earliest(e.span),
    latest: latest(e.span),
  }),
};

export const CLAIM_SPEC: RecordSpec<ClaimRecord> = {
  table: 'ownership_claim',
  entity: 'ownership_claim',
  columns: (c) => ({ case_id: c.caseId, object_id: c.objectId, status: c.status }),
};

/** The object's events in chain order. */
export function eventsOf(db: Sqlite, objectId: string): ProvenanceEventRecord[] {
  return listRecords(db, EVENT_SPEC, 'object_id = ?', [objectId], 'position, created_at, id');
}

/** The object's claims in the order they were recorded. */
export function claimsOf(db: Sqlite, objectId: string): ClaimRecord[] {
  return listRecords(db, CLAIM_SPEC, 'object_id = ?', [objectId], 'created_at, id');
}
