import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { lookup as lookupMediaType } from 'mime-types';
import { z } from 'zod';
import { diffFields } from '../audit/audit-log';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import type { AttachmentInfo } from './attachment-read';
import { sniffHead, type IngestSource } from './ingest-source';

export const DEFAULT_MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;
/** 1 MiB: large enough that per-row overhead vanishes, small enough to keep memory flat. */
export const CHUNK_SIZE = 1024 * 1024;
const LIMIT_KEY = 'attachment_max_bytes';

export interface AttachmentRecord extends AttachmentInfo {
  ingestedBy: string;
  /** The same content was already in the case file; it was not stored twice. */
  deduplicated: boolean;
}

export interface IngestOptions {
  mediaType?: string;
  onProgress?: (bytesRead: number, bytesExpected: number) => void;
}

const MediaTypeSchema = z
  .string()
  .regex(/^[\w.+-]+\/[\w.+-]+$/, 'not a media type such as image/jpeg');
const NameSchema = z.string().trim().min(1, 'the file has no name').max(1024);

export function attachmentLimit(session: CaseFileSession): number {
  const row = session.db
    .prepare('SELECT value FROM case_file_meta WHERE key = ?')
    .get(LIMIT_KEY) as { value: string } | undefined;
  return row ? Number(row.value) : DEFAULT_MAX_ATTACHMENT_BYTES;
}

export function setAttachmentLimit(session: CaseFileSession, maxBytes: number): void {
  const value = parseInput(
    z
      .number()
      .int()
      .min(1)
      .max(2 ** 40),
    maxBytes,
    'attachment size limit',
  );
  const before = attachmentLimit(session);
  write(session, (tx) => {
    tx.db
      .prepare(
        'INSERT INTO case_file_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(LIMIT_KEY, String(value));
    tx.audit({
      action: 'casefile.set-attachment-limit',
      entityType: 'case_file',
      entityId: session.caseFileId,
      changes: { [LIMIT_KEY]: { before, after: value } },
    });
  });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

export function tooLarge(limit: number): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.TooLarge,
    `The file is larger than the case file's limit of ${formatBytes(limit)} per attachment; nothing was stored.`,
    { limit },
  );
}

/** What `storeAttachment` needs besides the bytes; everything already checked and resolved. */
export interface StoreOptions {
  name: string;
  mediaType: string;
  limit: number;
  /** Imports keep the attachment's own identity and time; new files get fresh ones. */
  id?: string;
  ingestedAt?: string;
  onProgress?: (bytesRead: number, bytesExpected: number) => void;
}

/**
 * Writes a file into the case file inside the caller's transaction (`tx`): hashed (SHA-256) while
 * read, stored in 1 MiB chunks, deduplicated by content, audited. For callers that must store a
 * file and the records that point at it all-or-nothing (photos, bundle imports).
 */
export function storeAttachment(
  tx: WriteTx,
  session: CaseFileSession,
  source: IngestSource,
  options: StoreOptions,
): AttachmentRecord {
  const { limit } = options;
  const db = tx.db;
  const createdAt = tx.now.toISOString();
  db.exec('SAVEPOINT blob_ingest');
  const blobId = Number(
    db
      .prepare(
        'INSERT INTO blob (sha256, size, chunk_size, chunk_count, created_at) VALUES (?, 0, ?, 0, ?)',
      )
      .run(`pending:${tx.newId()}`, CHUNK_SIZE, createdAt).lastInsertRowid,
  );
  const insertChunk = db.prepare('INSERT INTO blob_chunk (blob_id, idx, data) VALUES (?, ?, ?)');
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
  let size = 0;
  let chunks = 0;
  for (;;) {
    const n = source.read(buffer, size);
    if (n === 0) break;
    size += n;
    if (size > limit) {
      db.exec('ROLLBACK TO blob_ingest');
      db.exec('RELEASE blob_ingest');
      throw tooLarge(limit);
    }
    const piece = buffer.subarray(0, n);
    hash.update(piece);
    insertChunk.run(blobId, chunks, piece);
    chunks += 1;
    options.onProgress?.(size, source.size);
  }
  const sha256 = hash.digest('hex');
  const existing = db.prepare('SELECT id FROM blob WHERE sha256 = ?').get(sha256) as
    { id: number } | undefined;
  let storedBlob = blobId;
  if (existing) {
    db.exec('ROLLBACK TO blob_ingest');
    storedBlob = existing.id;
  } else {
    db.prepare('UPDATE blob SET sha256 = ?, size = ?, chunk_count = ? WHERE id = ?').run(
      sha256,
      size,
      chunks,
      blobId,
    );
  }
  db.exec('RELEASE blob_ingest');
  const row = {
    id: options.id ?? tx.newId(),
    blob_id: storedBlob,
    original_name: options.name,
    media_type: options.mediaType,
    size,
    ingested_at: options.ingestedAt ?? createdAt,
    ingested_by: session.actor.operatorId,
  };
  db.prepare(
    `INSERT INTO attachment (id, blob_id, original_name, media_type, size, ingested_at, ingested_by)
     VALUES (@id, @blob_id, @original_name, @media_type, @size, @ingested_at, @ingested_by)`,
  ).run(row);
  const after = {
    sha256,
    original_name: options.name,
    media_type: options.mediaType,
    size,
    deduplicated: !!existing,
  };
  tx.audit({
    action: 'attachment.ingest',
    entityType: 'attachment',
    entityId: row.id,
    changes: diffFields(null, after),
  });
  return {
    id: row.id,
    sha256,
    originalName: options.name,
    mediaType: options.mediaType,
    size,
    ingestedAt: row.ingested_at,
    ingestedBy: session.actor.operatorName,
    deduplicated: !!existing,
  };
}

/** The media type of a file: given, else sniffed from its first bytes, else from its name. */
export async function resolveMediaType(
  source: IngestSource,
  name: string,
  given?: string,
): Promise<string> {
  if (given) return parseInput(MediaTypeSchema, given, 'media type');
  return (
    (await fileTypeFromBuffer(sniffHead(source)))?.mime ??
    (lookupMediaType(name) || 'application/octet-stream')
  );
}

/**
 * Stores a file inside the encrypted case file. The content is hashed (SHA-256) while it is read
 * and written in 1 MiB chunks; if the case file already holds that content, the new chunks are
 * rolled back and the attachment points at the existing copy. One transaction: a crash leaves
 * either the whole attachment or none of it.
 */
export async function ingestAttachment(
  session: CaseFileSession,
  source: IngestSource,
  options: IngestOptions = {},
): Promise<AttachmentRecord> {
  try {
    const name = parseInput(NameSchema, source.name, 'file name');
    const limit = attachmentLimit(session);
    if (source.size > limit) throw tooLarge(limit);
    const mediaType = await resolveMediaType(source, name, options.mediaType);
    return write(session, (tx) =>
      storeAttachment(tx, session, source, {
        name,
        mediaType,
        limit,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
  } finally {
    source.close();
  }
}

export const AttachmentName = NameSchema;
