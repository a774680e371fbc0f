import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  DocumentFields,
  type DocumentFieldsInput,
  type DocumentRecord,
  type DocumentView,
} from '../../../shared/domain/document';
import {
  AttachmentName,
  attachmentLimit,
  resolveMediaType,
  storeAttachment,
  tooLarge,
} from '../attachments/attachment-store';
import { bytesSource, type IngestSource } from '../attachments/ingest-source';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { objectSpec } from '../objects/object-specs';
import { invalid, requireChoice, requireParty, UpdateInput } from '../objects/references';
import { insertRecord, newMeta, requireRecord, updateRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { DOCUMENT_SPEC } from './document-specs';
import {
  deriveFromDocument,
  documentHeading,
  documentView,
  documentViews,
  documentWithContent,
  indexDocument,
  storeDocumentText,
} from './document-store';
import { documentText, type ExtractedText } from './document-text';

/**
 * Documents (evidence items) of a case: a licence, an invoice, a catalogue page, a web capture…
 * Adding one stores its file (hashed on ingest), the description, the objects it concerns, the
 * text read from the file and its search entry in one audited transaction. The text is read
 * first, outside the transaction (pdf.js is asynchronous; a write transaction is not).
 */
const WHAT = 'document';

export interface DocumentFileOptions {
  /** The name to keep; the source's own name when not given. */
  name?: string;
  /** The media type; else recognised from the content, else from the name. */
  mediaType?: string;
}

/** Parses the fields and checks what they point at: type, issuer, and objects of this case. */
function checkDocumentFields(
  db: Sqlite,
  caseId: string,
  input: unknown,
  previous: DocumentRecord | null,
): DocumentFields {
  return checkReferences(db, caseId, parseInput(DocumentFields, input, WHAT), previous);
}

function checkReferences(
  db: Sqlite,
  caseId: string,
  f: DocumentFields,
  previous: DocumentRecord | null,
): DocumentFields {
  requireChoice(db, 'document_type', f.type, 'type', previous?.type);
  requireParty(db, f.issuer.partyId, 'issuer.partyId', WHAT);
  const caseOf = db.prepare('SELECT case_id FROM seized_object WHERE id = ?').pluck();
  f.objectIds.forEach((objectId, i) => {
    if (caseOf.get(objectId) !== caseId) {
      throw invalid(`objectIds.${i}`, 'there is no such object in this case', WHAT);
    }
  });
  return { ...f, objectIds: [...new Set(f.objectIds)] };
}

/** Evidence is not silently duplicated: the same content is one document of a case. */
function refuseDuplicate(db: Sqlite, caseId: string, sha256: string): void {
  const existing = documentWithContent(db, caseId, sha256);
  if (!existing) return;
  const heading = documentHeading(db, JSON.parse(existing.data) as DocumentRecord);
  throw new CaseFileError(
    CaseFileErrorCode.AlreadyExists,
    `This file is already in the case as “${heading}”. Nothing was stored.`,
    { entity: 'document', documentId: existing.id, sha256 },
  );
}

interface ReadFile {
  name: string;
  bytes: Buffer;
}

/** The whole file (text is read from memory), refused before anything is written when too large. */
function readFile(
  session: CaseFileSession,
  source: IngestSource,
  options: DocumentFileOptions,
): ReadFile {
  const name = parseInput(AttachmentName, options.name ?? source.name, 'file name');
  const limit = attachmentLimit(session);
  if (source.size > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  let total = 0;
  for (;;) {
    const n = source.read(buffer, total);
    if (n === 0) break;
    total += n;
    if (total > limit) throw tooLarge(limit);
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return { name, bytes: Buffer.concat(chunks, total) };
}

interface PreparedFile extends ReadFile {
  mediaType: string;
  sha256: string;
  text: ExtractedText;
}

async function prepareFile(
  db: Sqlite,
  caseId: string,
  file: ReadFile,
  mediaType: string | undefined,
): Promise<PreparedFile> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  refuseDuplicate(db, caseId, sha256);
  const resolved = await resolveMediaType(bytesSource(file.name, file.bytes), file.name, mediaType);
  return { ...file, mediaType: resolved, sha256, text: await documentText(file.bytes, resolved) };
}

function storeFile(tx: WriteTx, session: CaseFileSession, caseId: string, file: PreparedFile) {
  refuseDuplicate(tx.db, caseId, file.sha256);
  return storeAttachment(tx, session, bytesSource(file.name, file.bytes), {
    name: file.name,
    mediaType: file.mediaType,
    limit: attachmentLimit(session),
  });
}

/**
 * Adds a document with its file. Refused, with nothing written, when a field is wrong, the file
 * is over the case file's attachment limit, or the same content is already a document of the case.
 */
export async function addDocument(
  session: CaseFileSession,
  caseId: string,
  source: IngestSource,
  input: DocumentFieldsInput,
  options: DocumentFileOptions = {},
): Promise<DocumentView> {
  let id: string;
  let fields: DocumentFields;
  let read: ReadFile;
  try {
    id = parseInput(Id, caseId, 'case id');
    requireRecord(session.db, CASE_SPEC, id);
    fields = checkDocumentFields(session.db, id, input, null);
    read = readFile(session, source, options);
  } finally {
    source.close();
  }
  const file = await prepareFile(session.db, id, read, options.mediaType);
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, id);
    const checked = checkReferences(tx.db, id, fields, null);
    const attachment = storeFile(tx, session, id, file);
    const record: DocumentRecord = {
      ...checked,
      caseId: id,
      attachmentId: attachment.id,
      ...newMeta(tx),
    };
    insertRecord(tx, DOCUMENT_SPEC, record);
    storeDocumentText(tx.db, record.id, file.text);
    deriveFromDocument(tx.db, record);
    return documentView(tx.db, record.id);
  });
}

/** Records a document known but not in hand (a licence the holder mentions but never produced). */
export function recordDocument(
  session: CaseFileSession,
  caseId: string,
  input: DocumentFieldsInput,
): DocumentView {
  const id = parseInput(Id, caseId, 'case id');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, id);
    const fields = checkDocumentFields(tx.db, id, input, null);
    const record: DocumentRecord = { ...fields, caseId: id, attachmentId: null, ...newMeta(tx) };
    insertRecord(tx, DOCUMENT_SPEC, record);
    deriveFromDocument(tx.db, record);
    return documentView(tx.db, record.id);
  });
}

const AttachInput = z.object({ id: Id, version: z.number().int().min(1) }).strict();

function refuseSecondFile(d: DocumentRecord): void {
  if (d.attachmentId !== null) {
    throw new CaseFileError(
      CaseFileErrorCode.NotAllowed,
      'This document already has its file; a file kept as evidence is never replaced. Add the other file as a document of its own.',
      { entity: 'document', id: d.id },
    );
  }
}

/** Gives a recorded document its file, once; refused on a stale version. */
export async function attachDocumentFile(
  session: CaseFileSession,
  input: { id: string; version: number; source: IngestSource },
  options: DocumentFileOptions = {},
): Promise<DocumentView> {
  const { source } = input;
  let target: z.output<typeof AttachInput>;
  let current: DocumentRecord;
  let read: ReadFile;
  try {
    target = parseInput(AttachInput, { id: input.id, version: input.version }, 'document file');
    current = requireRecord(session.db, DOCUMENT_SPEC, target.id);
    refuseSecondFile(current);
    read = readFile(session, source, options);
  } finally {
    source.close();
  }
  const file = await prepareFile(session.db, current.caseId, read, options.mediaType);
  return write(session, (tx) => {
    refuseSecondFile(requireRecord(tx.db, DOCUMENT_SPEC, target.id));
    const attachment = storeFile(tx, session, current.caseId, file);
    const next = updateRecord(
      tx,
      DOCUMENT_SPEC,
      target.id,
      target.version,
      ({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...data }) => ({
        ...data,
        attachmentId: attachment.id,
      }),
      'document.attach-file',
    );
    storeDocumentText(tx.db, next.id, file.text);
    indexDocument(tx.db, next);
    return documentView(tx.db, next.id);
  });
}

/** Replaces a document's description; its case and file stay. Refused on a stale version. */
export function updateDocument(
  session: CaseFileSession,
  input: { id: string; version: number; fields: DocumentFieldsInput },
): DocumentView {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, 'document change');
  return write(session, (tx) => {
    const current = requireRecord(tx.db, DOCUMENT_SPEC, id);
    const fields = checkDocumentFields(tx.db, current.caseId, raw, current);
    const next = updateRecord(tx, DOCUMENT_SPEC, id, version, (c) => ({
      ...fields,
      caseId: c.caseId,
      attachmentId: c.attachmentId,
    }));
    if (next.version !== current.version) deriveFromDocument(tx.db, next);
    return documentView(tx.db, id);
  });
}

export function getDocument(session: CaseFileSession, documentId: string): DocumentView {
  return documentView(session.db, parseInput(Id, documentId, 'document id'));
}

/** A case's documents, or those concerning one of its objects: by issue date, undated last. */
export function listDocuments(
  session: CaseFileSession,
  caseId: string,
  objectId?: string,
): DocumentView[] {
  const id = parseInput(Id, caseId, 'case id');
  requireRecord(session.db, CASE_SPEC, id);
  if (objectId === undefined) return documentViews(session.db, id);
  const object = parseInput(Id, objectId, 'object id');
  requireRecord(session.db, objectSpec(session.db), object);
  return documentViews(session.db, id, object);
}
