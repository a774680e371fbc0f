import type { SourceRef } from '../../../shared/domain/provenance';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';

/** What may cite a document: the `kind` column of `document_citation` (migrations 0060, 0070). */
export type CitingKind =
  'provenance_event' | 'claim' | 'account' | 'payment' | 'relationship' | 'opinion';

/**
 * Refuses documents that do not exist or belong to another case: a provenance event (or a
 * payment, an account, a relationship) of one case cannot rest on the evidence of another.
 * `path` names the field the ids came from.
 */
export function requireDocumentsOfCase(
  db: Sqlite,
  caseId: string,
  ids: readonly string[],
  path = 'sources',
): void {
  const caseOf = db.prepare('SELECT case_id FROM document WHERE id = ?').pluck();
  for (const id of ids) {
    const owner = caseOf.get(id) as string | undefined;
    if (owner === caseId) continue;
    const message =
      owner === undefined
        ? `there is no document ${id}`
        : `document ${id} is evidence of another case`;
    throw new CaseFileError(CaseFileErrorCode.InvalidInput, `Invalid ${path}: ${message}.`, {
      issues: [{ path: path.split('.'), message }],
    });
  }
}

/**
 * Makes `document_citation` say exactly which documents (and pages) the record cites, replacing
 * what it said before. Derived from the record, so it runs in the same transaction as the write
 * that changed the record's sources; the record's own audit entry covers the change.
 */
export function syncCitations(
  db: Sqlite,
  kind: CitingKind,
  entityId: string,
  sources: readonly SourceRef[],
): void {
  db.prepare('DELETE FROM document_citation WHERE kind = ? AND entity_id = ?').run(kind, entityId);
  const insert = db.prepare(
    `INSERT INTO document_citation (document_id, kind, entity_id, page) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  for (const source of sources) insert.run(source.documentId, kind, entityId, source.page);
}
