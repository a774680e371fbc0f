import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attachmentLimit,
  bytesSource,
  CaseFileErrorCode,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  exportAttachment,
  fileSource,
  getAttachment,
  ingestAttachment,
  isCaseFileError,
  readAttachment,
  setAttachmentLimit,
  verifyCaseFile,
  type CaseFileSession,
} from '../../src/main/core';
import type { IngestSource } from '../../src/main/core/attachments/ingest-source';
import { newCaseFile, OPERATOR, tempDir, type TestCaseFile } from '../helpers/case-files';

const MiB = 1024 * 1024;

/** A 1×1 PNG (signature, IHDR, IDAT, IEND). */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a JFIF JPEG: SOI, APP0 "JFIF". */
const JPEG_HEAD = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

const caseFile = (): Promise<TestCaseFile> => newCaseFile();

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function count(session: CaseFileSession, table: string): number {
  return session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

function counts(session: CaseFileSession): Record<string, number> {
  return Object.fromEntries(
    ['attachment', 'blob', 'blob_chunk', 'audit_log', 'case_file_meta'].map((t) => [
      t,
      count(session, t),
    ]),
  );
}

function blobOf(
  session: CaseFileSession,
  sha: string,
): { id: number; size: number; chunk_count: number; chunk_size: number } {
  return session.db
    .prepare('SELECT id, size, chunk_count, chunk_size FROM blob WHERE sha256 = ?')
    .get(sha) as {
    id: number;
    size: number;
    chunk_count: number;
    chunk_size: number;
  };
}

function chunksOf(session: CaseFileSession, blobId: number): { idx: number; len: number }[] {
  return session.db
    .prepare('SELECT idx, length(data) AS len FROM blob_chunk WHERE blob_id = ? ORDER BY idx')
    .all(blobId) as { idx: number; len: number }[];
}

function lastAudit(session: CaseFileSession): {
  action: string;
  entity_type: string;
  entity_id: string;
  changes: string;
} {
  return session.db
    .prepare(
      'SELECT action, entity_type, entity_id, changes FROM audit_log ORDER BY seq DESC LIMIT 1',
    )
    .get() as {
    action: string;
    entity_type: string;
    entity_id: string;
    changes: string;
  };
}

async function expectCaseFileError(
  p: Promise<unknown> | (() => unknown),
  code: CaseFileErrorCode,
): Promise<Error> {
  let caught: unknown;
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeDefined();
  expect(isCaseFileError(caught), String(caught)).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
  return caught as Error;
}

describe('ingest', () => {
  it('stores ~3.5 MiB from memory in 1 MiB chunks, hashed and read back exactly', async () => {
    const { session } = await caseFile();
    const content = randomBytes(Math.round(3.5 * MiB));
    const progress: number[] = [];
    const rec = await ingestAttachment(session, bytesSource('evidence.bin', content), {
      onProgress: (read, expected) => {
        expect(expected).toBe(content.length);
        progress.push(read);
      },
    });

    expect(rec.sha256).toBe(sha256(content));
    expect(rec.size).toBe(content.length);
    expect(rec.originalName).toBe('evidence.bin');
    expect(rec.deduplicated).toBe(false);
    expect(rec.ingestedBy).toBe(OPERATOR);
    expect(progress).toEqual([1 * MiB, 2 * MiB, 3 * MiB, content.length]);

    const blob = blobOf(session, rec.sha256);
    expect(blob.size).toBe(content.length);
    expect(blob.chunk_size).toBe(MiB);
    expect(blob.chunk_count).toBe(Math.ceil(content.length / MiB));
    expect(blob.chunk_count).toBe(4);
    expect(chunksOf(session, blob.id)).toEqual([
      { idx: 0, len: MiB },
      { idx: 1, len: MiB },
      { idx: 2, len: MiB },
      { idx: 3, len: content.length - 3 * MiB },
    ]);
    expect(count(session, 'blob_chunk')).toBe(4);

    const back = readAttachment(session, rec.id);
    expect(back.length).toBe(content.length);
    expect(back.equals(content)).toBe(true);

    expect(getAttachment(session, rec.id)).toEqual({
      id: rec.id,
      sha256: rec.sha256,
      originalName: 'evidence.bin',
      mediaType: 'application/octet-stream',
      size: content.length,
      ingestedAt: rec.ingestedAt,
    });
    expect(rec.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const audit = lastAudit(session);
    expect(audit.action).toBe('attachment.ingest');
    expect(audit.entity_type).toBe('attachment');
    expect(audit.entity_id).toBe(rec.id);
    expect(JSON.parse(audit.changes)).toEqual({
      sha256: { before: null, after: rec.sha256 },
      original_name: { before: null, after: 'evidence.bin' },
      media_type: { before: null, after: 'application/octet-stream' },
      size: { before: null, after: content.length },
      deduplicated: { before: null, after: false },
    });
  });

  it('stores a real file via fileSource, named after the file', async () => {
    const { session } = await caseFile();
    const content = randomBytes(2 * MiB + 12345);
    const file = path.join(tempDir(), 'seized-phone-dump.img');
    fs.writeFileSync(file, content);

    const rec = await ingestAttachment(session, fileSource(file));
    expect(rec.originalName).toBe('seized-phone-dump.img');
    expect(rec.sha256).toBe(sha256(content));
    expect(rec.size).toBe(content.length);
    const blob = blobOf(session, rec.sha256);
    expect(blob.chunk_count).toBe(Math.ceil(content.length / MiB));
    expect(count(session, 'blob_chunk')).toBe(3);
    expect(readAttachment(session, rec.id).equals(content)).toBe(true);
  });

  it('does not write an empty trailing chunk when the size is an exact multiple of 1 MiB', async () => {
    const { session } = await caseFile();
    const content = randomBytes(2 * MiB);
    const rec = await ingestAttachment(session, bytesSource('exact.bin', content));
    const blob = blobOf(session, rec.sha256);
    expect(blob.chunk_count).toBe(2);
    expect(chunksOf(session, blob.id)).toEqual([
      { idx: 0, len: MiB },
      { idx: 1, len: MiB },
    ]);
    expect(readAttachment(session, rec.id).equals(content)).toBe(true);
  });

  it('stores an empty file', async () => {
    const { session } = await caseFile();
    const rec = await ingestAttachment(session, bytesSource('empty.txt', new Uint8Array(0)));
    expect(rec.size).toBe(0);
    expect(rec.sha256).toBe(sha256(new Uint8Array(0)));
    expect(blobOf(session, rec.sha256).chunk_count).toBe(0);
    expect(readAttachment(session, rec.id).length).toBe(0);
  });

  it('stores the same content once: a second attachment row pointing at the same blob', async () => {
    const { session } = await caseFile();
    const content = randomBytes(Math.round(2.5 * MiB));
    const file = path.join(tempDir(), 'original.jpg.bin');
    fs.writeFileSync(file, content);

    const first = await ingestAttachment(session, bytesSource('first.bin', content));
    const before = counts(session);
    expect(before.blob).toBe(1);
    expect(before.blob_chunk).toBe(3);

    const second = await ingestAttachment(session, fileSource(file));
    expect(second.deduplicated).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
    expect(second.originalName).toBe('original.jpg.bin');

    const after = counts(session);
    expect(after.attachment).toBe(before.attachment + 1);
    expect(after.blob).toBe(1);
    expect(after.blob_chunk).toBe(3);
    expect(after.audit_log).toBe(before.audit_log + 1);
    expect(blobOf(session, first.sha256).chunk_count).toBe(3);

    const blobIds = session.db.prepare('SELECT DISTINCT blob_id FROM attachment').pluck().all();
    expect(blobIds).toHaveLength(1);
    expect(getAttachment(session, second.id).originalName).toBe('original.jpg.bin');
    expect(getAttachment(session, first.id).originalName).toBe('first.bin');
    expect(readAttachment(session, second.id).equals(content)).toBe(true);
    expect(JSON.parse(lastAudit(session).changes).deduplicated).toEqual({
      before: null,
      after: true,
    });

    // Dedup keeps working after the rolled-back savepoint: a third, different file is new.
    const third = await ingestAttachment(session, bytesSource('third.bin', randomBytes(100)));
    expect(third.deduplicated).toBe(false);
    expect(count(session, 'blob')).toBe(2);
    expect(count(session, 'blob_chunk')).toBe(4);
    expect((await verifyCaseFile(session)).ok).toBe(true);
  });
});

describe('media type', () => {
  it('is sniffed from the content (PNG, JPEG), even against the extension', async () => {
    const { session } = await caseFile();
    const png = await ingestAttachment(session, bytesSource('IMG_0001.dat', PNG_1X1));
    expect(png.mediaType).toBe('image/png');
    const jpeg = await ingestAttachment(session, bytesSource('scan', JPEG_HEAD));
    expect(jpeg.mediaType).toBe('image/jpeg');
    // A PNG disguised as text is still a PNG.
    const disguised = await ingestAttachment(
      session,
      bytesSource('notes.txt', Buffer.concat([PNG_1X1, Buffer.from('x')])),
    );
    expect(disguised.mediaType).toBe('image/png');
    expect(getAttachment(session, png.id).mediaType).toBe('image/png');
  });

  it('falls back to the extension for text formats, then to application/octet-stream', async () => {
    const { session } = await caseFile();
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'inventory.csv'),
      'lot,description,origin\n17,"Bronze fibula",Ohrid\n',
    );
    fs.writeFileSync(
      path.join(dir, 'statement.txt'),
      'Witness statement, 2026-02-11. Свједок је видио…\n',
    );
    const csv = await ingestAttachment(session, fileSource(path.join(dir, 'inventory.csv')));
    expect(csv.mediaType).toBe('text/csv');
    const txt = await ingestAttachment(session, fileSource(path.join(dir, 'statement.txt')));
    expect(txt.mediaType).toBe('text/plain');
    const unknown = await ingestAttachment(
      session,
      bytesSource('blob.zzqx', Buffer.from('opaque bytes')),
    );
    expect(unknown.mediaType).toBe('application/octet-stream');
  });

  it('can be given explicitly, and is validated then', async () => {
    const { session } = await caseFile();
    const rec = await ingestAttachment(session, bytesSource('x.bin', PNG_1X1), {
      mediaType: 'image/x-custom+png',
    });
    expect(rec.mediaType).toBe('image/x-custom+png');
    const before = counts(session);
    await expectCaseFileError(
      ingestAttachment(session, bytesSource('y.bin', randomBytes(10)), { mediaType: 'not a type' }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(counts(session)).toEqual(before);
  });
});

describe('size limit', () => {
  it('refuses a file over the limit and changes nothing; the limit change itself is audited', async () => {
    const { session } = await caseFile();
    expect(attachmentLimit(session)).toBe(DEFAULT_MAX_ATTACHMENT_BYTES);
    const auditBefore = count(session, 'audit_log');

    setAttachmentLimit(session, MiB);
    expect(attachmentLimit(session)).toBe(MiB);
    expect(count(session, 'audit_log')).toBe(auditBefore + 1);
    const audit = lastAudit(session);
    expect(audit.action).toBe('casefile.set-attachment-limit');
    expect(audit.entity_type).toBe('case_file');
    expect(audit.entity_id).toBe(session.caseFileId);
    expect(JSON.parse(audit.changes)).toEqual({
      attachment_max_bytes: { before: DEFAULT_MAX_ATTACHMENT_BYTES, after: MiB },
    });

    const before = counts(session);
    const err = await expectCaseFileError(
      ingestAttachment(session, bytesSource('big.bin', randomBytes(2 * MiB))),
      CaseFileErrorCode.TooLarge,
    );
    expect(err.message).toContain('1 MiB');
    expect(counts(session)).toEqual(before);

    // Exactly at the limit is allowed.
    const atLimit = await ingestAttachment(session, bytesSource('at-limit.bin', randomBytes(MiB)));
    expect(atLimit.size).toBe(MiB);
    expect(count(session, 'attachment')).toBe(before.attachment + 1);
  });

  it('stops a source that turns out larger than it announced, rolling back its chunks', async () => {
    const { session } = await caseFile();
    setAttachmentLimit(session, MiB);
    const content = randomBytes(3 * MiB);
    let closed = false;
    // Announces 100 bytes (as a file that grows during ingest would), delivers 3 MiB.
    const lying: IngestSource = {
      ...bytesSource('growing.log', content),
      size: 100,
      close: () => (closed = true),
    };
    const before = counts(session);
    await expectCaseFileError(ingestAttachment(session, lying), CaseFileErrorCode.TooLarge);
    expect(counts(session)).toEqual(before);
    expect(closed).toBe(true);
    expect(session.db.inTransaction).toBe(false);
    expect((await verifyCaseFile(session)).ok).toBe(true);
  });

  it('rejects an invalid limit without writing', async () => {
    const { session } = await caseFile();
    const before = counts(session);
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => setAttachmentLimit(session, bad)).toThrow(
        expect.objectContaining({ code: CaseFileErrorCode.InvalidInput }),
      );
    }
    expect(counts(session)).toEqual(before);
    expect(attachmentLimit(session)).toBe(DEFAULT_MAX_ATTACHMENT_BYTES);
  });
});

describe('export', () => {
  it('writes an identical file and never overwrites one', async () => {
    const { session } = await caseFile();
    const content = randomBytes(Math.round(1.5 * MiB));
    const rec = await ingestAttachment(session, bytesSource('photo.raw', content));
    const dir = tempDir();
    const dest = path.join(dir, 'exported.raw');

    exportAttachment(session, rec.id, dest);
    const written = fs.readFileSync(dest);
    expect(written.equals(content)).toBe(true);
    expect(sha256(written)).toBe(rec.sha256);
    expect(fs.readdirSync(dir)).toEqual(['exported.raw']);

    fs.writeFileSync(dest, 'do not touch');
    await expectCaseFileError(
      () => exportAttachment(session, rec.id, dest),
      CaseFileErrorCode.AlreadyExists,
    );
    expect(fs.readFileSync(dest, 'utf8')).toBe('do not touch');
    expect(fs.readdirSync(dir)).toEqual(['exported.raw']);
  });

  it('reports an unknown attachment as NOT_FOUND', async () => {
    const { session } = await caseFile();
    const dest = path.join(tempDir(), 'x');
    await expectCaseFileError(
      () => exportAttachment(session, 'no-such-id', dest),
      CaseFileErrorCode.NotFound,
    );
    await expectCaseFileError(
      () => readAttachment(session, 'no-such-id'),
      CaseFileErrorCode.NotFound,
    );
    await expectCaseFileError(
      () => getAttachment(session, 'no-such-id'),
      CaseFileErrorCode.NotFound,
    );
    expect(fs.existsSync(dest)).toBe(false);
  });
});

describe('damage', () => {
  it('a corrupted chunk fails reading, export and verify, naming the stored file', async () => {
    const { session } = await caseFile();
    const content = randomBytes(Math.round(2.5 * MiB));
    const rec = await ingestAttachment(session, bytesSource('ledger.pdf', content));
    const intact = await ingestAttachment(session, bytesSource('intact.bin', randomBytes(5000)));
    expect((await verifyCaseFile(session)).ok).toBe(true);

    const blob = blobOf(session, rec.sha256);
    const chunk = session.db
      .prepare('SELECT data FROM blob_chunk WHERE blob_id = ? AND idx = 1')
      .pluck()
      .get(blob.id) as Buffer;
    const altered = Buffer.from(chunk);
    altered[4242] = (altered[4242] as number) ^ 0x01;
    expect(
      session.db
        .prepare('UPDATE blob_chunk SET data = ? WHERE blob_id = ? AND idx = 1')
        .run(altered, blob.id).changes,
    ).toBe(1);

    const prefix = rec.sha256.slice(0, 12);
    const err = await expectCaseFileError(
      () => readAttachment(session, rec.id),
      CaseFileErrorCode.Damaged,
    );
    expect(err.message).toContain(prefix);
    expect(err.message).toMatch(/SHA-256/);
    // Other attachments still read.
    expect(readAttachment(session, intact.id).length).toBe(5000);

    const dir = tempDir();
    const dest = path.join(dir, 'ledger.pdf');
    await expectCaseFileError(
      () => exportAttachment(session, rec.id, dest),
      CaseFileErrorCode.Damaged,
    );
    expect(fs.readdirSync(dir)).toEqual([]);

    const report = await verifyCaseFile(session);
    expect(report.ok).toBe(false);
    const check = report.checks.find((c) => c.name === 'attachments');
    expect(check?.ok).toBe(false);
    expect(check?.detail).toContain(prefix);
    expect(report.firstProblem).toMatch(/^attachments: /);
    expect(report.firstProblem).toContain(prefix);
    // The database itself is fine: the damage is in the content, not in the pages.
    expect(report.checks.find((c) => c.name === 'database')?.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'audit-chain')?.ok).toBe(true);
  });

  it('a missing chunk is named', async () => {
    const { session } = await caseFile();
    const rec = await ingestAttachment(session, bytesSource('a.bin', randomBytes(3 * MiB)));
    const blob = blobOf(session, rec.sha256);
    session.db.prepare('DELETE FROM blob_chunk WHERE blob_id = ? AND idx = 1').run(blob.id);
    const err = await expectCaseFileError(
      () => readAttachment(session, rec.id),
      CaseFileErrorCode.Damaged,
    );
    expect(err.message).toContain('chunk 1 is missing');

    session.db.prepare('DELETE FROM blob_chunk WHERE blob_id = ? AND idx > 0').run(blob.id);
    const err2 = await expectCaseFileError(
      () => readAttachment(session, rec.id),
      CaseFileErrorCode.Damaged,
    );
    expect(err2.message).toContain('2 chunk(s) missing at the end');
    const report = await verifyCaseFile(session);
    expect(report.checks.find((c) => c.name === 'attachments')).toMatchObject({
      ok: false,
      detail: expect.stringContaining(rec.sha256.slice(0, 12)),
    });
  });
});
