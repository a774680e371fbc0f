import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { BundleDocumentText } from '../../../shared/domain/bundle';
import { DocumentRecord } from '../../../shared/domain/document';
import { ClaimRecord, ProvenanceEventRecord } from '../../../shared/domain/provenance';
import { diffFields } from '../audit/audit-log';
import type { WriteTx } from '../audit/write';
import { syncCitations } from '../documents/citations';
import { DOCUMENT_SPEC } from '../documents/document-specs';
import { deriveFromDocument, indexDocument } from '../documents/document-store';
import { syncEventPayments } from '../finance/event-payments';
import { CLAIM_SPEC, EVENT_SPEC } from '../provenance/specs';
import {
  getRecord,
  listRecords,
  type RecordSpec,
  type StoredRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import type { Section } from './import-checks';

/**
 * The bundle's documents, document texts, provenance events and ownership claims: what export
 * collects and how import writes them. `document_object` and `document_citation` are not in the
 * bundle: they are derived from the records, and import derives them again with the services'
 * own helpers, in the same transaction, as it does the documents' search entries.
 */
export interface ProvenanceSections {
  documents: DocumentRecord[];
  documentTexts: BundleDocumentText[];
  provenanceEvents: ProvenanceEventRecord[];
  ownershipClaims: ClaimRecord[];
}

const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/**
 * A stored record in the key order of its schema (with defaults filled in): the services build
 * records in their own order, an import stores the schema's, so both export alike. A record the
 * schema refuses is exported as stored (the importing side reports it with its path).
 */
export function inSchemaOrder<T>(schema: z.ZodType<T>, records: T[]): T[] {
  return records.map((r) => {
    const parsed = schema.safeParse(r);
    return parsed.success ? parsed.data : r;
  });
}

/**
 * The cases' documents (with their texts) and the provenance events and claims of their
 * objects, sorted by identifier; plus the parties and attachments they refer to.
 */
export function collectProvenance(
  db: Sqlite,
  caseIds: string[],
  objectIds: string[],
): ProvenanceSections & { partyIds: string[]; attachmentIds: string[] } {
  const inCases = inList(caseIds.length);
  const inObjects = inList(objectIds.length);
  const documents = inSchemaOrder(
    DocumentRecord,
    listRecords<DocumentRecord>(db, DOCUMENT_SPEC, `case_id IN ${inCases}`, caseIds, 'id'),
  );
  const documentTexts = (
    db
      .prepare(
        `SELECT document_id, status, pages, text FROM document_text
         WHERE document_id IN (SELECT id FROM document WHERE case_id IN ${inCases})
         ORDER BY document_id`,
      )
      .all(...caseIds) as Array<{
      document_id: string;
      status: BundleDocumentText['status'];
      pages: number;
      text: string;
    }>
  ).map((t) => ({ documentId: t.document_id, status: t.status, pages: t.pages, text: t.text }));
  const ofObjects = <R extends StoredRecord>(spec: RecordSpec<R>, schema: z.ZodType<R>): R[] =>
    objectIds.length === 0
      ? []
      : inSchemaOrder(
          schema,
          listRecords<R>(db, spec, `object_id IN ${inObjects}`, objectIds, 'id'),
        );
  const provenanceEvents = ofObjects(EVENT_SPEC, ProvenanceEventRecord);
  const ownershipClaims = ofObjects(CLAIM_SPEC, ClaimRecord);

  const partyIds = new Set<string>();
  const attachmentIds = new Set<string>();
  for (const d of documents) {
    if (d.issuer.partyId) partyIds.add(d.issuer.partyId);
    if (d.attachmentId) attachmentIds.add(d.attachmentId);
  }
  for (const e of provenanceEvents) {
    for (const ref of [e.fromParty, e.toParty, e.agent]) if (ref.partyId) partyIds.add(ref.partyId);
  }
  for (const c of ownershipClaims) if (c.claimant.partyId) partyIds.add(c.claimant.partyId);
  return {
    documents,
    documentTexts,
    provenanceEvents,
    ownershipClaims,
    partyIds: [...partyIds],
    attachmentIds: [...attachmentIds],
  };
}

/** import.ts's writer of a record section: inserts (audited) what is new, then calls `after`. */
export type RecordsWriter = <R extends StoredRecord>(
  section: Section,
  spec: RecordSpec<R>,
  after?: (r: R) => void,
) => void;

/**
 * Writes the sections inside the import's transaction, after the parties, objects and files
 * they refer to. A new document gets its objects and search entry (with its text) derived; an
 * existing document whose text arrives now is re-indexed; new events and claims get their
 * citations (and the payments they cite) derived. Document texts are audited by size and SHA-256 rather than copied whole
 * into the audit log (a catalogue's text can be two million characters).
 */
export function importProvenance(
  tx: WriteTx,
  bundle: ProvenanceSections,
  records: RecordsWriter,
  count: (outcome: 'created' | 'unchanged', section: Section) => void,
): void {
  const db = tx.db;
  const derive = new Map<string, DocumentRecord | null>();
  records<DocumentRecord>('documents', DOCUMENT_SPEC, (d) => derive.set(d.id, d));

  const exists = db.prepare('SELECT 1 FROM document_text WHERE document_id = ?');
  const insert = db.prepare(
    'INSERT INTO document_text (document_id, status, pages, text) VALUES (?, ?, ?, ?)',
  );
  for (const t of bundle.documentTexts) {
    if (exists.get(t.documentId)) {
      count('unchanged', 'documentTexts');
      continue;
    }
    insert.run(t.documentId, t.status, t.pages, t.text);
    tx.audit({
      action: 'document_text.import',
      entityType: 'document_text',
      entityId: t.documentId,
      changes: diffFields(null, {
        status: t.status,
        pages: t.pages,
        characters: t.text.length,
        sha256: createHash('sha256').update(t.text, 'utf8').digest('hex'),
      }),
    });
    if (!derive.has(t.documentId)) derive.set(t.documentId, null);
    count('created', 'documentTexts');
  }
  for (const [id, created] of derive) {
    if (created) deriveFromDocument(db, created);
    else indexDocument(db, getRecord<DocumentRecord>(db, DOCUMENT_SPEC, id) as DocumentRecord);
  }

  records<ProvenanceEventRecord>('provenanceEvents', EVENT_SPEC, (e) => {
    syncCitations(db, 'provenance_event', e.id, e.sources);
    // The payments may come later in the same import: foreign keys are checked at commit.
    syncEventPayments(db, e.id, e.payments);
  });
  records<ClaimRecord>('ownershipClaims', CLAIM_SPEC, (c) =>
    syncCitations(db, 'claim', c.id, c.sources),
  );
}
