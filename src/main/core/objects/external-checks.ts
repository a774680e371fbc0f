import type { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { ExternalCheckFields, type ExternalCheck } from '../../../shared/domain/object';
import type { ExternalCheckView } from '../../../shared/domain/object-views';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { parseInput } from '../support/validate';
import { CHECK_SPEC, objectSpec } from './object-specs';
import { invalid, requireChoice, UpdateInput } from './references';

/**
 * Checks of an object against stolen-art databases (INTERPOL, national lists, Art Loss
 * Register…), with the certificate the database issued. A "no hit" is recorded as such and shown
 * with the reminder that it never proves a licit origin.
 */
const WHAT = 'external check';

function checkFields(db: Sqlite, input: unknown, previous: ExternalCheck | null) {
  const fields = parseInput(ExternalCheckFields, input, WHAT);
  requireChoice(db, 'check_database', fields.database, 'database', previous?.database);
  if (
    fields.certificateAttachmentId !== null &&
    !db.prepare('SELECT 1 FROM attachment WHERE id = ?').get(fields.certificateAttachmentId)
  ) {
    throw invalid('certificateAttachmentId', 'there is no such attached file', WHAT);
  }
  return fields;
}

const view = (c: ExternalCheck): ExternalCheckView => ({
  ...c,
  noHitDisclaimer: c.result === 'no_hit',
});

export function addCheck(
  session: CaseFileSession,
  objectId: string,
  input: z.input<typeof ExternalCheckFields>,
): ExternalCheckView {
  const id = parseInput(Id, objectId, 'object id');
  return write(session, (tx) => {
    requireRecord(tx.db, objectSpec(tx.db), id);
    const fields = checkFields(tx.db, input, null);
    const record: ExternalCheck = { ...fields, objectId: id, ...newMeta(tx) };
    return view(insertRecord(tx, CHECK_SPEC, record));
  });
}

export function updateCheck(
  session: CaseFileSession,
  input: { id: string; version: number; fields: z.input<typeof ExternalCheckFields> },
): ExternalCheckView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, 'external check change');
  return write(session, (tx) => {
    const current = requireRecord(tx.db, CHECK_SPEC, id);
    const fields = checkFields(tx.db, raw, current);
    return view(
      updateRecord(tx, CHECK_SPEC, id, version, (c) => ({ ...fields, objectId: c.objectId })),
    );
  });
}

export function checksOf(db: Sqlite, objectId: string): ExternalCheckView[] {
  return listRecords(db, CHECK_SPEC, 'object_id = ?', [objectId], 'checked_on, created_at, id').map(
    view,
  );
}

export function listChecks(session: CaseFileSession, objectId: string): ExternalCheckView[] {
  const id = parseInput(Id, objectId, 'object id');
  requireRecord(session.db, objectSpec(session.db), id);
  return checksOf(session.db, id);
}
