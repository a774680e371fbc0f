import type { DocumentRecord, DocumentView } from '../../../shared/domain/document';
import { rowToRecord } from '../records/record-store';
import { indexForSearch, searchText } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import type { ExtractedText, TextStatus } from './document-text';

/**
 * What the document services keep beside the record, in the same transaction: the objects it
 * concerns (`document_object`), the text read from its file (`document_text`) and its search
 * entry; and the view the screens get, with its file, text status and citations joined in.
 */

/** Characters of a document's text that go into the search index (the rest is still stored). */
export const MAX_INDEXED_TEXT = 200_000;

export function syncDocumentObjects(db: Sqlite, documentId: string, objectIds: readonly string[]) {
  db.prepare('DELETE FROM document_object WHERE document_id = ?').run(documentId);
  const insert = db.prepare(
    'INSERT INTO document_object (document_id, object_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  for (const objectId of objectIds) insert.run(documentId, objectId);
}

export function storeDocumentText(db: Sqlite, documentId: string, text: ExtractedText): void {
  db.prepare(
    `INSERT INTO document_text (document_id, status, pages, text) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET
       status = excluded.status, pages = excluded.pages, text = excluded.text`,
  ).run(documentId, text.status, text.pages, text.text);
}

export function storedText(db: Sqlite, documentId: string): string {
  return (
    (db.prepare('SELECT text FROM document_text WHERE document_id = ?').pluck().get(documentId) as
      string | undefined) ?? ''
  );
}

/** The vocabulary's label of a document type (the code itself for a type no longer listed). */
export function documentTypeLabel(db: Sqlite, type: string): string {
  return (
    (db
      .prepare("SELECT label FROM vocabulary WHERE kind = 'document_type' AND code = ?")
      .pluck()
      .get(type) as string | undefined) ?? type
  );
}

/** How lists and search results name a document: its type, then its number and title. */
export function documentHeading(
  db: Sqlite,
  d: Pick<DocumentRecord, 'type' | 'number' | 'title'>,
): string {
  return [documentTypeLabel(db, d.type), d.number, d.title].filter((p) => p !== '').join(' — ');
}

/**
 * The search entry: heading, then what describes it and who issued it, then the text of its
 * file (cut at MAX_INDEXED_TEXT, so one scanned catalogue cannot swell the index).
 */
export function indexDocument(db: Sqlite, d: DocumentRecord): void {
  const issuerName = d.issuer.partyId
    ? (db.prepare('SELECT name FROM party WHERE id = ?').pluck().get(d.issuer.partyId) as
        string | undefined)
    : undefined;
  const file = d.attachmentId
    ? (db
        .prepare('SELECT original_name FROM attachment WHERE id = ?')
        .pluck()
        .get(d.attachmentId) as string | undefined)
    : undefined;
  indexForSearch(db, {
    kind: 'document',
    entityId: d.id,
    caseId: d.caseId,
    title: documentHeading(db, d),
    body: searchText(
      d.description,
      d.issuer.name,
      issuerName,
      d.webCapture?.url,
      d.assessment.reason,
      file,
      storedText(db, d.id).slice(0, MAX_INDEXED_TEXT),
    ),
  });
}

/** Writes what derives from a document record: its objects and its search entry. */
export function deriveFromDocument(db: Sqlite, d: DocumentRecord): void {
  syncDocumentObjects(db, d.id, d.objectIds);
  indexDocument(db, d);
}

interface ViewRow {
  id: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
  file_name: string | null;
  media_type: string | null;
  size: number | null;
  ingested_at: string | null;
  sha256: string | null;
  text_status: TextStatus | null;
  text_pages: number | null;
  cited_by: number;
}

const VIEW_SELECT = `
  SELECT d.id, d.data, d.version, d.created_at, d.updated_at,
         a.original_name AS file_name, a.media_type, a.size, a.ingested_at, b.sha256,
         t.status AS text_status, t.pages AS text_pages,
         (SELECT count(*) FROM (SELECT DISTINCT kind, entity_id FROM document_citation c
                                WHERE c.document_id = d.id)) AS cited_by
  FROM document d
  LEFT JOIN attachment a ON a.id = d.attachment_id
  LEFT JOIN blob b ON b.id = a.blob_id
  LEFT JOIN document_text t ON t.document_id = d.id`;

function toView(row: ViewRow): DocumentView {
  const record = rowToRecord<DocumentRecord>(row);
  const file =
    record.attachmentId !== null && row.sha256 !== null
      ? {
          attachmentId: record.attachmentId,
          name: row.file_name ?? '',
          mediaType: row.media_type ?? '',
          size: row.size ?? 0,
          sha256: row.sha256,
          ingestedAt: row.ingested_at ?? '',
        }
      : null;
  return {
    ...record,
    file,
    text: {
      status: row.text_status ?? (file ? 'not_extractable' : 'no_file'),
      pages: row.text_pages ?? 0,
    },
    citedBy: row.cited_by,
  };
}

export function documentView(db: Sqlite, id: string): DocumentView {
  const row = db.prepare(`${VIEW_SELECT} WHERE d.id = ?`).get(id) as ViewRow | undefined;
  if (!row) {
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no document ${id}.`, {
      entity: 'document',
      id,
    });
  }
  return toView(row);
}

/** A case's documents (or those concerning one object), by issue date, undated ones last. */
export function documentViews(db: Sqlite, caseId: string, objectId?: string): DocumentView[] {
  const byObject = objectId
    ? 'AND d.id IN (SELECT document_id FROM document_object WHERE object_id = @objectId)'
    : '';
  const rows = db
    .prepare(
      `${VIEW_SELECT} WHERE d.case_id = @caseId ${byObject}
       ORDER BY d.issued_on IS NULL, d.issued_on, d.created_at, d.id`,
    )
    .all(objectId ? { caseId, objectId } : { caseId }) as ViewRow[];
  return rows.map(toView);
}

/** The document of this case whose file has this content, if any. */
export function documentWithContent(db: Sqlite, caseId: string, sha256: string) {
  return db
    .prepare(
      `SELECT d.id, d.data FROM document d
       JOIN attachment a ON a.id = d.attachment_id JOIN blob b ON b.id = a.blob_id
       WHERE d.case_id = ? AND b.sha256 = ? LIMIT 1`,
    )
    .get(caseId, sha256) as { id: string; data: string } | undefined;
}
