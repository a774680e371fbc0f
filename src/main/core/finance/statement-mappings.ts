import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  StatementMappingFields,
  type StatementImportRecord,
  type StatementMappingFieldsInput,
  type StatementMappingRecord,
} from '../../../shared/domain/statement';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { UpdateInput } from '../objects/references';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
  type RecordSpec,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';

/**
 * Saved statement mappings: one per bank and export format, under a name unique in the case file
 * (not per case: the same bank's statements turn up in many cases). Created, changed (with the
 * version read, EDIT_CONFLICT otherwise) and deleted like any record, each change audited field
 * by field. An import keeps its own copy of the mapping it applied, so changing or deleting a
 * mapping never alters what an earlier import recorded.
 */
const WHAT = 'statement mapping';

export const STATEMENT_MAPPING_SPEC: RecordSpec<StatementMappingRecord> = {
  table: 'statement_mapping',
  entity: 'statement_mapping',
  columns: (m) => ({ name: m.name }),
};

export const STATEMENT_IMPORT_SPEC: RecordSpec<StatementImportRecord> = {
  table: 'statement_import',
  entity: 'statement_import',
  columns: (r) => ({ case_id: r.caseId, account_id: r.accountId, attachment_id: r.attachmentId }),
};

function requireUniqueName(db: Sqlite, name: string, currentId: string | null): void {
  const other = db
    .prepare('SELECT id FROM statement_mapping WHERE lower(name) = lower(?) AND id <> ?')
    .get(name, currentId ?? '') as { id: string } | undefined;
  if (!other) return;
  const message = `there is already a mapping named "${name}"; choose another name or change that one`;
  throw new CaseFileError(CaseFileErrorCode.AlreadyExists, `Invalid ${WHAT} (name): ${message}.`, {
    entity: 'statement_mapping',
    id: other.id,
    issues: [{ path: ['name'], message }],
  });
}

export function listMappings(session: CaseFileSession): StatementMappingRecord[] {
  return listRecords(session.db, STATEMENT_MAPPING_SPEC, '1 = 1', [], 'name COLLATE NOCASE, id');
}

export function getMapping(session: CaseFileSession, id: string): StatementMappingRecord {
  return requireRecord(session.db, STATEMENT_MAPPING_SPEC, parseInput(Id, id, 'mapping id'));
}

export function createMapping(
  session: CaseFileSession,
  input: StatementMappingFieldsInput,
): StatementMappingRecord {
  const fields = parseInput(StatementMappingFields, input, WHAT);
  return write(session, (tx) => {
    requireUniqueName(tx.db, fields.name, null);
    return insertRecord(tx, STATEMENT_MAPPING_SPEC, { ...fields, ...newMeta(tx) });
  });
}

export function updateMapping(
  session: CaseFileSession,
  input: { id: string; version: number; fields: StatementMappingFieldsInput },
): StatementMappingRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  const fields = parseInput(StatementMappingFields, raw, WHAT);
  return write(session, (tx) => {
    requireUniqueName(tx.db, fields.name, id);
    return updateRecord(tx, STATEMENT_MAPPING_SPEC, id, version, () => fields);
  });
}

export const DeleteMappingInput = z.object({ id: Id, version: z.number().int().min(1) }).strict();

/** Deletes a saved mapping (the imports that used it keep their copy); EDIT_CONFLICT when stale. */
export function deleteMapping(
  session: CaseFileSession,
  input: { id: string; version: number },
): void {
  const { id, version } = parseInput(DeleteMappingInput, input, `${WHAT} deletion`);
  write(session, (tx) => {
    const current = requireRecord(tx.db, STATEMENT_MAPPING_SPEC, id);
    if (current.version !== version) {
      throw new CaseFileError(
        CaseFileErrorCode.EditConflict,
        `This ${WHAT} was changed (version ${current.version}) after you opened version ${version}. Nothing was deleted; reload it first.`,
        {
          entity: 'statement_mapping',
          id,
          currentVersion: current.version,
          expectedVersion: version,
        },
      );
    }
    tx.db.prepare('DELETE FROM statement_mapping WHERE id = ?').run(id);
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...before } = current;
    tx.audit({
      action: 'statement_mapping.delete',
      entityType: 'statement_mapping',
      entityId: id,
      changes: diffFields(before, null),
    });
  });
}
