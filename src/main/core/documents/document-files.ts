import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Id } from '../../../shared/domain/common';
import type { DocumentVerification } from '../../../shared/domain/document';
import { getAttachment, readAttachment, readBlobChunks } from '../attachments/attachment-read';
import { fileSource, type IngestSource } from '../attachments/ingest-source';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { requireRecord } from '../records/record-store';
import { CaseFileError, CaseFileErrorCode, isCaseFileError } from '../support/errors';
import { parseInput } from '../support/validate';
import { DOCUMENT_SPEC } from './document-specs';
import { storedText } from './document-store';

/** A document's stored file: re-verified on request, and handed to the screen for viewing. */

/** Files at least this large are not sent to the screen (a data URL is a third larger again). */
export const MAX_CONTENT_BYTES = 25 * 1024 * 1024;

/** What the document viewer shows in place: PDF, pictures and plain text. */
const VIEWABLE = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'text/plain',
  'text/csv',
]);

/**
 * A file the person picked, opened for reading. Only regular files given by their full path: a
 * folder or a device is refused before anything is read.
 */
export function chosenFileSource(file: string, what = 'document'): IngestSource {
  if (!path.isAbsolute(file)) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid ${what}: the file must be given by its full path.`,
      { issues: [{ path: ['path'], message: 'not an absolute path' }] },
    );
  }
  if (!fs.statSync(file).isFile()) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `Invalid ${what}: ${path.basename(file)} is not a file.`,
      { issues: [{ path: ['path'], message: 'not a file' }] },
    );
  }
  return fileSource(file);
}

function requireFile(session: CaseFileSession, documentId: string) {
  const id = parseInput(Id, documentId, 'document id');
  const d = requireRecord(session.db, DOCUMENT_SPEC, id);
  if (d.attachmentId === null) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      'This document has no file yet; attach the file first.',
      { entity: 'document', id },
    );
  }
  return { id, attachmentId: d.attachmentId };
}

/**
 * Re-reads the document's file, chunk by chunk, and compares its SHA-256 with the one taken on
 * ingest. The check itself is audited (action `document.verify`, with what was found), so the
 * case file shows when the evidence was last confirmed intact, and by whom.
 */
export function verifyDocument(session: CaseFileSession, documentId: string): DocumentVerification {
  const { id, attachmentId } = requireFile(session, documentId);
  return write(session, (tx) => {
    const blob = tx.db
      .prepare(
        `SELECT b.id, b.sha256, b.size, b.chunk_count
         FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?`,
      )
      .get(attachmentId) as { id: number; sha256: string; size: number; chunk_count: number };
    const hash = createHash('sha256');
    let ok = true;
    try {
      for (const chunk of readBlobChunks(tx.db, blob)) hash.update(chunk);
    } catch (e) {
      if (!isCaseFileError(e, CaseFileErrorCode.Damaged)) throw e;
      ok = false;
    }
    const sha256 = hash.digest('hex');
    tx.audit({
      action: 'document.verify',
      entityType: 'document',
      entityId: id,
      changes: {
        result: { before: null, after: ok ? 'intact' : 'altered' },
        sha256: { before: blob.sha256, after: sha256 },
      },
    });
    return { documentId: id, ok, sha256, checkedAt: tx.now.toISOString() };
  });
}

export interface DocumentContent {
  mediaType: string;
  /** `data:<media type>;base64,…`; null when the file is too large or not viewable in place. */
  dataUrl: string | null;
  /** The text read from the file ('' when none). */
  text: string;
}

/** The file for viewing, verified as it is read (a damaged file throws CASE_FILE_DAMAGED). */
export function documentContent(session: CaseFileSession, documentId: string): DocumentContent {
  const { id, attachmentId } = requireFile(session, documentId);
  const file = getAttachment(session, attachmentId);
  const type = file.mediaType.split(';')[0]!.trim().toLowerCase();
  const text = storedText(session.db, id);
  if (!VIEWABLE.has(type) || file.size >= MAX_CONTENT_BYTES) {
    return { mediaType: file.mediaType, dataUrl: null, text };
  }
  const charset = type.startsWith('text/') ? ';charset=utf-8' : '';
  const bytes = readAttachment(session, attachmentId);
  return {
    mediaType: file.mediaType,
    dataUrl: `data:${type}${charset};base64,${bytes.toString('base64')}`,
    text,
  };
}
