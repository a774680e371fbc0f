import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CaseFileSession } from '../case-file/session';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode, toDamagedError } from '../support/errors';
import { fsyncDir } from '../support/durable-fs';

interface BlobRow {
  id: number;
  sha256: string;
  size: number;
  chunk_count: number;
}

export interface AttachmentInfo {
  id: string;
  sha256: string;
  originalName: string;
  mediaType: string;
  size: number;
  ingestedAt: string;
}

export function getAttachment(session: CaseFileSession, id: string): AttachmentInfo {
  const row = session.db
    .prepare(
      `SELECT a.id, b.sha256, a.original_name, a.media_type, a.size, a.ingested_at
       FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?`,
    )
    .get(id) as
    | {
        id: string;
        sha256: string;
        original_name: string;
        media_type: string;
        size: number;
        ingested_at: string;
      }
    | undefined;
  if (!row) throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no attachment ${id}.`);
  return {
    id: row.id,
    sha256: row.sha256,
    originalName: row.original_name,
    mediaType: row.media_type,
    size: row.size,
    ingestedAt: row.ingested_at,
  };
}

/**
 * Streams a blob's chunks in order, re-hashing as it goes; throws CASE_FILE_DAMAGED when a chunk
 * is missing or the content no longer matches the SHA-256 recorded at ingest.
 */
export function* readBlobChunks(db: Sqlite, blob: BlobRow): Generator<Buffer, void, undefined> {
  const hash = createHash('sha256');
  let expected = 0;
  let size = 0;
  const rows = db
    .prepare('SELECT idx, data FROM blob_chunk WHERE blob_id = ? ORDER BY idx')
    .raw(true);
  for (const [idx, data] of authenticated(
    rows.iterate(blob.id) as IterableIterator<[number, Buffer]>,
  )) {
    if (idx !== expected) throw blobDamaged(blob, `chunk ${expected} is missing`);
    expected += 1;
    size += data.length;
    hash.update(data);
    yield data;
  }
  if (expected !== blob.chunk_count)
    throw blobDamaged(blob, `${blob.chunk_count - expected} chunk(s) missing at the end`);
  if (size !== blob.size) throw blobDamaged(blob, `size is ${size} bytes, ${blob.size} recorded`);
  if (hash.digest('hex') !== blob.sha256)
    throw blobDamaged(blob, 'content does not match its SHA-256');
}

/** A page that fails authentication surfaces as CASE_FILE_DAMAGED, like every other damage. */
function* authenticated<T>(rows: IterableIterator<T>): Generator<T, void, undefined> {
  try {
    for (;;) {
      let next: IteratorResult<T>;
      try {
        next = rows.next();
      } catch (e) {
        throw toDamagedError(e, 'reading a stored file');
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Ends the statement when the reader stops early, so the connection is free again.
    rows.return?.();
  }
}

function blobDamaged(blob: BlobRow, why: string): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.Damaged,
    `Stored file ${blob.sha256.slice(0, 12)}… is damaged: ${why}.`,
    {
      sha256: blob.sha256,
    },
  );
}

function blobOf(session: CaseFileSession, attachmentId: string): BlobRow {
  const row = session.db
    .prepare(
      'SELECT b.id, b.sha256, b.size, b.chunk_count FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?',
    )
    .get(attachmentId) as BlobRow | undefined;
  if (!row)
    throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no attachment ${attachmentId}.`);
  return row;
}

/** The whole content, verified; for small files (photos, scans). */
export function readAttachment(session: CaseFileSession, attachmentId: string): Buffer {
  return Buffer.concat([...readBlobChunks(session.db, blobOf(session, attachmentId))]);
}

/**
 * Writes a verified copy to `dest`, which must not exist. Written to a temporary sibling first,
 * so a damaged attachment never leaves a half file behind.
 */
export function exportAttachment(
  session: CaseFileSession,
  attachmentId: string,
  dest: string,
): void {
  if (fs.existsSync(dest))
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `${dest} already exists; choose another name.`,
    );
  const tmp = path.join(
    path.dirname(dest),
    `.${path.basename(dest)}.${randomBytes(6).toString('hex')}.partial`,
  );
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    try {
      for (const chunk of readBlobChunks(session.db, blobOf(session, attachmentId)))
        fs.writeSync(fd, chunk);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // link, unlike rename, fails when dest has appeared meanwhile: nothing is overwritten.
    fs.linkSync(tmp, dest);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  fsyncDir(path.dirname(dest));
}

export type AttachmentsReport =
  | { ok: true; blobs: number; bytes: number }
  | { ok: false; blobs: number; bytes: number; problem: string; sha256: string };

/** Re-hashes every stored file. */
export function verifyAttachments(db: Sqlite): AttachmentsReport {
  let blobs = 0;
  let bytes = 0;
  const all = db
    .prepare('SELECT id, sha256, size, chunk_count FROM blob ORDER BY id')
    .all() as BlobRow[];
  for (const blob of all) {
    try {
      for (const chunk of readBlobChunks(db, blob)) bytes += chunk.length;
    } catch (e) {
      if (e instanceof CaseFileError)
        return { ok: false, blobs, bytes, problem: e.message, sha256: blob.sha256 };
      throw e;
    }
    blobs += 1;
  }
  return { ok: true, blobs, bytes };
}
