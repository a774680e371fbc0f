import type { LegalStatus, LegalStatusChange, ObjectRecord } from '../../../shared/domain/object';
import {
  LEGAL_STATUS_TRANSITIONS,
  LegalStatusChangeInput,
} from '../../../shared/domain/object-views';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { updateRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { objectSpec } from './object-specs';
import { invalid } from './references';

/**
 * An object's legal status (seized, frozen, confiscated, returned…) moves only along
 * LEGAL_STATUS_TRANSITIONS; every move is a dated row of the append-only legal_status_change
 * table (with the court order or decision), audited with the change of the object itself.
 */
export function appendLegalStatusChange(
  tx: WriteTx,
  session: CaseFileSession,
  change: Omit<LegalStatusChange, 'id' | 'recordedAt' | 'recordedBy'>,
): LegalStatusChange {
  const row: LegalStatusChange = {
    ...change,
    id: tx.newId(),
    recordedAt: tx.now.toISOString(),
    recordedBy: session.actor.operatorName,
  };
  tx.db
    .prepare(
      `INSERT INTO legal_status_change (id, object_id, from_status, to_status, on_date, reference, note, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.id,
      row.objectId,
      row.from,
      row.to,
      row.on,
      row.reference,
      row.note,
      row.recordedAt,
      row.recordedBy,
    );
  tx.audit({
    action: 'object.legal-status',
    entityType: 'legal_status_change',
    entityId: row.id,
    changes: {
      objectId: { before: null, after: row.objectId },
      from: { before: null, after: row.from },
      to: { before: null, after: row.to },
      on: { before: null, after: row.on },
      reference: { before: null, after: row.reference },
      note: { before: null, after: row.note },
    },
  });
  return row;
}

interface Row {
  id: string;
  object_id: string;
  from_status: LegalStatus | null;
  to_status: LegalStatus;
  on_date: string;
  reference: string;
  note: string;
  recorded_at: string;
  recorded_by: string;
}

export function legalStatusHistory(db: Sqlite, objectId: string): LegalStatusChange[] {
  const rows = db
    .prepare('SELECT * FROM legal_status_change WHERE object_id = ? ORDER BY recorded_at, rowid')
    .all(objectId) as Row[];
  return rows.map((r) => ({
    id: r.id,
    objectId: r.object_id,
    from: r.from_status,
    to: r.to_status,
    on: r.on_date,
    reference: r.reference,
    note: r.note,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }));
}

/** Moves an object to another legal status, dated and referenced, kept in its history. */
export function changeLegalStatus(
  session: CaseFileSession,
  input: LegalStatusChangeInput,
): ObjectRecord {
  const { objectId, version, to, on, reference, note } = parseInput(
    LegalStatusChangeInput,
    input,
    'legal status change',
  );
  return write(session, (tx) => {
    const spec = objectSpec(tx.db);
    let from: LegalStatus = 'seized';
    // The checks run once the version is known to be the current one (else EDIT_CONFLICT).
    const next = updateRecord(
      tx,
      spec,
      objectId,
      version,
      (current) => {
        from = current.legalStatus;
        if (!LEGAL_STATUS_TRANSITIONS[from].includes(to)) {
          throw new CaseFileError(
            CaseFileErrorCode.NotAllowed,
            `An object that is ${from} cannot become ${to}.`,
            { from, to, allowed: [...LEGAL_STATUS_TRANSITIONS[from]] },
          );
        }
        const last = legalStatusHistory(tx.db, objectId).at(-1);
        if (last && on < last.on) {
          throw invalid(
            'on',
            `${on} is before the last change of legal status (${last.on})`,
            'legal status change',
          );
        }
        const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...data } = current;
        return { ...data, legalStatus: to };
      },
      'object.change-legal-status',
    );
    appendLegalStatusChange(tx, session, { objectId, from, to, on, reference, note });
    return next;
  });
}
